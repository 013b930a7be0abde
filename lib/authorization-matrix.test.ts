/**
 * The authorization matrix at the data layer (issue 7 item 8, issue 6 item 8): every exported data function that
 * takes an actor × six roles — anonymous, a supporter, another organization's organizer, a viewer, an organizer,
 * an owner. Only the expected roles succeed; everyone else gets NOT_FOUND (outsiders: "not yours" looks like
 * "not there") or FORBIDDEN (members without the role), and the whole database is byte-for-byte unchanged.
 *
 * Calls that name an object inside a container (a target of a campaign, a pledge of a group…) are also made by
 * another organization's owner through *their own* campaign or group with *this* object's id: the classic IDOR.
 *
 * The list of functions is read from the modules themselves: a new exported function whose first parameter is
 * `actor` fails this test until it has a row here (or a reason in EXEMPT).
 *
 * "Anonymous" at this level is an actor whose user id exists nowhere (signed-out people never reach a data
 * function: every action and route checks the session first, which the HTTP matrix in e2e covers).
 */
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  campaignSupporters,
  campaignTargets,
  memberships,
  organizationInvites,
  organizationSubscriptions,
  organizations,
  pledgeOptions,
  pledges,
  replyChecks,
  sessions,
} from "@/db/schema";
import * as privacy from "@/lib/accounts/privacy";
import * as profile from "@/lib/accounts/profile";
import * as accountSessions from "@/lib/accounts/sessions";
import type { SessionUser } from "@/lib/auth";
import * as join from "@/lib/campaigns/join";
import * as journey from "@/lib/campaigns/journey";
import * as campaignStepsLib from "@/lib/campaigns/steps";
import { AppError, type AppErrorCode } from "@/lib/errors";
import * as groupDashboard from "@/lib/groups/dashboard";
import * as groupManage from "@/lib/groups/manage";
import * as groupShiftChanges from "@/lib/groups/shift-changes";
import * as receipts from "@/lib/letters/receipts";
import * as replies from "@/lib/letters/replies";
import { seedLetterFixture } from "@/lib/letters/testing";
import { hashToken } from "@/lib/letters/tokens";
import * as orgAccess from "@/lib/organize/access";
import * as orgBills from "@/lib/organize/bills";
import * as campaignsLib from "@/lib/organize/campaigns";
import * as content from "@/lib/organize/content";
import * as orgDashboard from "@/lib/organize/dashboard";
import * as exportsLib from "@/lib/organize/exports";
import * as guard from "@/lib/organize/guard";
import * as orgs from "@/lib/organize/organizations";
import * as orgPreview from "@/lib/organize/preview";
import * as orgSteps from "@/lib/organize/steps";
import * as targetConfirmation from "@/lib/organize/target-confirmation";
import { campaign, delivery, letter, member, person } from "@/lib/organize/testing";
import * as orgTranslations from "@/lib/organize/translations";
import * as updates from "@/lib/organize/updates";
import * as verification from "@/lib/organize/verification";
import * as pledgeCalendar from "@/lib/pledges/calendar";
import * as pledgeOptionsLib from "@/lib/pledges/options";
import * as pledgeLib from "@/lib/pledges/pledge";

// ── Roles ───────────────────────────────────────────────────────────────────────────────────────────────────

const ROLES = ["anonymous", "supporter", "otherOrganizer", "viewer", "organizer", "owner"] as const;
type Role = (typeof ROLES)[number];
const SIGNED_IN: Role[] = ["supporter", "otherOrganizer", "viewer", "organizer", "owner"];
const OUTSIDERS: Role[] = ["anonymous", "supporter", "otherOrganizer"];
const READERS: Role[] = ["viewer", "organizer", "owner"];
const WRITERS: Role[] = ["organizer", "owner"];
const OWNERS: Role[] = ["owner"];

type World = {
  actors: Record<Role, SessionUser>;
  /** Owner of organization B and group H: makes the cross-organization (IDOR) calls. */
  otherOwner: SessionUser;
  orgA: { id: string; slug: string };
  orgB: { id: string; slug: string };
  groupG: { id: string; slug: string };
  groupH: { id: string; slug: string };
  campaignB: string;
};

