/**
 * The data functions behind the organizer console's server actions and its export route, called by an owner
 * with arbitrary input (what a crafted request can send: any form values, any bound ids — Next.js does not
 * encrypt `.bind` arguments — any route params): each succeeds or throws an AppError with a human message
 * (anything else is a 500), and a refusal leaves the tables it could write unchanged.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaignTargets, organizationInvites } from "@/db/schema";
import { digestTables, expectSuccessOrAppError, RUNS } from "@/db/testing/properties";
import type { SessionUser } from "@/lib/auth";
import { seedLetterFixture } from "@/lib/letters/testing";
import {
  addCustomTarget,
  addOfficialTarget,
  addRuleTarget,
  closeCampaign,
  createCampaign,
  deleteDraftCampaign,
  previewTemplateForZip,
  publishCampaign,
  removeTarget,
  saveCwcSettings,
  saveTemplate,
  searchOfficials,
  templateInputFromForm,
  updateCampaignBasics,
} from "./campaigns";
import { listCampaignContent, removeResource, removeVoice, saveResource, saveVoice } from "./content";
import { retargetChangedOfficials, retryFailedDeliveries } from "./dashboard";
import { isExportKind, startCampaignExport } from "./exports";
import {
  acceptInvite,
  changeMemberRole,
  createOrganization,
  findInvite,
  inviteMember,
  removeMember,
  revokeInvite,
} from "./organizations";
import { endPreview, startPreview } from "./preview";
import { campaign, member, organization, person } from "./testing";
import { createDraft, editDraft, previewUpdate, sendTestToMe, sendUpdate } from "./updates";

let owner: SessionUser;
let orgId = "";
let draftId = "";
let liveId = "";
let extraMemberIds: string[] = [];
let targetIds: string[] = [];
let resourceIds: string[] = [];
let voiceIds: string[] = [];
let updateIds: string[] = [];
let inviteIds: string[] = [];

const ORG = "prop-org";

beforeAll(async () => {
  await seedLetterFixture();
  orgId = await organization(ORG);
  owner = await member(orgId, "owner", "Ona Owner");
  extraMemberIds = [
    (await member(orgId, "organizer")).id,
    (await member(orgId, "viewer")).id,
    (await person("Not a member")).id,
  ];
  draftId = await campaign(orgId, "prop-draft", { status: "draft" });
  liveId = await campaign(orgId, "prop-live", { status: "published" });
  await addCustomTarget(owner, draftId, { name: "Ada Alderperson", email: "ada@example.org" });
  await addRuleTarget(owner, draftId, "senators");
  targetIds = (await getDb().select({ id: campaignTargets.id }).from(campaignTargets)).map((t) => t.id);
  await saveResource(owner, draftId, null, {
    title: "Evicted",
    author: "M. Desmond",
    kind: "book",
    url: "https://example.org/e",
  });
  await saveVoice(owner, draftId, null, {
    body: "We were evicted in a week.",
    attribution: "Maria",
    permissionNote: "Written, by email",
    permissionAt: "2026-03-03",
  });
  const content = await listCampaignContent(owner, draftId);
  resourceIds = content.resources.map((r) => r.id);
  voiceIds = content.voices.map((v) => v.id);
  updateIds = [await createDraft(owner, liveId, { subject: "News", body: "Hello" })];
  await inviteMember(owner, ORG, { email: "invitee@example.org", role: "viewer" });
  inviteIds = (await getDb().select({ id: organizationInvites.id }).from(organizationInvites)).map(
    (i) => i.id,
  );
}, 120_000);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "<script>",
    "a\nb",
    "x".repeat(301),
    "-1",
    "NaN",
    "https://",
  ),
);
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
/** One of the real ids, or anything a request could name instead. */
const idFrom = (ids: () => string[]) =>
  fc.oneof(
    fc.constantFrom(0, 1, 2, 3).map((i) => ids()[i] ?? ids()[0] ?? ""),
    text,
  );
const campaignId = idFrom(() => [draftId, liveId]);
const orgSlug = fc.oneof(fc.constant(ORG), text);

/** A valid object with up to three fields replaced, removed or added. */
function near(valid: Record<string, unknown>) {
  const keys = [...Object.keys(valid), "extra"];
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), anything), { maxLength: 3 })
    .map((changes) => ({ ...valid, ...Object.fromEntries(changes) }));
}

type Case = {
  name: string;
  /** Tables the call could write: a refusal leaves them exactly as they were. */
  tables: string[];
  // biome-ignore lint/suspicious/noExplicitAny: each case has its own argument tuple
  args: fc.Arbitrary<any[]>;
  run: (...args: never[]) => Promise<unknown>;
};

