/**
 * Steps on the real database, from the organizer's side: the default order, reordering (validated, and only
 * exactly the campaign's steps), asks, and the alert when an ask opens: once ever, only to joined supporters
 * who consented and did not unsubscribe, with a link straight to the step.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  campaignStepAlerts,
  campaignSteps,
  campaignSupporters,
  campaignUpdates,
  mailboxMessages,
  organizationSubscriptions,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { listCampaignSteps } from "@/lib/campaigns/steps";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import type { SendEmailJob } from "@/lib/jobs/enqueue";
import { handleSendEmail } from "@/lib/jobs/worker";
import { createCampaign } from "./campaigns";
import {
  addAskStep,
  closeStep,
  editAskStep,
  listStepsForEdit,
  moveStep,
  openStep,
  reorderSteps,
} from "./steps";
import { campaign, member, organization, person } from "./testing";
import { unsubscribeToken, unsubscribeWithToken } from "./unsubscribe";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function alertJobs(updateId: string): Promise<SendEmailJob<"campaign-update">[]> {
  const rows = rowsOf<{ data: SendEmailJob<"campaign-update"> }>(
    await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'idempotencyKey' like ${`update:${updateId}:%`}
          order by data->>'to'`,
    ),
  );
  return rows.map((row) => row.data);
}

let orgId = "";
let campaignId = "";
let organizer: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;
const people: Record<string, SessionUser> = {};

async function supporter(
  key: string,
  options: { consent?: boolean; unsubscribed?: boolean; left?: boolean; joined?: boolean },
) {
  const user = await person(`Supporter ${key}`);
  people[key] = user;
  if (options.joined !== false) {
    await getDb()
      .insert(campaignSupporters)
      .values({ campaignId, userId: user.id, source: "join", leftAt: options.left ? new Date() : null });
  }
  if (options.consent !== false) {
    await getDb()
      .insert(organizationSubscriptions)
      .values({
        organizationId: orgId,
        userId: user.id,
        unsubscribedAt: options.unsubscribed ? new Date() : null,
      });
  }
}

beforeAll(async () => {
  await getBoss();
  orgId = await organization("steps-org");
  const otherOrg = await organization("steps-other");
  organizer = await member(orgId, "organizer");
  viewer = await member(orgId, "viewer");
  stranger = await member(otherOrg, "owner");
  campaignId = await campaign(orgId, "steps-campaign", { title: "Fund the clinic" });
  await supporter("yes", {});
  await supporter("yes2", {});
  await supporter("noConsent", { consent: false });
  await supporter("unsubscribed", { unsubscribed: true });
  await supporter("left", { left: true });
  await supporter("consentedNotJoined", { joined: false });
});

describe("order", () => {
  it("starts learn → write → pledge → share, and a new campaign gets them saved", async () => {
    // Before any are saved the public page shows the default order.
    expect((await listCampaignSteps(campaignId, "steps-campaign")).map((s) => s.kind)).toEqual([
      "learn",
      "write",
      "pledge",
      "share",
    ]);
    const steps = await listStepsForEdit(organizer, campaignId);
    expect(steps.map((s) => [s.kind, s.status])).toEqual([
      ["learn", "open"],
      ["write", "open"],
      ["pledge", "open"],
      ["share", "open"],
    ]);
    const created = await createCampaign(organizer, "steps-org", { title: "A brand new campaign" });
    const saved = await getDb()
      .select({ kind: campaignSteps.kind })
      .from(campaignSteps)
      .where(eq(campaignSteps.campaignId, created.id))
      .orderBy(campaignSteps.position);
    expect(saved.map((s) => s.kind)).toEqual(["learn", "write", "pledge", "share"]);
  });

  it("saves the organizer's order, and the public page follows it", async () => {
    const steps = await listStepsForEdit(organizer, campaignId);
    const byKind = Object.fromEntries(steps.map((s) => [s.kind, s.id]));
    await reorderSteps(organizer, campaignId, [byKind.write, byKind.share, byKind.learn, byKind.pledge]);
    expect((await listCampaignSteps(campaignId, "steps-campaign")).map((s) => s.kind)).toEqual([
      "write",
      "share",
      "learn",
      "pledge",
    ]);
    await moveStep(organizer, campaignId, byKind.pledge ?? "", "up");
    expect((await listStepsForEdit(viewer, campaignId)).map((s) => s.kind)).toEqual([
      "write",
      "share",
      "pledge",
      "learn",
    ]);
    // Moving the first step up changes nothing.
    await moveStep(organizer, campaignId, byKind.write ?? "", "up");
    expect((await listStepsForEdit(viewer, campaignId))[0]?.kind).toBe("write");
  });

  it("refuses an order that is not exactly the campaign's steps, and changes nothing", async () => {
    const ids = (await listStepsForEdit(organizer, campaignId)).map((s) => s.id);
    const before = ids.join();
    const missing = await rejection(reorderSteps(organizer, campaignId, ids.slice(1)));
    expect(missing.message).toContain("The steps changed");
    const twice = await rejection(reorderSteps(organizer, campaignId, [ids[0], ...ids.slice(0, 3)]));
    expect(describeFieldErrors(twice.fieldErrors, "en")?.form?.[0] ?? twice.message).toMatch(
      /once|check the order/,
    );
    const notIds = await rejection(reorderSteps(organizer, campaignId, ["1; drop table", "x"]));
    expect(notIds.code).toBe("INVALID_INPUT");
    expect((await rejection(reorderSteps(organizer, campaignId, "nope"))).code).toBe("INVALID_INPUT");
    const foreign = await rejection(
      reorderSteps(organizer, campaignId, [...ids.slice(0, 3), crypto.randomUUID()]),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    expect((await listStepsForEdit(organizer, campaignId)).map((s) => s.id).join()).toBe(before);
  });

  it("lets only the campaign's writers change it", async () => {
    const ids = (await listStepsForEdit(organizer, campaignId)).map((s) => s.id);
    expect((await rejection(reorderSteps(viewer, campaignId, ids))).code).toBe("FORBIDDEN");
    expect((await rejection(reorderSteps(stranger, campaignId, ids))).code).toBe("NOT_FOUND");
    expect((await rejection(listStepsForEdit(stranger, campaignId))).code).toBe("NOT_FOUND");
    expect((await rejection(addAskStep(viewer, campaignId, { title: "Call in" }))).code).toBe("FORBIDDEN");
    expect((await rejection(openStep(stranger, campaignId, ids[0] ?? ""))).code).toBe("NOT_FOUND");
  });
});

describe("asks and their alert", () => {
  it("checks an ask's words and link", async () => {
    const error = await rejection(
      addAskStep(organizer, campaignId, {
        title: "x",
        url: "javascript:alert(1)",
        description: "d".repeat(501),
      }),
    );
    expect(Object.keys(describeFieldErrors(error.fieldErrors, "en") ?? {}).sort()).toEqual([
      "description",
      "title",
      "url",
    ]);
    const http = await rejection(
      addAskStep(organizer, campaignId, { title: "Call in", url: "http://x.org" }),
    );
    expect(describeFieldErrors(http.fieldErrors, "en")?.url?.[0]).toContain("https://");
    const nul = await rejection(addAskStep(organizer, campaignId, { title: "Call\u0000 in" }));
    expect(nul.code).toBe("INVALID_INPUT");
  });

  it("alerts joined, consenting supporters once when an ask opens, with a link straight to the step", async () => {
    const stepId = await addAskStep(organizer, campaignId, {
      title: "Pack the hearing on Tuesday",
      description: "Sit with the tenants. Doors at 9.",
    });
    // A draft is not shown to supporters, and nobody has been told.
    expect((await listCampaignSteps(campaignId, "steps-campaign")).some((s) => s.id === stepId)).toBe(false);
    expect(
      await getDb().select().from(campaignStepAlerts).where(eq(campaignStepAlerts.stepId, stepId)),
    ).toEqual([]);

    const opened = await openStep(organizer, campaignId, stepId);
    expect(opened).toEqual({ isOpened: true, alerted: 2 });
    const [alert] = await getDb()
      .select({ updateId: campaignStepAlerts.updateId })
      .from(campaignStepAlerts)
      .where(eq(campaignStepAlerts.stepId, stepId));
    const updateId = alert?.updateId ?? "";
    const jobs = await alertJobs(updateId);
    expect(jobs.map((j) => j.to).sort()).toEqual([people.yes?.email, people.yes2?.email].sort());
    expect(jobs[0]?.props.action?.url).toBe(`http://localhost:3000/campaigns/steps-campaign#step-${stepId}`);
    expect(jobs[0]?.props.subject).toBe("New step: Pack the hearing on Tuesday");

    // Supporters see it now, in its place at the end of the order, under the anchor the email links to.
    const steps = await listCampaignSteps(campaignId, "steps-campaign");
    expect(steps.at(-1)).toMatchObject({
      id: stepId,
      label: "Pack the hearing on Tuesday",
      anchor: `step-${stepId}`,
    });

    // The update appears in the organizer's sent updates with its recipients.
    const [update] = await getDb()
      .select({ status: campaignUpdates.status, recipients: campaignUpdates.recipients })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.id, updateId));
    expect(update).toEqual({ status: "sent", recipients: 2 });
    expect((await listStepsForEdit(viewer, campaignId)).find((s) => s.id === stepId)?.alert).toMatchObject({
      recipients: 2,
    });

    // The email goes out with the step's link and the unsubscribe header.
    const job = jobs[0];
    if (!job) throw new Error("no job");
    await handleSendEmail(job);
    const [mail] = await getDb()
      .select({ text: mailboxMessages.text, headers: mailboxMessages.headers })
      .from(mailboxMessages)
      .where(eq(mailboxMessages.idempotencyKey, job.idempotencyKey));
    expect(mail?.text).toContain(`#step-${stepId}`);
    const headers = (mail?.headers ?? {}) as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toContain("/api/unsubscribe/");

    // Opening again, or closing and reopening, never alerts again.
    expect(await openStep(organizer, campaignId, stepId)).toEqual({ isOpened: false, alerted: null });
    await closeStep(organizer, campaignId, stepId);
    expect((await listCampaignSteps(campaignId, "steps-campaign")).some((s) => s.id === stepId)).toBe(false);
    expect(await openStep(organizer, campaignId, stepId)).toEqual({ isOpened: true, alerted: null });
    expect(await alertJobs(updateId)).toHaveLength(2);
    const alerts = await getDb()
      .select()
      .from(campaignStepAlerts)
      .where(eq(campaignStepAlerts.stepId, stepId));
    expect(alerts).toHaveLength(1);
  });

  it("refuses a second alert for a step at the database too (the primary key)", async () => {
    const stepId = await addAskStep(organizer, campaignId, { title: "Second ask" });
    await openStep(organizer, campaignId, stepId);
    const [alert] = await getDb()
      .select()
      .from(campaignStepAlerts)
      .where(eq(campaignStepAlerts.stepId, stepId));
    const inserted = getDb()
      .insert(campaignStepAlerts)
      .values({ stepId, updateId: alert?.updateId ?? "" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    const error = (await inserted) as { code?: string; cause?: { code?: string } } | null;
    expect(error?.code ?? error?.cause?.code).toBe("23505");
  });

  it("honours unsubscribing: someone who stops updates gets no alert for the next step", async () => {
    const yes = people.yes;
    if (!yes) throw new Error("no supporter");
    expect(await unsubscribeWithToken(unsubscribeToken(orgId, yes.id))).toBe(true);
    const stepId = await addAskStep(organizer, campaignId, {
      title: "Call the mayor",
      url: "https://example.org/call",
    });
    const result = await openStep(organizer, campaignId, stepId);
    expect(result).toEqual({ isOpened: true, alerted: 1 });
    const [alert] = await getDb()
      .select()
      .from(campaignStepAlerts)
      .where(eq(campaignStepAlerts.stepId, stepId));
    expect((await alertJobs(alert?.updateId ?? "")).map((j) => j.to)).toEqual([people.yes2?.email]);
    // An ask with its own link is done there; its place on the page is still the step's anchor.
    const step = (await listCampaignSteps(campaignId, "steps-campaign")).find((s) => s.id === stepId);
    expect(step?.href).toBe("https://example.org/call");
  });

  it("opens an ask of a draft campaign without alerting anyone (nobody can have joined it)", async () => {
    const draftId = await campaign(orgId, "steps-draft", { status: "draft" });
    const stepId = await addAskStep(organizer, draftId, { title: "Later" });
    expect(await openStep(organizer, draftId, stepId)).toEqual({ isOpened: true, alerted: null });
    expect(
      await getDb().select().from(campaignStepAlerts).where(eq(campaignStepAlerts.stepId, stepId)),
    ).toEqual([]);
  });

  it("edits only its own campaign's asks", async () => {
    const stepId = await addAskStep(organizer, campaignId, { title: "Draft ask" });
    await editAskStep(organizer, campaignId, stepId, { title: "Renamed ask", description: "Now with words" });
    const [row] = await getDb()
      .select({ title: campaignSteps.title, description: campaignSteps.description })
      .from(campaignSteps)
      .where(eq(campaignSteps.id, stepId));
    expect(row).toEqual({ title: "Renamed ask", description: "Now with words" });
    const otherCampaign = await campaign(orgId, "steps-else");
    expect((await rejection(editAskStep(organizer, otherCampaign, stepId, { title: "Hijack" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