let w: World;
let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}-${randomUUID().slice(0, 6)}`;

async function organization(kind: "organization" | "community_group", slug: string) {
  const [row] = await getDb()
    .insert(organizations)
    // Verified: the matrix is about roles, not about the few invitations a new organization may send.
    .values({ slug, name: `Matrix ${slug}`, kind, verificationStatus: "verified" })
    .returning({ id: organizations.id });
  if (!row) throw new Error("no organization");
  return { id: row.id, slug };
}

async function addRole(organizationId: string, user: SessionUser, role: "owner" | "organizer" | "viewer") {
  await getDb().insert(memberships).values({ organizationId, userId: user.id, role });
}

/** One session for each signed-in role and for organization B's owner; their tokens. */
async function sessionsForEveryone(): Promise<Record<Role | "otherOwner", string>> {
  const tokens = {} as Record<Role | "otherOwner", string>;
  const people: [Role | "otherOwner", SessionUser][] = [
    ...SIGNED_IN.map((role) => [role, w.actors[role]] as [Role, SessionUser]),
    ["otherOwner", w.otherOwner],
  ];
  for (const [who, user] of people) {
    tokens[who] = `mx-session-${who}-${randomUUID()}`;
    await getDb()
      .insert(sessions)
      .values({ sessionToken: tokens[who], userId: user.id, expires: new Date(Date.now() + 86_400_000) });
  }
  return tokens;
}

/** A fresh organization or group where the matrix's viewer, organizer and owner hold their roles. */
async function freshOrg(kind: "organization" | "community_group" = "organization") {
  const org = await organization(kind, unique(kind === "organization" ? "mx-org" : "mx-group"));
  for (const role of ["owner", "organizer", "viewer"] as const) await addRole(org.id, w.actors[role], role);
  return org;
}

// ── Fixtures made per call (each allowed call gets its own objects) ─────────────────────────────────────────

const TEMPLATE = {
  subject: "Keep {{supporter.city}} housed",
  personalizationPrompt: "Tell them why this matters to you.",
  parts: [
    { id: "greeting", text: "Dear {{official.title}} {{official.last_name}},", isLocked: false, order: "1" },
    { id: "ask", text: "Please guarantee a right to counsel for tenants.", isLocked: true, order: "2" },
  ],
};

async function draftCampaign(orgId = w.orgA.id) {
  return campaign(orgId, unique("mx-c"), { status: "draft" });
}

async function readyCampaign() {
  const { id } = await campaignsLib.createCampaign(w.actors.owner, w.orgA.slug, { title: unique("Ready") });
  await campaignsLib.saveTemplate(w.actors.owner, id, TEMPLATE);
  await campaignsLib.addRuleTarget(w.actors.owner, id, "senators");
  // Letters to Congress need a Library of Congress topic before publishing.
  await campaignsLib.saveCwcSettings(w.actors.owner, id, { topics: ["Housing and Community Development"] });
  return id;
}

async function publishedCampaign(orgId = w.orgA.id) {
  return campaign(orgId, unique("mx-p"), { status: "published" });
}

async function targetOf(campaignId: string) {
  await campaignsLib.addCustomTarget(w.actors.owner, campaignId, {
    name: "Ada Alderperson",
    email: "ada@example.org",
  });
  const [row] = await getDb()
    .select({ id: campaignTargets.id })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId));
  if (!row) throw new Error("no target");
  return row.id;
}

const RESOURCE = { title: "Evicted", author: "M. Desmond", kind: "book", url: "https://example.org/evicted" };
const VOICE = {
  body: "We were evicted in a week.",
  attribution: "Maria",
  permissionNote: "Written, by email",
  permissionAt: "2026-03-03",
};

async function withResource() {
  const campaignId = await draftCampaign();
  await content.saveResource(w.actors.owner, campaignId, null, RESOURCE as never);
  const { resources } = await content.listCampaignContent(w.actors.owner, campaignId);
  return { campaignId, resourceId: resources[0]?.id ?? "" };
}

async function withVoice() {
  const campaignId = await draftCampaign();
  await content.saveVoice(w.actors.owner, campaignId, null, VOICE as never);
  const { voices } = await content.listCampaignContent(w.actors.owner, campaignId);
  return { campaignId, voiceId: voices[0]?.id ?? "" };
}

/** A published campaign the supporter joined (consenting to organization A), with a draft update. */
async function withUpdate() {
  const campaignId = await publishedCampaign();
  await getDb()
    .insert(campaignSupporters)
    .values({ campaignId, userId: w.actors.supporter.id, source: "join" });
  const updateId = await updates.createDraft(w.actors.owner, campaignId, {
    subject: "News from the campaign",
    body: "We met the council. **Thank you.**",
  });
  return { campaignId, updateId };
}

/** A published campaign of organization A with its steps saved and a draft ask, which the supporter joined. */
async function withSteps() {
  const slug = unique("mx-steps");
  const campaignId = await campaign(w.orgA.id, slug, { status: "published" });
  await getDb()
    .insert(campaignSupporters)
    .values({ campaignId, userId: w.actors.supporter.id, source: "join" });
  const steps = await orgSteps.listStepsForEdit(w.actors.owner, campaignId);
  const askId = await orgSteps.addAskStep(w.actors.owner, campaignId, { title: "Call in on Tuesday" });
  return { campaignId, slug, askId, learnId: steps[0]?.id ?? "", ids: [...steps.map((s) => s.id), askId] };
}

const BILL = { jurisdiction: "state", state: "IL", number: "HB 1", title: "Tenant Right to Counsel Act" };

/** The supporter's letter in a campaign of organization A, with one failed email delivery. */
async function withFailedDelivery() {
  const campaignId = await publishedCampaign();
  const written = await writtenBySupporter(campaignId);
  const deliveryId = await delivery(written, {
    targetKey: "custom:x",
    status: "failed",
    lastError: "Bounced",
  });
  return { campaignId, deliveryId };
}

async function writtenBySupporter(campaignId: string) {
  const { id } = await letter(campaignId, {
    supporterId: w.actors.supporter.id,
    email: w.actors.supporter.email,
  });
  return id;
}

/** The supporter's letter with a delivery sent and a reply check asked. */
async function supportersLetter(status: "sent" | "handoff_ready" = "sent") {
  const campaignId = await publishedCampaign();
  const letterId = await writtenBySupporter(campaignId);
  const deliveryId = await delivery(letterId, {
    targetKey: `custom:${unique("t")}`,
    channel: status === "sent" ? "email" : "contact_form",
    status,
    ...(status === "sent" ? { sentAt: new Date(Date.now() - 20 * 86_400_000) } : {}),
  });
  await getDb()
    .insert(replyChecks)
    .values({
      letterId,
      tokenHash: hashToken(unique("reply")),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  return { letterId, deliveryId };
}

async function invite(orgId: string, email: string) {
  const token = unique("invite-token");
  const [row] = await getDb()
    .insert(organizationInvites)
    .values({
      organizationId: orgId,
      email,
      role: "viewer",
      tokenHash: hashToken(token),
      invitedBy: w.actors.owner.id,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    })
    .returning({ id: organizationInvites.id });
  return { token, inviteId: row?.id ?? "" };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function option(groupId: string, kind: "volunteer_shift" | "donation" = "volunteer_shift") {
  const [row] = await getDb()
    .insert(pledgeOptions)
    .values(
      kind === "volunteer_shift"
        ? {
            organizationId: groupId,
            kind,
            title: "Clinic",
            startsAt: inDays(6),
            endsAt: new Date(inDays(6).getTime() + 3 * 3_600_000),
            timeZone: "America/Chicago",
            location: "1831 S Racine Ave",
            capacity: 8,
            hours: 3,
          }
        : { organizationId: groupId, kind, title: "Rent fund" },
    )
    .returning({ id: pledgeOptions.id });
  if (!row) throw new Error("no option");
  return row.id;
}

/**
 * An option of a fresh group (all roles in place) with a standing pledge: by a volunteer of its own, or by the
 * matrix's supporter (written directly with the option's counters: the supporter would otherwise reach the daily
 * pledge limit long before the matrix ends).
 */
async function groupWithPledge(
  kind: "volunteer_shift" | "donation" = "volunteer_shift",
  by: "volunteer" | "supporter" = "volunteer",
) {
  const group = await freshOrg("community_group");
  const optionId = await option(group.id, kind);
  if (by === "volunteer") {
    const { pledgeId } = await pledgeLib.pledge(await person("Val Volunteer"), { optionId, name: "Val" });
    return { slug: group.slug, groupId: group.id, optionId, pledgeId };
  }
  const supporter = w.actors.supporter;
  const [row] = await getDb()
    .insert(pledges)
    .values({
      optionId,
      userId: supporter.id,
      name: "Sam Supporter",
      email: supporter.email,
      ...(kind === "donation" ? { amountCents: 2500, frequency: "one_time" as const } : {}),
    })
    .returning({ id: pledges.id });
  await getDb().execute(
    sql`update pledge_options set taken = taken + 1, pledgers = pledgers + 1 where id = ${optionId}`,
  );
  return { slug: group.slug, groupId: group.id, optionId, pledgeId: row?.id ?? "" };
}

const SHIFT_FORM = {
  kind: "volunteer_shift",
  title: "Clinic",
  startsAt: "2031-12-06T10:00",
  endsAt: "2031-12-06T13:00",
  timeZone: "America/Chicago",
  location: "Casa del Pueblo",
  capacity: "8",
};

const GROUP_PROFILE = {
  name: "Casa Nueva",
  leadershipStatement: "Led by the tenants of the buildings we organize.",
  description: "",
  focusAreas: "housing",
  state: "IL",
  city: "Chicago",
  zip: "60623",
  isRemote: "on",
  websiteUrl: "https://example.org/casa",
  donationUrl: "",
};

async function drain(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  for (;;) if ((await reader.read()).done) return;
}

// ── The matrix ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * NO_EFFECT: may return (nothing of anyone else's) or be refused, and changes nothing. EMPTY: returns, and
 * `empty` checks the answer holds nothing. SKIP: the combination cannot happen (see the row's comment).
 */
type Refusal = AppErrorCode | "NO_EFFECT" | "EMPTY" | "SKIP";

// biome-ignore lint/suspicious/noExplicitAny: each row has its own fixture type; the rows are checked one by one
type Row<S = any> = {
  /** The function under test (the completeness check compares these with the modules' exports). */
  // biome-ignore lint/complexity/noBannedTypes: any exported function
  fn: Function;
  /** A label when one function has several rows. */
  label?: string;
  allowed: readonly Role[];
  setup?: () => Promise<S>;
  run: (actor: SessionUser, s: S) => Promise<unknown>;
  /** The same call by organization B's owner through B's own container with this object's id. */
  cross?: (s: S) => Promise<unknown>;
  /** What a refused role gets, where it is not the default (outsiders NOT_FOUND, members FORBIDDEN). */
  refusal?: Partial<Record<Role, Refusal>>;
  /** For EMPTY refusals: the answer holds nothing. */
  empty?: (result: unknown) => void;
  /** Checks an allowed call's answer (for reads: nothing of anyone else's). */
  verify?: (result: unknown, role: Role, s: S) => void | Promise<void>;
};

/** Functions about the actor's own rows only: every signed-in person may call them, on their own data. */
function self(fn: Row["fn"], run: Row["run"], extra: Partial<Row> = {}): Row {
  return { fn, allowed: SIGNED_IN, refusal: { anonymous: "NO_EFFECT" }, run, ...extra };
}

const notMentioning = (text: string) => (result: unknown, role: Role) => {
  if (role === "owner" || role === "organizer" || role === "viewer") return;
  expect(JSON.stringify(result)).not.toContain(text);
};

const GROUP_MANAGERS_ONLY: Partial<Record<Role, Refusal>> = { viewer: "NOT_FOUND", organizer: "NOT_FOUND" };
const NOBODY_BUT_OPERATORS: Partial<Record<Role, Refusal>> = {
  viewer: "NOT_FOUND",
  organizer: "NOT_FOUND",
  owner: "NOT_FOUND",
};

function rows(): Row[] {
  return [
    // ── organizations and teams ──
    self(orgs.createOrganization, (a) => orgs.createOrganization(a, { name: unique("Created Org") }), {
      // A signed-in actor always exists: sessions are deleted with their user (foreign key cascade).
      refusal: { anonymous: "SKIP" },
    }),
    self(orgs.listMyOrganizationsWithCampaigns, (a) => orgs.listMyOrganizationsWithCampaigns(a), {
      verify: (r, role) => notMentioning(w.orgA.slug)(r, role),
    }),
    self(orgAccess.listMyOrganizations, (a) => orgAccess.listMyOrganizations(a), {
      verify: (r, role) => notMentioning(w.orgA.slug)(r, role),
    }),
    { fn: orgs.getOrganizationHome, allowed: READERS, run: (a) => orgs.getOrganizationHome(a, w.orgA.slug) },
    {
      fn: orgs.listTeam,
      allowed: READERS,
      run: (a) => orgs.listTeam(a, w.orgA.slug),
      // Pending invitations (with their addresses) are the owners' alone.
      verify: (r, role) => {
        const { invites } = r as { invites: unknown[] | null };
        expect(invites === null).toBe(role !== "owner");
      },
    },
    {
      fn: orgs.inviteMember,
      allowed: OWNERS,
      run: (a) =>
        orgs.inviteMember(a, w.orgA.slug, { email: `${unique("invitee")}@example.org`, role: "viewer" }),
      cross: () =>
        orgs.inviteMember(w.otherOwner, w.orgA.slug, { email: `${unique("x")}@example.org`, role: "owner" }),
    },
    {
      fn: orgs.revokeInvite,
      allowed: OWNERS,
      setup: () => invite(w.orgA.id, `${unique("revoked")}@example.org`),
      run: (a, s) => orgs.revokeInvite(a, w.orgA.slug, s.inviteId),
      cross: (s) => orgs.revokeInvite(w.otherOwner, w.orgB.slug, s.inviteId),
    },
    {
      fn: orgs.findInvite,
      // Whoever holds the link may see what it is about (and whether it is theirs).
      allowed: ROLES,
      setup: () => invite(w.orgA.id, `${unique("finder")}@example.org`),
      run: (a, s) => orgs.findInvite(a, s.token),
      verify: (r) => expect((r as { isForYou: boolean }).isForYou).toBe(false),
    },
    {
      fn: orgs.acceptInvite,
      // Only the person invited: the supporter here.
      allowed: ["supporter"],
      setup: async () => {
        const org = await freshOrg();
        return invite(org.id, w.actors.supporter.email);
      },
      run: (a, s) => orgs.acceptInvite(a, s.token),
      refusal: {
        anonymous: "FORBIDDEN",
        otherOrganizer: "FORBIDDEN",
        viewer: "FORBIDDEN",
        organizer: "FORBIDDEN",
        owner: "FORBIDDEN",
      },
    },
    {
      fn: orgs.changeMemberRole,
      allowed: OWNERS,
      setup: async () => {
        const extra = await member(w.orgA.id, "viewer", "Extra Member");
        return { userId: extra.id };
      },
      run: (a, s) => orgs.changeMemberRole(a, w.orgA.slug, s.userId, "owner"),
      cross: (s) => orgs.changeMemberRole(w.otherOwner, w.orgB.slug, s.userId, "owner"),
    },
    {
      fn: orgs.removeMember,
      allowed: OWNERS,
      setup: async () => {
        const extra = await member(w.orgA.id, "organizer", "Extra Member");
        return { userId: extra.id };
      },
      run: (a, s) => orgs.removeMember(a, w.orgA.slug, s.userId),
      cross: (s) => orgs.removeMember(w.otherOwner, w.orgB.slug, s.userId),
    },
    {
      fn: orgAccess.requireOrgRole,
      allowed: READERS,
      run: (a) => orgAccess.requireOrgRole(a, w.orgA.slug),
      refusal: { viewer: "NOT_FOUND", organizer: "NOT_FOUND", owner: "NOT_FOUND" },
    },
    {
      fn: orgAccess.requireCampaignRole,
      allowed: READERS,
      setup: () => draftCampaign(),
      run: (a, id) => orgAccess.requireCampaignRole(a, id),
    },
    {
      fn: guard.requireOrg,
      allowed: WRITERS,
      run: (a) => guard.requireOrg(a, w.orgA.slug, ["owner", "organizer"]),
    },
    {
      fn: guard.requireCampaign,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => guard.requireCampaign(a, id, ["owner", "organizer"]),
    },

    // ── the campaign builder ──
    {
      fn: campaignsLib.createCampaign,
      allowed: WRITERS,
      run: (a) => campaignsLib.createCampaign(a, w.orgA.slug, { title: unique("New campaign") }),
    },
    {
      fn: campaignsLib.getCampaignForEdit,
      allowed: READERS,
      setup: () => draftCampaign(),
      run: (a, id) => campaignsLib.getCampaignForEdit(a, id),
    },
    {
      fn: campaignsLib.updateCampaignBasics,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) =>
        campaignsLib.updateCampaignBasics(a, id, {
          title: "Renamed",
          slug: unique("renamed"),
          language: "en",
        } as never),
      cross: (id) =>
        campaignsLib.updateCampaignBasics(w.otherOwner, id, {
          title: "Hijacked",
          slug: unique("h"),
          language: "en",
        } as never),
    },
    {
      fn: campaignsLib.saveCwcSettings,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => campaignsLib.saveCwcSettings(a, id, { topics: ["Health"], stance: "pro" }),
      cross: (id) => campaignsLib.saveCwcSettings(w.otherOwner, id, { topics: ["Taxation"] }),
    },
    {
      fn: campaignsLib.publishCampaign,
      allowed: WRITERS,
      setup: () => readyCampaign(),
      run: (a, id) => campaignsLib.publishCampaign(a, id),
      cross: (id) => campaignsLib.publishCampaign(w.otherOwner, id),
    },
    {
      fn: campaignsLib.closeCampaign,
      allowed: WRITERS,
      setup: () => publishedCampaign(),
      run: (a, id) => campaignsLib.closeCampaign(a, id),
      cross: (id) => campaignsLib.closeCampaign(w.otherOwner, id),
    },
    {
      fn: orgPreview.previewUrlFor,
      allowed: READERS,
      setup: () => draftCampaign(),
      run: (a, id) => orgPreview.previewUrlFor(a, id),
    },
    {
      fn: orgPreview.startPreview,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => orgPreview.startPreview(a, id),
      cross: (id) => orgPreview.startPreview(w.otherOwner, id),
    },
    {
      fn: orgPreview.endPreview,
      allowed: WRITERS,
      setup: () => campaign(w.orgA.id, unique("mx-preview"), { status: "preview" }),
      run: (a, id) => orgPreview.endPreview(a, id),
      cross: (id) => orgPreview.endPreview(w.otherOwner, id),
    },
    {
      fn: orgPreview.turnOffPreviewLink,
      allowed: WRITERS,
      setup: () => campaign(w.orgA.id, unique("mx-preview-link"), { status: "preview" }),
      run: (a, id) => orgPreview.turnOffPreviewLink(a, id),
      cross: (id) => orgPreview.turnOffPreviewLink(w.otherOwner, id),
    },
    {
      fn: campaignsLib.deleteDraftCampaign,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => campaignsLib.deleteDraftCampaign(a, id),
      cross: (id) => campaignsLib.deleteDraftCampaign(w.otherOwner, id),
    },
    {
      fn: campaignsLib.addRuleTarget,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => campaignsLib.addRuleTarget(a, id, "senators"),
    },
    {
      fn: campaignsLib.addCustomTarget,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) =>
        campaignsLib.addCustomTarget(a, id, { name: "Ada Alderperson", email: "ada@example.org" }),
    },
    {
      fn: targetConfirmation.resendTargetConfirmation,
      allowed: WRITERS,
      setup: async () => {
        const campaignId = await draftCampaign();
        return { campaignId, targetId: await targetOf(campaignId) };
      },
      run: (a, s) => targetConfirmation.resendTargetConfirmation(a, s.campaignId, s.targetId),
      cross: (s) => targetConfirmation.resendTargetConfirmation(w.otherOwner, w.campaignB, s.targetId),
    },
    // Instance operators are the addresses in OPERATOR_EMAILS, none of the six roles: for everyone the
    // operator's functions do not exist.
    {
      fn: verification.listOrganizationsAwaitingVerification,
      allowed: [],
      refusal: NOBODY_BUT_OPERATORS,
      run: (a) => verification.listOrganizationsAwaitingVerification(a),
    },
    {
      fn: verification.verifyOrganization,
      allowed: [],
      refusal: NOBODY_BUT_OPERATORS,
      setup: () => freshOrg(),
      run: (a, org) => verification.verifyOrganization(a, org.slug),
    },
    {
      fn: verification.revokeOrganizationVerification,
      allowed: [],
      refusal: NOBODY_BUT_OPERATORS,
      run: (a) => verification.revokeOrganizationVerification(a, w.orgA.slug),
    },
    {
      fn: campaignsLib.addOfficialTarget,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => campaignsLib.addOfficialTarget(a, id, "D000096"),
    },
    {
      fn: campaignsLib.removeTarget,
      allowed: WRITERS,
      setup: async () => {
        const campaignId = await draftCampaign();
        return { campaignId, targetId: await targetOf(campaignId) };
      },
      run: (a, s) => campaignsLib.removeTarget(a, s.campaignId, s.targetId),
      cross: (s) => campaignsLib.removeTarget(w.otherOwner, w.campaignB, s.targetId),
    },
    {
      fn: campaignsLib.searchOfficials,
      // Officials are public records; the search is a convenience of the builder.
      allowed: ROLES,
      run: (a) => campaignsLib.searchOfficials(a, "Matrix"),
    },
    {
      fn: campaignsLib.saveTemplate,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => campaignsLib.saveTemplate(a, id, TEMPLATE),
    },
    {
      fn: orgTranslations.getCampaignTranslation,
      allowed: READERS,
      setup: () => draftCampaign(),
      run: (a, id) => orgTranslations.getCampaignTranslation(a, id, "es"),
    },
    {
      fn: orgTranslations.saveCampaignTranslation,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) =>
        orgTranslations.saveCampaignTranslation(a, id, "es", {
          title: "Hogar para todos",
          template: TEMPLATE,
        }),
    },
    {
      fn: orgTranslations.deleteCampaignTranslation,
      allowed: WRITERS,
      setup: async () => {
        const id = await draftCampaign();
        await orgTranslations.saveCampaignTranslation(w.actors.owner, id, "es", {
          title: "Hogar para todos",
        });
        return id;
      },
      run: (a, id) => orgTranslations.deleteCampaignTranslation(a, id, "es"),
    },
    {
      fn: campaignsLib.previewTemplateForZip,
      allowed: READERS,
      setup: () => readyCampaign(),
      run: (a, id) => campaignsLib.previewTemplateForZip(a, id, "60623"),
    },

    // ── learning resources and voices ──
    {
      fn: content.listCampaignContent,
      allowed: READERS,
      setup: () => withVoice(),
      run: (a, s) => content.listCampaignContent(a, s.campaignId),
    },
    {
      fn: content.saveResource,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => content.saveResource(a, id, null, RESOURCE as never),
    },
    {
      fn: content.saveResource,
      label: "editing one",
      allowed: WRITERS,
      setup: () => withResource(),
      run: (a, s) =>
        content.saveResource(a, s.campaignId, s.resourceId, { ...RESOURCE, title: "Edited" } as never),
      cross: (s) =>
        content.saveResource(w.otherOwner, w.campaignB, s.resourceId, {
          ...RESOURCE,
          title: "Hijacked",
        } as never),
    },
    {
      fn: content.removeResource,
      allowed: WRITERS,
      setup: () => withResource(),
      run: (a, s) => content.removeResource(a, s.campaignId, s.resourceId),
      cross: (s) => content.removeResource(w.otherOwner, w.campaignB, s.resourceId),
    },
    {
      fn: content.saveVoice,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => content.saveVoice(a, id, null, VOICE as never),
    },
    {
      fn: content.saveVoice,
      label: "editing one",
      allowed: WRITERS,
      setup: () => withVoice(),
      run: (a, s) => content.saveVoice(a, s.campaignId, s.voiceId, { ...VOICE, attribution: "M." } as never),
      cross: (s) =>
        content.saveVoice(w.otherOwner, w.campaignB, s.voiceId, {
          ...VOICE,
          attribution: "Mallory",
        } as never),
    },
    {
      fn: content.removeVoice,
      allowed: WRITERS,
      setup: () => withVoice(),
      run: (a, s) => content.removeVoice(a, s.campaignId, s.voiceId),
      cross: (s) => content.removeVoice(w.otherOwner, w.campaignB, s.voiceId),
    },

    // ── the campaign dashboard and exports ──
    {
      fn: orgDashboard.getCampaignDashboard,
      allowed: READERS,
      setup: () => publishedCampaign(),
      run: (a, id) => orgDashboard.getCampaignDashboard(a, id),
    },
    {
      fn: orgDashboard.retargetChangedOfficials,
      allowed: WRITERS,
      setup: () => publishedCampaign(),
      run: (a, id) => orgDashboard.retargetChangedOfficials(a, id),
    },
    {
      fn: orgDashboard.retryFailedDeliveries,
      allowed: WRITERS,
      setup: () => withFailedDelivery(),
      run: (a, s) => orgDashboard.retryFailedDeliveries(a, s.campaignId, s.deliveryId),
      cross: (s) => orgDashboard.retryFailedDeliveries(w.otherOwner, w.campaignB, s.deliveryId),
      verify: (r) => expect(r).toEqual({ retried: 1 }),
    },
    {
      fn: exportsLib.startCampaignExport,
      label: "with personal data (letters)",
      allowed: WRITERS,
      setup: () => withFailedDelivery(),
      run: async (a, s) => {
        const file = await exportsLib.startCampaignExport(a, s.campaignId, "letters", {
          organizationSlug: w.orgA.slug,
        });
        await drain(file.body);
      },
      cross: (s) =>
        exportsLib.startCampaignExport(w.otherOwner, s.campaignId, "supporters", {
          organizationSlug: w.orgB.slug,
        }),
    },
    {
      fn: exportsLib.startCampaignExport,
      label: "without personal data (deliveries)",
      allowed: READERS,
      setup: () => withFailedDelivery(),
      run: async (a, s) => {
        const file = await exportsLib.startCampaignExport(a, s.campaignId, "deliveries", {
          organizationSlug: w.orgA.slug,
        });
        await drain(file.body);
      },
    },

    // ── updates to supporters ──
    {
      fn: updates.listUpdates,
      allowed: READERS,
      setup: () => withUpdate(),
      run: (a, s) => updates.listUpdates(a, s.campaignId),
    },
    {
      fn: updates.createDraft,
      allowed: WRITERS,
      setup: () => publishedCampaign(),
      run: (a, id) => updates.createDraft(a, id, { subject: "Hello", body: "News." }),
    },
    {
      fn: updates.editDraft,
      allowed: WRITERS,
      setup: () => withUpdate(),
      run: (a, s) => updates.editDraft(a, s.campaignId, s.updateId, { subject: "Edited", body: "News." }),
      cross: (s) =>
        updates.editDraft(w.otherOwner, w.campaignB, s.updateId, { subject: "Hijacked", body: "X" }),
    },
    {
      fn: updates.previewUpdate,
      allowed: WRITERS,
      setup: () => withUpdate(),
      run: (a, s) => updates.previewUpdate(a, s.campaignId, s.updateId),
      cross: (s) => updates.previewUpdate(w.otherOwner, w.campaignB, s.updateId),
    },
    {
      fn: updates.sendTestToMe,
      allowed: WRITERS,
      setup: () => withUpdate(),
      run: (a, s) => updates.sendTestToMe(a, s.campaignId, s.updateId),
      cross: (s) => updates.sendTestToMe(w.otherOwner, w.campaignB, s.updateId),
    },
    {
      fn: updates.sendUpdate,
      allowed: WRITERS,
      setup: () => withUpdate(),
      run: (a, s) => updates.sendUpdate(a, s.campaignId, s.updateId),
      cross: (s) => updates.sendUpdate(w.otherOwner, w.campaignB, s.updateId),
      verify: (r) => expect(r).toEqual({ recipients: 1, isAlreadySent: false }),
    },

    // ── steps and the bill ──
    {
      fn: orgSteps.listStepsForEdit,
      allowed: READERS,
      setup: () => withSteps(),
      run: (a, s) => orgSteps.listStepsForEdit(a, s.campaignId),
    },
    {
      fn: orgSteps.reorderSteps,
      allowed: WRITERS,
      setup: () => withSteps(),
      run: (a, s) => orgSteps.reorderSteps(a, s.campaignId, [...s.ids].reverse()),
      cross: (s) => orgSteps.reorderSteps(w.otherOwner, w.campaignB, s.ids),
    },
    {
      fn: orgSteps.moveStep,
      allowed: WRITERS,
      setup: () => withSteps(),
      run: (a, s) => orgSteps.moveStep(a, s.campaignId, s.askId, "up"),
      cross: (s) => orgSteps.moveStep(w.otherOwner, w.campaignB, s.askId, "up"),
    },
    {
      fn: orgSteps.addAskStep,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => orgSteps.addAskStep(a, id, { title: "Pack the hearing" }),
    },
    {
      fn: orgSteps.editAskStep,
      allowed: WRITERS,
      setup: () => withSteps(),
      run: (a, s) => orgSteps.editAskStep(a, s.campaignId, s.askId, { title: "Call in on Wednesday" }),
      cross: (s) => orgSteps.editAskStep(w.otherOwner, w.campaignB, s.askId, { title: "Hijacked" }),
    },
    {
      fn: orgSteps.openStep,
      allowed: WRITERS,
      setup: () => withSteps(),
      run: (a, s) => orgSteps.openStep(a, s.campaignId, s.askId),
      cross: (s) => orgSteps.openStep(w.otherOwner, w.campaignB, s.askId),
      // The supporter joined and consented to organization A: one alert.
      verify: (r) => expect(r).toEqual({ isOpened: true, alerted: 1 }),
    },
    {
      fn: orgSteps.closeStep,
      allowed: WRITERS,
      setup: () => withSteps(),
      run: (a, s) => orgSteps.closeStep(a, s.campaignId, s.learnId),
      cross: (s) => orgSteps.closeStep(w.otherOwner, w.campaignB, s.learnId),
    },
    {
      fn: orgBills.saveBill,
      allowed: WRITERS,
      setup: () => draftCampaign(),
      run: (a, id) => orgBills.saveBill(a, id, BILL),
    },
    {
      fn: orgBills.removeBill,
      allowed: WRITERS,
      setup: async () => {
        const id = await draftCampaign();
        await orgBills.saveBill(w.actors.owner, id, BILL);
        return id;
      },
      run: (a, id) => orgBills.removeBill(a, id),
    },
    self(campaignStepsLib.listMySteps, (a, s) => campaignStepsLib.listMySteps(a, s.slug), {
      setup: () => withSteps(),
    }),
    self(
      campaignStepsLib.findNextStepAfterAction,
      (a, s) => campaignStepsLib.findNextStepAfterAction(a, s.slug),
      {
        setup: () => withSteps(),
      },
    ),
    self(
      campaignStepsLib.findStepProgress,
      (a, s) =>
        campaignStepsLib.findStepProgress(a, [
          { id: s.campaignId, slug: s.slug, status: "published", hasTemplate: true, hasOptions: false },
        ]),
      { setup: () => withSteps() },
    ),
    self(campaignStepsLib.markStepDone, (a, s) => campaignStepsLib.markStepDone(a, s.slug, s.learnId), {
      setup: () => withSteps(),
      // A signed-in actor always exists: sessions are deleted with their user (foreign key cascade).
      refusal: { anonymous: "SKIP" },
    }),

    // ── community groups: profile and members (non-managers meet the same 404 as strangers) ──
    {
      fn: orgAccess.requireGroupRole,
      allowed: WRITERS,
      run: (a) => orgAccess.requireGroupRole(a, w.groupG.slug),
      refusal: { viewer: "NOT_FOUND" },
    },
    self(orgAccess.listMyGroups, (a) => orgAccess.listMyGroups(a), {
      verify: (r, role) => notMentioning(w.groupG.slug)(r, role),
    }),
    {
      fn: groupManage.getEditableGroup,
      allowed: WRITERS,
      run: (a) => groupManage.getEditableGroup(a, w.groupG.slug),
      refusal: { viewer: "NOT_FOUND" },
    },
    {
      fn: groupManage.updateGroupProfile,
      allowed: WRITERS,
      setup: () => freshOrg("community_group"),
      run: (a, g) => groupManage.updateGroupProfile(a, g.slug, GROUP_PROFILE as never),
      refusal: { viewer: "NOT_FOUND" },
    },
    {
      fn: groupManage.listGroupMembers,
      allowed: OWNERS,
      run: (a) => groupManage.listGroupMembers(a, w.groupG.slug),
      refusal: GROUP_MANAGERS_ONLY,
    },
    {
      fn: groupManage.addGroupMember,
      allowed: OWNERS,
      setup: async () => ({ group: await freshOrg("community_group"), newcomer: await person("Newcomer") }),
      run: (a, s) =>
        groupManage.addGroupMember(a, s.group.slug, { email: s.newcomer.email, role: "organizer" }),
      refusal: GROUP_MANAGERS_ONLY,
    },
    {
      fn: groupManage.removeGroupMember,
      allowed: OWNERS,
      setup: async () => {
        const group = await freshOrg("community_group");
        const extra = await member(group.id, "organizer", "Extra");
        return { group, userId: extra.id };
      },
      run: (a, s) => groupManage.removeGroupMember(a, s.group.slug, s.userId),
      cross: (s) => groupManage.removeGroupMember(w.otherOwner, w.groupH.slug, s.userId),
      refusal: GROUP_MANAGERS_ONLY,
    },

    // ── community groups: the dashboard (viewers see, managers change) ──
    {
      fn: groupDashboard.requireGroupManager,
      allowed: WRITERS,
      run: (a) => groupDashboard.requireGroupManager(a, w.groupG.slug),
    },
    {
      fn: groupDashboard.getGroupDashboard,
      allowed: READERS,
      run: (a) => groupDashboard.getGroupDashboard(a, w.groupG.slug),
    },
    {
      fn: groupDashboard.getGroupOption,
      allowed: READERS,
      setup: () => groupWithPledge(),
      run: (a, s) => groupDashboard.getGroupOption(a, s.slug, s.optionId),
      cross: (s) => groupDashboard.getGroupOption(w.otherOwner, w.groupH.slug, s.optionId),
    },
    {
      fn: groupDashboard.getOptionRoster,
      allowed: READERS,
      setup: () => groupWithPledge(),
      run: (a, s) => groupDashboard.getOptionRoster(a, s.slug, s.optionId),
      cross: (s) => groupDashboard.getOptionRoster(w.otherOwner, w.groupH.slug, s.optionId),
    },
    {
      fn: groupDashboard.exportRosterCsv,
      allowed: READERS,
      setup: () => groupWithPledge(),
      run: (a, s) => groupDashboard.exportRosterCsv(a, s.slug, s.optionId),
      cross: (s) => groupDashboard.exportRosterCsv(w.otherOwner, w.groupH.slug, s.optionId),
    },
    {
      fn: groupDashboard.markPledge,
      allowed: WRITERS,
      setup: () => groupWithPledge(),
      run: (a, s) => groupDashboard.markPledge(a, s.slug, s.pledgeId, "done"),
      cross: (s) => groupDashboard.markPledge(w.otherOwner, w.groupH.slug, s.pledgeId, "missed"),
    },
    {
      fn: groupDashboard.createGroupOption,
      allowed: WRITERS,
      setup: () => freshOrg("community_group"),
      run: (a, g) => groupDashboard.createGroupOption(a, g.slug, SHIFT_FORM),
    },
    {
      fn: groupDashboard.updateGroupOption,
      allowed: WRITERS,
      setup: () => groupWithPledge(),
      run: (a, s) =>
        groupDashboard.updateGroupOption(a, s.slug, s.optionId, { ...SHIFT_FORM, title: "Edited" }),
      cross: (s) =>
        groupDashboard.updateGroupOption(w.otherOwner, w.groupH.slug, s.optionId, {
          ...SHIFT_FORM,
          title: "X",
        }),
    },
    {
      fn: groupDashboard.setGroupOptionOpen,
      allowed: WRITERS,
      setup: () => groupWithPledge(),
      run: (a, s) => groupDashboard.setGroupOptionOpen(a, s.slug, s.optionId, false),
      cross: (s) => groupDashboard.setGroupOptionOpen(w.otherOwner, w.groupH.slug, s.optionId, false),
    },
    {
      fn: groupDashboard.sendShiftMessage,
      allowed: WRITERS,
      setup: () => groupWithPledge(),
      run: (a, s) =>
        groupDashboard.sendShiftMessage(a, s.slug, s.optionId, {
          messageId: randomUUID(),
          subject: "Side door",
          body: "Use the side door.",
        }),
      cross: (s) =>
        groupDashboard.sendShiftMessage(w.otherOwner, w.groupH.slug, s.optionId, {
          messageId: randomUUID(),
          subject: "Phish",
          body: "Send me your password.",
        }),
      verify: (r) => expect(r).toEqual({ recipients: 1, queued: 1 }),
    },

    {
      fn: groupShiftChanges.cancelShift,
      allowed: WRITERS,
      setup: () => groupWithPledge(),
      run: (a, s) => groupShiftChanges.cancelShift(a, s.slug, s.optionId),
      cross: (s) => groupShiftChanges.cancelShift(w.otherOwner, w.groupH.slug, s.optionId),
      verify: (r) => expect(r).toEqual({ volunteers: 1 }),
    },

    // ── a supporter's own letters and pledges: theirs alone (everyone else, organizers included: 404) ──
    ...(
      [
        [receipts.findLetterReceipt, (a, s) => receipts.findLetterReceipt(a, s.letterId)],
        [
          replies.saveMyReplies,
          (a, s) => replies.saveMyReplies(a, s.letterId, [{ deliveryId: s.deliveryId, answer: "yes" }]),
        ],
      ] as [Row["fn"], Row["run"]][]
    ).map(
      ([fn, run]): Row => ({
        fn,
        allowed: ["supporter"],
        setup: () => supportersLetter(),
        run,
        refusal: Object.fromEntries(ROLES.map((r) => [r, "NOT_FOUND"])),
      }),
    ),
    {
      fn: replies.findMyReplyCheck,
      allowed: ["supporter"],
      setup: () => supportersLetter(),
      run: (a, s) => replies.findMyReplyCheck(a, s.letterId),
      // Anyone else's page shows the link as not valid, exactly as for a letter that does not exist.
      refusal: Object.fromEntries(ROLES.map((r) => [r, "EMPTY"])),
      empty: (r) => expect(r).toEqual({ status: "invalid" }),
      verify: (r) => expect((r as { status: string }).status).toBe("open"),
    },
    {
      fn: replies.findMyAnswers,
      allowed: ["supporter"],
      setup: () => supportersLetter(),
      run: (a, s) => replies.findMyAnswers(a, s.letterId),
      // Everyone else's answer is "nothing asked, nothing answered": the same as for a letter of their own.
      refusal: Object.fromEntries(ROLES.map((r) => [r, "EMPTY"])),
      empty: (r) => expect(r).toEqual({ isAsked: false, answers: new Map() }),
      verify: (r) => expect((r as { isAsked: boolean }).isAsked).toBe(true),
    },
    {
      fn: receipts.markHandoffDone,
      allowed: ["supporter"],
      setup: () => supportersLetter("handoff_ready"),
      run: (a, s) => receipts.markHandoffDone(a, s.deliveryId),
      refusal: Object.fromEntries(ROLES.map((r) => [r, "NOT_FOUND"])),
    },
    {
      fn: pledgeLib.cancelPledge,
      allowed: ["supporter"],
      setup: () => groupWithPledge("volunteer_shift", "supporter"),
      run: (a, s) => pledgeLib.cancelPledge(a, s.pledgeId),
      refusal: Object.fromEntries(ROLES.map((r) => [r, "NOT_FOUND"])),
    },
    {
      fn: pledgeLib.markPledgeDone,
      allowed: ["supporter"],
      setup: () => groupWithPledge("donation", "supporter"),
      run: (a, s) => pledgeLib.markPledgeDone(a, s.pledgeId),
      refusal: Object.fromEntries(ROLES.map((r) => [r, "NOT_FOUND"])),
    },

    // ── the actor's own account ──
    self(pledgeLib.pledge, (a, s) => pledgeLib.pledge(a, { optionId: s, name: "Anyone" } as never), {
      setup: async () => option((await freshOrg("community_group")).id),
      // A signed-in actor always exists: sessions are deleted with their user (foreign key cascade).
      refusal: { anonymous: "SKIP" },
    }),
    self(pledgeCalendar.myShiftCalendar, (a) => pledgeCalendar.myShiftCalendar(a), {
      // Every event in it is one of the actor's own pledges.
      verify: async (r, role) => {
        const { ics, shifts } = r as { ics: string; shifts: number };
        const uids = [...ics.matchAll(/^UID:pledge-(.+)@chorus\r?$/gm)].map((m) => m[1]);
        expect(uids).toHaveLength(shifts);
        const mine = await getDb()
          .select({ id: pledges.id })
          .from(pledges)
          .where(eq(pledges.userId, w.actors[role].id));
        const ids = new Set(mine.map((p) => p.id));
        for (const uid of uids) expect(ids.has(uid ?? "")).toBe(true);
      },
    }),
    self(pledgeOptionsLib.listMyPledges, (a) => pledgeOptionsLib.listMyPledges(a), {
      verify: async (r, role) => {
        const mine = await getDb()
          .select({ id: pledges.id })
          .from(pledges)
          .where(eq(pledges.userId, w.actors[role].id));
        expect((r as { id: string }[]).map((p) => p.id).sort()).toEqual(mine.map((p) => p.id).sort());
      },
    }),
    self(pledgeOptionsLib.myActivePledges, (a, s) => pledgeOptionsLib.myActivePledges(a, [s.optionId]), {
      setup: () => groupWithPledge("volunteer_shift", "supporter"),
      verify: (r, role) => expect((r as Map<string, string>).size).toBe(role === "supporter" ? 1 : 0),
    }),
    self(receipts.listMyLetters, (a) => receipts.listMyLetters(a), {
      setup: () => supportersLetter(),
      verify: (r, role) => {
        if (role !== "supporter") expect(r).toEqual([]);
      },
    }),
    self(join.joinCampaign, async (a, s) => join.joinCampaign(a, s.slug, true), {
      setup: async () => {
        const id = await publishedCampaign();
        const [row] = rowsOf<{ slug: string }>(
          await getDb().execute(sql`select slug from campaigns where id = ${id}`),
        );
        return { id, slug: row?.slug ?? "" };
      },
      // A signed-in actor always exists: sessions are deleted with their user (foreign key cascade).
      refusal: { anonymous: "SKIP" },
    }),
    self(join.consentToUpdates, async (a, s) => join.consentToUpdates(a, s.slug), {
      setup: async () => {
        const id = await publishedCampaign();
        const [row] = rowsOf<{ slug: string }>(
          await getDb().execute(sql`select slug from campaigns where id = ${id}`),
        );
        return { id, slug: row?.slug ?? "" };
      },
      // A signed-in actor always exists: sessions are deleted with their user (foreign key cascade).
      refusal: { anonymous: "SKIP" },
    }),
    self(join.leaveCampaign, async (a, s) => join.leaveCampaign(a, s.slug), {
      setup: async () => {
        const id = await publishedCampaign();
        const [row] = rowsOf<{ slug: string }>(
          await getDb().execute(sql`select slug from campaigns where id = ${id}`),
        );
        for (const role of SIGNED_IN) {
          await getDb()
            .insert(campaignSupporters)
            .values({ campaignId: id, userId: w.actors[role].id, source: "join" });
        }
        return { id, slug: row?.slug ?? "" };
      },
    }),
    self(join.myMembership, (a, s) => join.myMembership(a, s), { setup: () => publishedCampaign() }),
    self(join.listMyCampaigns, (a) => join.listMyCampaigns(a)),
    self(journey.findMyJourney, (a) => journey.findMyJourney(a)),
    self(privacy.exportMyData, (a) => privacy.exportMyData(a), {
      refusal: { anonymous: "NOT_FOUND" },
      verify: (r, role) => {
        if (role !== "supporter") expect(JSON.stringify(r)).not.toContain(w.actors.supporter.email);
      },
    }),
    self(privacy.listMySubscriptions, (a) => privacy.listMySubscriptions(a)),
    self(privacy.unsubscribeFrom, (a, s) => privacy.unsubscribeFrom(a, s.id), {
      setup: async () => {
        const org = await freshOrg();
        for (const role of SIGNED_IN) {
          await getDb()
            .insert(organizationSubscriptions)
            .values({ organizationId: org.id, userId: w.actors[role].id });
        }
        return org;
      },
    }),
    self(accountSessions.listMySessions, (a, t) => accountSessions.listMySessions(a, t.supporter), {
      setup: () => sessionsForEveryone(),
      // Only the actor's own sessions: the supporter's token marks nothing of anyone else's.
      verify: (r, role) => {
        const mine = r as accountSessions.MySession[];
        expect(
          mine.some((one) => one.isCurrent),
          role,
        ).toBe(role === "supporter");
        expect(mine.length, role).toBeGreaterThan(0);
      },
    }),
    self(
      accountSessions.signOutOtherSessions,
      (a, t) => accountSessions.signOutOtherSessions(a, t.supporter),
      {
        setup: () => sessionsForEveryone(),
        // Nobody ends another person's session, not even by naming its token: only the actor's own rows.
        verify: async (_r, role, t) => {
          const left = await getDb()
            .select({ token: sessions.sessionToken })
            .from(sessions)
            .where(inArray(sessions.sessionToken, [t.supporter, t.otherOwner]));
          expect(left, role).toHaveLength(2);
        },
      },
    ),
    self(profile.getProfile, (a) => profile.getProfile(a), { refusal: { anonymous: "NOT_FOUND" } }),
    self(profile.updateProfile, (a) => profile.updateProfile(a, { name: "Renamed Person", zip: "60623" })),
    self(profile.setAccountLanguage, (a) => profile.setAccountLanguage(a, "es")),
  ];
}

/** Exported functions with an actor that are not in the matrix, and why. */
const EXEMPT: Record<string, string> = {
  "organize/verification.isOperator":
    "a check of the OPERATOR_EMAILS list that reads and writes nothing; the operator rows above and relay.test.ts cover it",
  "organize/guard.actorHolds":
    "builds the SQL condition the writers above put in their WHERE; it reads nothing itself",
  "organize/guard.holdRole":
    "takes a transaction; it is the lock every writer above takes, so the writers' rows test it",
  "letters/submit.submitLetter":
    "public: anyone may write to their officials (the actor may be null); submit.test.ts and its property test cover it",
  "accounts/privacy.deleteMyAccount":
    "acts only on the actor's own account (it deletes them, so it cannot share fixtures); privacy.test.ts covers it",
};

/**
 * Every data module of the capabilities with people and roles, read from the folders (a new module is in
 * from the start): each exported function whose first parameter is `actor` needs a row above.
 */
const MODULES = import.meta.glob<Record<string, unknown>>(
  [
    "/lib/{organize,groups,accounts,campaigns,letters,pledges}/*.ts",
    "!/lib/**/*.test.ts",
    "!/lib/**/testing.ts",
  ],
  { eager: true },
);

// ── Running it ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Every row of every table in the database (and pg-boss's jobs), as one digest per table: a refused call must
 * leave each one exactly as it was.
 */
async function snapshot(): Promise<Record<string, string>> {
  const tables = rowsOf<{ schema: string; name: string }>(
    await getDb().execute(sql`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE'
        and (table_schema = 'public' or (table_schema = 'pgboss' and table_name = 'job'))
      order by 1, 2`),
  );
  const parts = tables.map(
    (t) =>
      sql`select ${`${t.schema}.${t.name}`}::text as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${sql.identifier(t.schema)}.${sql.identifier(t.name)} x`,
  );
  const digests = rowsOf<{ t: string; h: string }>(await getDb().execute(sql.join(parts, sql` union all `)));
  return Object.fromEntries(digests.map((d) => [d.t, d.h]));
}

async function outcome(
  run: () => Promise<unknown>,
): Promise<{ ok: true; value: unknown } | { ok: false; error: AppError }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

function expectedRefusal(row: Row, role: Role): Refusal {
  return row.refusal?.[role] ?? (OUTSIDERS.includes(role) ? "NOT_FOUND" : "FORBIDDEN");
}

const nameOf = (row: Row) => `${row.fn.name}${row.label ? ` (${row.label})` : ""}`;

beforeAll(async () => {
  const orgA = await organization("organization", "mx-org-a");
  const orgB = await organization("organization", "mx-org-b");
  const groupG = await organization("community_group", "mx-group-g");
  const groupH = await organization("community_group", "mx-group-h");
  const actors = {
    anonymous: { id: randomUUID(), email: "nobody-signed-in@example.org", name: null },
    supporter: await person("Sam Supporter"),
    otherOrganizer: await person("Olu Other"),
    viewer: await person("Vi Viewer"),
    organizer: await person("Oz Organizer"),
    owner: await person("Ona Owner"),
  } satisfies Record<Role, SessionUser>;
  // Everyone signed in just now (a fresh sign-in, which exports need: sessions.test.ts tests that rule).
  for (const actor of Object.values(actors)) (actor as SessionUser).signedInAt = new Date();
  const otherOwner = await person("Bo B-Owner");
  for (const target of [orgA, groupG]) {
    for (const role of ["owner", "organizer", "viewer"] as const)
      await addRole(target.id, actors[role], role);
  }
  for (const target of [orgB, groupH]) {
    await addRole(target.id, actors.otherOrganizer, "organizer");
    await addRole(target.id, otherOwner, "owner");
  }
  await getDb()
    .insert(organizationSubscriptions)
    .values({ organizationId: orgA.id, userId: actors.supporter.id });
  // Officials and the ZIP 60623 for the template preview.
  await seedLetterFixture();
  const campaignB = await campaign(orgB.id, "mx-campaign-b", { status: "draft" });
  w = { actors, otherOwner, orgA, orgB, groupG, groupH, campaignB };
  // The supporter's own history, so that reads by anyone else have something to leak.
  const campaignA = await publishedCampaign();
  await writtenBySupporter(campaignA);
  await groupWithPledge("volunteer_shift", "supporter");
});

describe("authorization matrix (data layer)", () => {
  it("covers every exported data function that takes an actor", () => {
    const covered = new Set(rows().map((row) => row.fn));
    const missing: string[] = [];
    for (const [moduleName, exported] of Object.entries(MODULES)) {
      for (const [name, value] of Object.entries(exported)) {
        if (typeof value !== "function") continue;
        if (!/^(async\s+)?function\s*\*?\s*\w*\s*\(\s*actor\b/.test(value.toString())) continue;
        const qualified = `${moduleName.replace(/^\/lib\/|\.ts$/g, "")}.${name}`;
        if (covered.has(value) || EXEMPT[qualified]) continue;
        missing.push(qualified);
      }
    }
    expect(missing, "add a row to the matrix for each of these").toEqual([]);
  });

  const table = () => rows();
  for (const row of table()) {
    it(`${nameOf(row)}: ${row.allowed.length === ROLES.length ? "everyone" : row.allowed.join(", ")}`, async () => {
      for (const role of ROLES) {
        const actor = w.actors[role];
        const allowed = row.allowed.includes(role);
        const expected = expectedRefusal(row, role);
        if (!allowed && expected === "SKIP") continue;
        const fixture = row.setup ? await row.setup() : undefined;
        const before = allowed ? null : await snapshot();
        const result = await outcome(() => row.run(actor, fixture));
        if (allowed) {
          expect(result.ok ? "ok" : (result as { error: AppError }).error.message, `${role} may`).toBe("ok");
          if (result.ok) await row.verify?.(result.value, role, fixture);
          continue;
        }
        if (expected === "EMPTY") {
          expect(result.ok, `${role} gets an empty answer`).toBe(true);
          if (result.ok) row.empty?.(result.value);
        } else if (expected === "NO_EFFECT") {
          if (!result.ok) expect(["NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED"]).toContain(result.error.code);
        } else {
          expect(result.ok ? "succeeded" : result.error.code, `${role} is refused`).toBe(expected);
        }
        expect(await snapshot(), `${role}'s refused call changed nothing`).toEqual(before);
      }
      if (row.cross) {
        const fixture = row.setup ? await row.setup() : undefined;
        const before = await snapshot();
        const result = await outcome(() => row.cross?.(fixture) as Promise<unknown>);
        expect(
          result.ok ? "succeeded" : result.error.code,
          "through another organization's own container",
        ).toBe("NOT_FOUND");
        expect(await snapshot(), "the cross-organization call changed nothing").toEqual(before);
      }
    });
  }
});
