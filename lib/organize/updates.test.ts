/**
 * Updates to supporters on the real database: who receives one (still with the campaign, consented, not
 * unsubscribed), that a send happens once, who may send, the unsubscribe token and its header on the sent
 * email.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { campaignSupporters, campaignUpdates, mailboxMessages, organizationSubscriptions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import type { SendEmailJob } from "@/lib/jobs/enqueue";
import { handleSendEmail } from "@/lib/jobs/worker";
import { campaign, member, organization, person } from "./testing";
import { findUnsubscribe, readUnsubscribeToken, unsubscribeToken, unsubscribeWithToken } from "./unsubscribe";
import { createDraft, editDraft, listUpdates, previewUpdate, sendTestToMe, sendUpdate } from "./updates";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function jobsFor(keyPrefix: string): Promise<SendEmailJob<"campaign-update">[]> {
  const rows = rowsOf<{ data: SendEmailJob<"campaign-update"> }>(
    await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'idempotencyKey' like ${`${keyPrefix}%`}
          order by data->>'to'`,
    ),
  );
  return rows.map((row) => row.data);
}

let orgId = "";
let otherOrgId = "";
let campaignId = "";
let organizer: SessionUser;
let owner: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;
const people: Record<string, SessionUser> = {};

async function supporter(
  key: string,
  options: { consent?: "yes" | "unsubscribed" | "other-org" | "none"; left?: boolean },
): Promise<SessionUser> {
  const user = await person(`Supporter ${key}`);
  people[key] = user;
  await getDb()
    .insert(campaignSupporters)
    .values({ campaignId, userId: user.id, source: "join", leftAt: options.left ? new Date() : null });
  const consent = options.consent ?? "yes";
  if (consent !== "none") {
    await getDb()
      .insert(organizationSubscriptions)
      .values({
        organizationId: consent === "other-org" ? otherOrgId : orgId,
        userId: user.id,
        unsubscribedAt: consent === "unsubscribed" ? new Date() : null,
      });
  }
  return user;
}

beforeAll(async () => {
  await getBoss();
  orgId = await organization("upd-org");
  otherOrgId = await organization("upd-other");
  owner = await member(orgId, "owner");
  organizer = await member(orgId, "organizer");
  viewer = await member(orgId, "viewer");
  stranger = await member(otherOrgId, "organizer");
  campaignId = await campaign(orgId, "upd-campaign", { title: "Right to counsel" });
  await supporter("yes1", {});
  await supporter("yes2", {});
  await supporter("left", { left: true });
  await supporter("unsubscribed", { consent: "unsubscribed" });
  await supporter("otherOrg", { consent: "other-org" });
  await supporter("none", { consent: "none" });
});

describe("drafts", () => {
  it("checks subject and body, and edits only drafts", async () => {
    const error = await rejection(createDraft(organizer, campaignId, { subject: "x".repeat(151), body: "" }));
    expect(describeFieldErrors(error.fieldErrors, "en")?.subject?.[0]).toContain("150");
    expect(describeFieldErrors(error.fieldErrors, "en")?.body?.[0]).toContain("write your update");
    const tooLong = await rejection(
      createDraft(organizer, campaignId, { subject: "Hi", body: "x".repeat(20_001) }),
    );
    expect(describeFieldErrors(tooLong.fieldErrors, "en")?.body?.[0]).toContain("20,000");

    const id = await createDraft(organizer, campaignId, { subject: "First", body: "Hello" });
    await editDraft(owner, campaignId, id, { subject: "First, edited", body: "Hello **all**" });
    const view = await listUpdates(viewer, campaignId);
    expect(view.canWrite).toBe(false);
    expect(view.updates.find((u) => u.id === id)).toMatchObject({
      subject: "First, edited",
      status: "draft",
    });
    const preview = await previewUpdate(organizer, campaignId, id);
    expect(preview.html).toContain("<strong>all</strong>");
    expect(preview.html).toContain("Stop updates from Org upd-org");
  });
});

describe("who may write and send", () => {
  it("tells a viewer no (403), and another organization's organizer finds nothing (404)", async () => {
    const id = await createDraft(organizer, campaignId, { subject: "Not by them", body: "Body" });
    expect((await rejection(sendUpdate(viewer, campaignId, id))).code).toBe("FORBIDDEN");
    expect((await rejection(createDraft(viewer, campaignId, { subject: "a", body: "b" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await rejection(sendUpdate(stranger, campaignId, id))).code).toBe("NOT_FOUND");
    expect((await rejection(listUpdates(stranger, campaignId))).code).toBe("NOT_FOUND");
    expect((await rejection(sendTestToMe(stranger, campaignId, id))).code).toBe("NOT_FOUND");
    const [row] = await getDb()
      .select({ status: campaignUpdates.status })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.id, id));
    expect(row?.status).toBe("draft");
    expect(await jobsFor(`update:${id}:`)).toHaveLength(0);
  });
});

describe("sending", () => {
  it("reaches only consenting supporters still with the campaign, once, with a one-click unsubscribe", async () => {
    const view = await listUpdates(organizer, campaignId);
    expect(view.audience).toBe(2);
    const id = await createDraft(organizer, campaignId, { subject: "We did it", body: "Thank *you*." });

    await sendTestToMe(organizer, campaignId, id);
    const [test] = await jobsFor(`update-test:${id}:`);
    expect(test?.to).toBe(organizer.email);
    expect(test?.props.isTest).toBe(true);

    const first = await sendUpdate(organizer, campaignId, id);
    expect(first).toEqual({ recipients: 2, isAlreadySent: false });
    const jobs = await jobsFor(`update:${id}:`);
    expect(jobs.map((job) => job.to).sort()).toEqual([people.yes1?.email, people.yes2?.email].sort());
    expect(jobs.map((job) => job.idempotencyKey).sort()).toEqual(
      [`update:${id}:${people.yes1?.id}`, `update:${id}:${people.yes2?.id}`].sort(),
    );

    // A second click (or a resubmitted form) sends nothing.
    expect(await sendUpdate(owner, campaignId, id)).toEqual({ recipients: 2, isAlreadySent: true });
    expect(await jobsFor(`update:${id}:`)).toHaveLength(2);
    const [row] = await getDb()
      .select({ status: campaignUpdates.status, recipients: campaignUpdates.recipients })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.id, id));
    expect(row).toEqual({ status: "sent", recipients: 2 });
    expect((await rejection(editDraft(organizer, campaignId, id, { subject: "x", body: "y" }))).code).toBe(
      "NOT_FOUND",
    );

    // The worker sends it with the List-Unsubscribe headers; the token names this person and organization.
    const job = jobs[0];
    if (!job) throw new Error("no job");
    await handleSendEmail(job);
    const [mail] = await getDb()
      .select({
        headers: mailboxMessages.headers,
        subject: mailboxMessages.subject,
        html: mailboxMessages.html,
      })
      .from(mailboxMessages)
      .where(eq(mailboxMessages.idempotencyKey, job.idempotencyKey));
    expect(mail?.subject).toBe("We did it (Org upd-org)");
    expect(mail?.html).toContain("<em>you</em>");
    const headers = mail?.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const match = /^<https?:\/\/[^>]+\/api\/unsubscribe\/([^>]+)>$/.exec(headers["List-Unsubscribe"] ?? "");
    const token = match?.[1] ?? "";
    const recipient = job.to === people.yes1?.email ? people.yes1 : people.yes2;
    expect(readUnsubscribeToken(token)).toEqual({ organizationId: orgId, userId: recipient?.id });
  });

  it("never sends to someone again after they unsubscribe", async () => {
    const yes1 = people.yes1;
    if (!yes1) throw new Error("no supporter");
    const token = unsubscribeToken(orgId, yes1.id);
    // Opening the page reads only.
    expect(await findUnsubscribe(token)).toEqual({ status: "subscribed", organizationName: "Org upd-org" });
    expect(await findUnsubscribe(token)).toEqual({ status: "subscribed", organizationName: "Org upd-org" });
    expect(await unsubscribeWithToken(token)).toBe(true);
    expect(await unsubscribeWithToken(token)).toBe(true);
    expect(await findUnsubscribe(token)).toEqual({ status: "unsubscribed", organizationName: "Org upd-org" });

    const id = await createDraft(organizer, campaignId, { subject: "Second", body: "More news" });
    expect(await sendUpdate(organizer, campaignId, id)).toEqual({ recipients: 1, isAlreadySent: false });
    expect((await jobsFor(`update:${id}:`)).map((job) => job.to)).toEqual([people.yes2?.email]);
  });

  it("refuses forged tokens, and sends nothing when no one is left to hear", async () => {
    const yes2 = people.yes2;
    if (!yes2) throw new Error("no supporter");
    const token = unsubscribeToken(orgId, yes2.id);
    const forged = `${Buffer.from(`${orgId}\n${people.yes1?.id}`).toString("base64url")}.${token.split(".")[1]}`;
    expect(readUnsubscribeToken(forged)).toBeNull();
    expect(await unsubscribeWithToken(forged)).toBe(false);
    expect(await findUnsubscribe("nonsense")).toEqual({ status: "invalid" });
    expect(await unsubscribeWithToken(token)).toBe(true);

    const id = await createDraft(organizer, campaignId, { subject: "Third", body: "Anyone?" });
    const error = await rejection(sendUpdate(organizer, campaignId, id));
    expect(error.message).toContain("No one has agreed");
    const [row] = await getDb()
      .select({ status: campaignUpdates.status })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.id, id));
    expect(row?.status).toBe("draft");
  });
});
