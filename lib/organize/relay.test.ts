/**
 * Chorus is not a mail relay (issue 19 item 1): a new organization's custom targets get no letters and it sends
 * only a few invitations until an instance operator verifies it; a custom target's address gets letters only
 * once its owner confirmed it by the emailed link; invitations, campaigns and organizations are rate limited
 * per account and per organization. Each test tries the way around.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  campaigns,
  customTargets,
  deliveries,
  memberships,
  organizationInvites,
  organizations,
} from "@/db/schema";
import { appErrorOf, newPerson } from "@/db/testing/people";
import { startFakeResend } from "@/e2e/fakes/fake-resend";
import type { SessionUser } from "@/lib/auth";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { reloadEnv } from "@/lib/env";
import { submitLetter } from "@/lib/letters/submit";
import { queueEmailLetters, seedLetterFixture } from "@/lib/letters/testing";
import { hashForLimit, LIMITS, type Limit } from "@/lib/security/rate-limit";
import {
  addCustomTarget,
  createCampaign,
  getCampaignForEdit,
  publishCampaign,
  saveTemplate,
} from "./campaigns";
import { createOrganization, inviteMember } from "./organizations";
import {
  confirmTargetAddress,
  findTargetConfirmation,
  resendTargetConfirmation,
} from "./target-confirmation";
import {
  listOrganizationsAwaitingVerification,
  revokeOrganizationVerification,
  setVerification,
  verifyOrganization,
} from "./verification";

async function fillLimit(limit: Limit, subject: string) {
  const key = `${limit.name}:${hashForLimit(limit.name, subject)}`;
  await getDb().execute(
    sql`insert into rate_limit_buckets (key, window_start, count) values (${key}, now(), ${limit.max})
      on conflict (key) do update set window_start = now(), count = excluded.count`,
  );
}

async function orgIdOf(slug: string): Promise<string> {
  const [org] = await getDb()
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return org?.id ?? "";
}

async function addMember(user: SessionUser, slug: string, role: "owner" | "organizer") {
  await getDb()
    .insert(memberships)
    .values({ userId: user.id, organizationId: await orgIdOf(slug), role });
}

async function confirmationJobs(email: string) {
  return rowsOf<{ url: string; organizationName: string; requesterName: string; targetName: string }>(
    await getDb().execute(sql`
      select data->'props'->>'confirmUrl' as url, data->'props'->>'organizationName' as "organizationName",
        data->'props'->>'requesterName' as "requesterName", data->'props'->>'targetName' as "targetName"
      from pgboss.job where name = 'send-email' and data->>'template' = 'confirm-target' and data->>'to' = ${email}
      order by created_on`),
  );
}

const tokenOf = (url: string | undefined) => url?.split("/targets/confirm/")[1] ?? "";

beforeAll(async () => {
  await seedLetterFixture();
});

afterAll(() => {
  delete process.env.OPERATOR_EMAILS;
  reloadEnv();
});

describe("a new organization", () => {
  it("is unverified, and sends three invitations until an operator verifies it", async () => {
    const owner = await newPerson("scam-owner");
    const { slug } = await createOrganization(owner, { name: "Totally Real Bank" });
    const [org] = await getDb()
      .select({ status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.slug, slug));
    expect(org?.status).toBe("unverified");

    for (let i = 0; i < 3; i++) {
      await inviteMember(owner, slug, { email: `victim-${i}@example.net`, role: "viewer" });
    }
    const refused = await appErrorOf(
      inviteMember(owner, slug, { email: "victim-3@example.net", role: "viewer" }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toContain("not verified yet");
    // A second owner is no way around it: the cap is the organization's.
    const second = await newPerson("scam-second");
    await addMember(second, slug, "owner");
    expect(
      (await appErrorOf(inviteMember(second, slug, { email: "v4@example.net", role: "viewer" }))).code,
    ).toBe("FORBIDDEN");
    const invites = await getDb()
      .select({ id: organizationInvites.id })
      .from(organizationInvites)
      .where(eq(organizationInvites.organizationId, await orgIdOf(slug)));
    expect(invites).toHaveLength(3);

    await setVerification(slug, "verified", "cli:test");
    await inviteMember(owner, slug, { email: "colleague@example.net", role: "viewer" });
  });

  it("invites a day at most per account and per organization, whoever of its owners asks", async () => {
    const owner = await newPerson("busy-owner");
    const { slug } = await createOrganization(owner, { name: "Busy Inviters" });
    await setVerification(slug, "verified", "cli:test");
    await fillLimit(LIMITS.invitesPerUser, owner.id);
    const mine = await appErrorOf(inviteMember(owner, slug, { email: "one@example.net", role: "viewer" }));
    expect(mine).toMatchObject({ code: "RATE_LIMITED", text: LIMITS.invitesPerUser.message });

    const other = await newPerson("other-owner");
    await addMember(other, slug, "owner");
    await inviteMember(other, slug, { email: "two@example.net", role: "viewer" });
    await fillLimit(LIMITS.invitesPerOrganization, await orgIdOf(slug));
    const theirs = await appErrorOf(
      inviteMember(other, slug, { email: "three@example.net", role: "viewer" }),
    );
    expect(theirs).toMatchObject({ code: "RATE_LIMITED", text: LIMITS.invitesPerOrganization.message });
  });

  it("starts campaigns a day at most per account and per organization", async () => {
    const owner = await newPerson("campaigner");
    const { slug } = await createOrganization(owner, { name: "Campaign Factory" });
    await fillLimit(LIMITS.campaignsPerUser, owner.id);
    expect((await appErrorOf(createCampaign(owner, slug, { title: "One more" }))).code).toBe("RATE_LIMITED");
    const colleague = await newPerson("colleague");
    await addMember(colleague, slug, "organizer");
    await createCampaign(colleague, slug, { title: "From a colleague" });
    await fillLimit(LIMITS.campaignsPerOrganization, await orgIdOf(slug));
    expect((await appErrorOf(createCampaign(colleague, slug, { title: "And another" }))).text).toBe(
      LIMITS.campaignsPerOrganization.message,
    );
  });

  it("is one of a few an account creates a day", async () => {
    const founder = await newPerson("founder");
    await fillLimit(LIMITS.organizationsPerUser, founder.id);
    expect((await appErrorOf(createOrganization(founder, { name: "One Too Many" }))).code).toBe(
      "RATE_LIMITED",
    );
  });
});

describe("a custom target's address", () => {
  it("is emailed once, saying who asked; letters wait until its owner confirms with the button", async () => {
    const owner = await newPerson("Ana Organizer");
    const { slug } = await createOrganization(owner, { name: "Fair Rent Now" });
    const { id } = await createCampaign(owner, slug, { title: "Rent relief" });
    const result = await addCustomTarget(owner, id, { name: "Mayor Diaz", email: "Mayor@City.example" });
    expect(result).toEqual({ isConfirmed: false });

    const jobs = await confirmationJobs("mayor@city.example");
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      organizationName: "Fair Rent Now",
      requesterName: "Ana Organizer",
      targetName: "Mayor Diaz",
    });
    const token = tokenOf(jobs[0]?.url);
    // Only the hash is stored.
    const [stored] = await getDb()
      .select({ hash: customTargets.confirmationTokenHash, confirmed: customTargets.confirmedEmail })
      .from(customTargets)
      .where(eq(customTargets.email, "mayor@city.example"));
    expect(stored?.hash).not.toBe(token);
    expect(stored?.confirmed).toBeNull();

    const builder = await getCampaignForEdit(owner, id);
    expect(builder.isOrganizationVerified).toBe(false);
    expect(builder.targets[0]?.address).toEqual({ name: "Mayor Diaz", isConfirmed: false });

    // Opening the link changes nothing.
    expect(await findTargetConfirmation(token)).toMatchObject({
      status: "open",
      organizationName: "Fair Rent Now",
    });
    expect(await findTargetConfirmation(token)).toMatchObject({ status: "open" });
    await confirmTargetAddress(token);
    expect(await findTargetConfirmation(token)).toMatchObject({ status: "confirmed" });
    expect((await getCampaignForEdit(owner, id)).targets[0]?.address?.isConfirmed).toBe(true);

    // The same organization adding the confirmed address again asks nothing more of its owner.
    const { id: second } = await createCampaign(owner, slug, { title: "Rent relief 2" });
    expect(await addCustomTarget(owner, second, { name: "Mayor", email: "mayor@city.example" })).toEqual({
      isConfirmed: true,
    });
    expect(await confirmationJobs("mayor@city.example")).toHaveLength(1);
  });

  it("needs its own confirmation in another organization, and a link that expired confirms nothing", async () => {
    const owner = await newPerson("copycat");
    const { slug } = await createOrganization(owner, { name: "Copycat Org" });
    const { id } = await createCampaign(owner, slug, { title: "Copy" });
    expect(await addCustomTarget(owner, id, { name: "Mayor", email: "mayor@city.example" })).toEqual({
      isConfirmed: false,
    });
    const token = tokenOf((await confirmationJobs("mayor@city.example")).at(-1)?.url);
    await getDb()
      .update(customTargets)
      .set({ confirmationExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(customTargets.organizationId, await orgIdOf(slug)));
    expect(await findTargetConfirmation(token)).toEqual({ status: "expired" });
    expect((await appErrorOf(confirmTargetAddress(token))).code).toBe("NOT_FOUND");
    expect((await getCampaignForEdit(owner, id)).targets[0]?.address?.isConfirmed).toBe(false);
    expect(await findTargetConfirmation("not-a-token")).toEqual({ status: "not_found" });
  });

  it("can be emailed again with a new link (the old one stops working), a few times a day", async () => {
    const owner = await newPerson("resender");
    const { slug } = await createOrganization(owner, { name: "Resenders" });
    const { id } = await createCampaign(owner, slug, { title: "Resend" });
    await addCustomTarget(owner, id, { name: "Clerk", email: "clerk@county.example" });
    const targetId = (await getCampaignForEdit(owner, id)).targets[0]?.id ?? "";
    const first = tokenOf((await confirmationJobs("clerk@county.example"))[0]?.url);
    await resendTargetConfirmation(owner, id, targetId);
    const jobs = await confirmationJobs("clerk@county.example");
    expect(jobs).toHaveLength(2);
    expect(await findTargetConfirmation(first)).toEqual({ status: "not_found" });
    expect(await findTargetConfirmation(tokenOf(jobs[1]?.url))).toMatchObject({ status: "open" });
    await resendTargetConfirmation(owner, id, targetId);
    await resendTargetConfirmation(owner, id, targetId);
    expect((await appErrorOf(resendTargetConfirmation(owner, id, targetId))).code).toBe("RATE_LIMITED");
    expect(await confirmationJobs("clerk@county.example")).toHaveLength(4);
  });
});

describe("instance operators", () => {
  it("are the people in OPERATOR_EMAILS: they list, verify and revoke; anyone else finds nothing", async () => {
    const operator = await newPerson("operator");
    const owner = await newPerson("waiting-owner");
    const { slug } = await createOrganization(owner, { name: "Waiting Org" });
    expect((await appErrorOf(listOrganizationsAwaitingVerification(operator))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(verifyOrganization(owner, slug))).code).toBe("NOT_FOUND");

    process.env.OPERATOR_EMAILS = `someone@example.org, ${operator.email.toUpperCase()}`;
    reloadEnv();
    const waiting = await listOrganizationsAwaitingVerification(operator);
    expect(waiting.find((org) => org.slug === slug)).toMatchObject({
      name: "Waiting Org",
      status: "unverified",
      owners: [owner.email],
    });
    await verifyOrganization(operator, slug);
    expect((await listOrganizationsAwaitingVerification(operator)).some((org) => org.slug === slug)).toBe(
      false,
    );
    const [row] = await getDb()
      .select({ status: organizations.verificationStatus, by: organizations.verifiedBy })
      .from(organizations)
      .where(eq(organizations.slug, slug));
    expect(row).toEqual({ status: "verified", by: operator.email.toLowerCase() });

    // Revoking sends its paced letters back to waiting.
    const [target] = await getDb()
      .insert(customTargets)
      .values({
        organizationId: await orgIdOf(slug),
        name: "Board",
        email: "board@waiting.example",
        confirmedEmail: "board@waiting.example",
      })
      .returning({ id: customTargets.id });
    const [campaign] = rowsOf<{ id: string }>(await getDb().execute(sql`select id from campaigns limit 1`));
    const ids = await queueEmailLetters(campaign?.id ?? "", 1, "revoked", {
      targetKey: `custom:${target?.id}`,
      customTargetId: target?.id ?? "",
      name: "Board",
      title: "",
      email: "board@waiting.example",
    });
    await getDb()
      .update(deliveries)
      .set({ nextAttemptAt: new Date() })
      .where(eq(deliveries.id, ids[0] ?? ""));
    await revokeOrganizationVerification(operator, slug);
    const [delivery] = await getDb()
      .select({ next: deliveries.nextAttemptAt, status: deliveries.status })
      .from(deliveries)
      .where(eq(deliveries.id, ids[0] ?? ""));
    expect(delivery).toEqual({ next: null, status: "queued" });
    expect(
      (await listOrganizationsAwaitingVerification(operator)).find((org) => org.slug === slug)?.status,
    ).toBe("revoked");
  });
});

describe("the relay the review found (a new account, its own organization, a custom target, a signed-in letter)", () => {
  it("mails the chosen address nothing until its owner confirmed it and an operator verified the organization", async () => {
    const fake = await startFakeResend();
    process.env.RESEND_API_KEY = "re_relay_test";
    process.env.RESEND_BASE_URL = fake.url;
    reloadEnv();
    try {
      const scammer = await newPerson("Relay Owner");
      const { slug } = await createOrganization(scammer, { name: "Your Bank Security Team" });
      const { id } = await createCampaign(scammer, slug, { title: "Urgent account notice" });
      await getDb()
        .update(campaigns)
        .set({
          officeHoursStart: null,
          officeHoursEnd: null,
          officeWeekdaysOnly: false,
          deliveryDailyCap: null,
        })
        .where(eq(campaigns.id, id));
      await addCustomTarget(scammer, id, { name: "Victim", email: "victim@example.net" });
      await saveTemplate(scammer, id, {
        subject: "Your account is locked",
        personalizationPrompt: "",
        parts: [{ id: "ask", text: "Click here to unlock your account.", isLocked: true, order: "1" }],
      });
      const { slug: campaignSlug } = await publishCampaign(scammer, id);
      const letter = await submitLetter(scammer, {
        campaign: campaignSlug,
        zip: "60623",
        firstName: "Relay",
        lastName: "Owner",
        city: "Chicago",
        parts: {},
      });
      expect(letter.status).toBe("sent");
      const held = async () =>
        getDb()
          .select({ status: deliveries.status, next: deliveries.nextAttemptAt })
          .from(deliveries)
          .where(eq(deliveries.targetEmail, "victim@example.net"));

      // The confirmation request is the only mail the address gets (it goes through the email queue, not here).
      expect((await dispatchLetterEmails()).sent).toBe(0);
      expect(fake.emailsTo("victim@example.net")).toHaveLength(0);
      expect(await held()).toEqual([{ status: "queued", next: null }]);

      // Verified but not confirmed: still nothing.
      await setVerification(slug, "verified", "cli:test");
      expect((await dispatchLetterEmails()).sent).toBe(0);
      expect(fake.emailsTo("victim@example.net")).toHaveLength(0);

      // The owner of the address says yes: the letter goes.
      await confirmTargetAddress(tokenOf((await confirmationJobs("victim@example.net"))[0]?.url));
      expect((await dispatchLetterEmails()).sent).toBe(1);
      expect(fake.emailsTo("victim@example.net")).toHaveLength(1);
    } finally {
      delete process.env.RESEND_API_KEY;
      delete process.env.RESEND_BASE_URL;
      reloadEnv();
      await fake.close();
    }
  });
});