const CASES: Case[] = [
  {
    name: "createOrganization",
    tables: ["organizations", "memberships"],
    args: fc.tuple(near({ name: "Tenants United", slug: "" })),
    run: (input: never) => createOrganization(owner, input),
  },
  {
    name: "inviteMember",
    tables: ["organization_invites"],
    args: fc.tuple(orgSlug, near({ email: "new@example.org", role: "organizer" })),
    run: (slug: string, input: never) => inviteMember(owner, slug, input),
  },
  {
    name: "revokeInvite",
    tables: ["organization_invites"],
    args: fc.tuple(
      orgSlug,
      idFrom(() => inviteIds),
    ),
    run: (slug: string, id: string) => revokeInvite(owner, slug, id),
  },
  {
    name: "findInvite and acceptInvite",
    tables: ["memberships", "organization_invites"],
    args: fc.tuple(text),
    run: async (token: string) => {
      await findInvite(owner, token).catch(() => null);
      return acceptInvite(owner, token);
    },
  },
  {
    name: "changeMemberRole",
    tables: ["memberships"],
    args: fc.tuple(
      orgSlug,
      idFrom(() => extraMemberIds),
      fc.oneof(fc.constantFrom("owner", "organizer", "viewer"), text),
    ),
    run: (slug: string, userId: string, role: string) => changeMemberRole(owner, slug, userId, role),
  },
  {
    name: "removeMember",
    tables: ["memberships"],
    args: fc.tuple(
      orgSlug,
      idFrom(() => [...extraMemberIds, owner.id]),
    ),
    run: (slug: string, userId: string) => removeMember(owner, slug, userId),
  },
  {
    name: "createCampaign",
    tables: ["campaigns"],
    args: fc.tuple(orgSlug, near({ title: "Fund the hotline" })),
    run: (slug: string, input: never) => createCampaign(owner, slug, input),
  },
  {
    name: "updateCampaignBasics",
    tables: ["campaigns", "campaign_slug_redirects"],
    args: fc.tuple(
      campaignId,
      near({
        title: "Keep families housed",
        slug: "prop-draft",
        summary: "",
        story: "",
        language: "en",
        goal: "100",
      }),
    ),
    run: (id: string, input: never) => updateCampaignBasics(owner, id, input),
  },
  {
    name: "saveCwcSettings",
    tables: ["campaigns"],
    args: fc.tuple(
      campaignId,
      fc.record({
        topics: fc.oneof(
          fc.array(fc.oneof(fc.constantFrom("Health", "Law", "Animals"), text), { maxLength: 40 }),
          fc.constant(undefined),
        ),
        stance: fc.oneof(fc.constantFrom("", "pro", "con"), text),
      }),
    ),
    run: (id: string, input: never) => saveCwcSettings(owner, id, input),
  },
  {
    name: "addRuleTarget",
    tables: ["campaign_targets"],
    args: fc.tuple(campaignId, fc.oneof(fc.constantFrom("senators", "house", "state_upper", "custom"), text)),
    run: (id: string, rule: string) => addRuleTarget(owner, id, rule),
  },
  {
    name: "addCustomTarget",
    tables: ["campaign_targets", "custom_targets"],
    args: fc.tuple(
      campaignId,
      near({ name: "Housing Committee", email: "committee@example.org", title: "" }),
    ),
    run: (id: string, input: never) => addCustomTarget(owner, id, input),
  },
  {
    name: "addOfficialTarget",
    tables: ["campaign_targets"],
    args: fc.tuple(campaignId, fc.oneof(fc.constantFrom("D000096", "D000563"), text)),
    run: (id: string, officialId: string) => addOfficialTarget(owner, id, officialId),
  },
  {
    name: "removeTarget",
    tables: ["campaign_targets", "custom_targets"],
    args: fc.tuple(
      campaignId,
      idFrom(() => targetIds),
    ),
    run: (id: string, targetId: string) => removeTarget(owner, id, targetId),
  },
  {
    name: "saveTemplate (from any form values)",
    tables: ["letter_templates"],
    args: fc.tuple(
      campaignId,
      fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                "subject",
                "personalizationPrompt",
                "part-0-text",
                "part-0-id",
                "part-1-locked",
              ),
              fc.constantFrom("part-99-text", "part--1-order", "part-0-order"),
              text,
            ),
            text,
          ),
          { maxLength: 6 },
        )
        .map((pairs) => ({
          subject: "Keep {{supporter.city}} housed",
          "part-0-text": "Dear friend,",
          ...Object.fromEntries(pairs),
        })),
    ),
    run: (id: string, values: Record<string, string>) =>
      saveTemplate(owner, id, templateInputFromForm(values)),
  },
  {
    name: "previewTemplateForZip",
    tables: [],
    args: fc.tuple(campaignId, fc.oneof(fc.constantFrom("60623", "60062", "00000"), text)),
    run: (id: string, zip: string) => previewTemplateForZip(owner, id, zip),
  },
  {
    name: "searchOfficials",
    tables: [],
    args: fc.tuple(fc.oneof(text, fc.constantFrom("Durbin", "%", "_", "\\", "D a v i s"))),
    run: (query: string) => searchOfficials(owner, query),
  },
  {
    name: "publish, close, delete a draft, start and end a preview",
    tables: ["campaigns"],
    args: fc.tuple(fc.constantFrom("publish", "close", "delete", "start", "end"), campaignId),
    run: (what: string, id: string) =>
      ({
        publish: () => publishCampaign(owner, id),
        close: () => closeCampaign(owner, id),
        delete: () => deleteDraftCampaign(owner, id),
        start: () => startPreview(owner, id),
        end: () => endPreview(owner, id),
      })[what as "publish"](),
  },
  {
    name: "saveResource",
    tables: ["campaign_resources"],
    args: fc.tuple(
      campaignId,
      fc.oneof(
        fc.constant(null),
        idFrom(() => resourceIds),
      ),
      near({ title: "Evicted", author: "M. Desmond", kind: "book", url: "https://example.org/e" }),
    ),
    run: (id: string, resourceId: string | null, input: never) => saveResource(owner, id, resourceId, input),
  },
  {
    name: "saveVoice",
    tables: ["campaign_voices"],
    args: fc.tuple(
      campaignId,
      fc.oneof(
        fc.constant(null),
        idFrom(() => voiceIds),
      ),
      near({
        body: "We were evicted in a week.",
        attribution: "Maria",
        permissionNote: "By email",
        permissionAt: "2026-03-03",
      }),
    ),
    run: (id: string, voiceId: string | null, input: never) => saveVoice(owner, id, voiceId, input),
  },
  {
    name: "removeResource and removeVoice",
    tables: ["campaign_resources", "campaign_voices"],
    args: fc.tuple(
      fc.boolean(),
      campaignId,
      idFrom(() => [...resourceIds, ...voiceIds]),
    ),
    run: (isResource: boolean, id: string, itemId: string) =>
      isResource ? removeResource(owner, id, itemId) : removeVoice(owner, id, itemId),
  },
  {
    name: "createDraft and editDraft (updates)",
    tables: ["campaign_updates"],
    args: fc.tuple(
      campaignId,
      fc.oneof(
        fc.constant(null),
        idFrom(() => updateIds),
      ),
      near({ subject: "News", body: "Hello **all**" }),
    ),
    run: (id: string, updateId: string | null, input: never) =>
      updateId === null ? createDraft(owner, id, input) : editDraft(owner, id, updateId, input),
  },
  {
    name: "previewUpdate and sendTestToMe",
    tables: ["campaign_updates"],
    args: fc.tuple(
      fc.boolean(),
      campaignId,
      idFrom(() => updateIds),
    ),
    run: (preview: boolean, id: string, updateId: string) =>
      preview ? previewUpdate(owner, id, updateId) : sendTestToMe(owner, id, updateId),
  },
  {
    name: "sendUpdate",
    tables: ["campaign_updates"],
    args: fc.tuple(
      campaignId,
      idFrom(() => updateIds),
    ),
    run: (id: string, updateId: string) => sendUpdate(owner, id, updateId),
  },
  {
    name: "retryFailedDeliveries and retargetChangedOfficials",
    tables: ["deliveries", "campaign_targets"],
    args: fc.tuple(fc.boolean(), campaignId, fc.oneof(fc.constant(undefined), text)),
    run: (retry: boolean, id: string, other: string | undefined) =>
      retry ? retryFailedDeliveries(owner, id, other) : retargetChangedOfficials(owner, id, other),
  },
  {
    name: "startCampaignExport (the export route's checks, then the whole file)",
    tables: [],
    args: fc.tuple(
      campaignId,
      fc.oneof(fc.constantFrom("letters", "deliveries", "pledges", "supporters", "osdi"), text),
      orgSlug,
    ),
    run: async (id: string, kind: string, slug: string) => {
      if (!isExportKind(kind)) return;
      const file = await startCampaignExport(owner, id, kind, { organizationSlug: slug });
      const reader = file.body.getReader();
      while (!(await reader.read()).done) {}
    },
  },
];

describe("organizer console data functions (property, an owner with arbitrary input)", () => {
  for (const { name, tables, args, run } of CASES) {
    it(`${name}: success or an AppError, nothing changed when refused`, async () => {
      await fc.assert(
        fc.asyncProperty(args, async (values) => {
          const before = await digestTables(tables);
          const refused = await expectSuccessOrAppError(() =>
            (run as (...a: unknown[]) => Promise<unknown>)(...values),
          );
          if (refused) expect(await digestTables(tables)).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }, 300_000);
  }
});
