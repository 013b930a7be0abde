/**
 * The organizer console's data layer: teams and invitations, the campaign builder, and who may do what.
 * Authorization matrix: another organization's organizer, a viewer and a supporter with no membership get
 * NOT_FOUND or FORBIDDEN, and the database holds exactly what it held before.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  campaignResources,
  campaignSlugRedirects,
  campaigns,
  campaignTargets,
  campaignVoices,
  letterTemplates,
  memberships,
  organizationInvites,
} from "@/db/schema";
import { appErrorOf, newPerson } from "@/db/testing/people";
import type { SessionUser } from "@/lib/auth";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { seedLetterFixture } from "@/lib/letters/testing";
import {
  addCustomTarget,
  addOfficialTarget,
  addRuleTarget,
  closeCampaign,
  createCampaign,
  findRenamedCampaignSlug,
  getCampaignForEdit,
  previewTemplateForZip,
  publishCampaign,
  removeTarget,
  saveCwcSettings,
  saveTemplate,
  updateCampaignBasics,
  validateTemplate,
} from "./campaigns";
import { listCampaignContent, removeResource, removeVoice, saveResource, saveVoice } from "./content";
import {
  acceptInvite,
  changeMemberRole,
  createOrganization,
  getOrganizationHome,
  inviteMember,
  listMyOrganizationsWithCampaigns,
  listTeam,
  removeMember,
} from "./organizations";

async function join(user: SessionUser, orgSlug: string, role: "owner" | "organizer" | "viewer") {
  const [org] = rowsOf<{ id: string }>(
    await getDb().execute(sql`select id from organizations where slug = ${orgSlug}`),
  );
  if (!org) throw new Error("no org");
  await getDb().insert(memberships).values({ userId: user.id, organizationId: org.id, role });
}

async function inviteToken(email: string): Promise<string> {
  const [job] = rowsOf<{ url: string }>(
    await getDb().execute(sql`
      select j.data->'props'->>'acceptUrl' as url from pgboss.job j
      where j.name = 'send-email' and j.data->>'template' = 'organization-invite' and j.data->>'to' = ${email}
      order by j.created_on desc limit 1`),
  );
  const token = job?.url.split("/organize/invites/")[1];
  if (!token) throw new Error(`no invite email to ${email}`);
  return token;
}

/** Everything a campaign is made of, to prove that a refused action changed nothing. */
async function snapshot(campaignId: string) {
  const db = getDb();
  return {
    campaign: await db.select().from(campaigns).where(eq(campaigns.id, campaignId)),
    targets: await db.select().from(campaignTargets).where(eq(campaignTargets.campaignId, campaignId)),
    templates: await db.select().from(letterTemplates).where(eq(letterTemplates.campaignId, campaignId)),
    resources: await db.select().from(campaignResources).where(eq(campaignResources.campaignId, campaignId)),
    voices: await db.select().from(campaignVoices).where(eq(campaignVoices.campaignId, campaignId)),
    redirects: await db
      .select()
      .from(campaignSlugRedirects)
      .where(eq(campaignSlugRedirects.campaignId, campaignId)),
    members: await db.select().from(memberships).orderBy(memberships.userId),
    invites: await db.select().from(organizationInvites),
  };
}

const template = {
  subject: "Keep {{supporter.city}} housed",
  personalizationPrompt: "Tell them why this matters to you.",
  parts: [
    { id: "greeting", text: "Dear {{official.title}} {{official.last_name}},", isLocked: false, order: "1" },
    { id: "ask", text: "Please guarantee a right to counsel for tenants.", isLocked: true, order: "2" },
    { id: "story", text: "", isLocked: false, order: "3" },
  ],
};

let owner: SessionUser;
let organizer: SessionUser;
let viewer: SessionUser;
let otherOrganizer: SessionUser;
let supporter: SessionUser;
let orgSlug = "";

beforeAll(async () => {
  await seedLetterFixture();
  owner = await newPerson("owner");
  organizer = await newPerson("organizer");
  viewer = await newPerson("viewer");
  otherOrganizer = await newPerson("other");
  supporter = await newPerson("supporter");
  ({ slug: orgSlug } = await createOrganization(owner, { name: "Tenants Together Àgain" }));
  await join(organizer, orgSlug, "organizer");
  await join(viewer, orgSlug, "viewer");
  const other = await createOrganization(otherOrganizer, { name: "Another Org" });
  expect(other.slug).toBe("another-org");
});

describe("organizations and teams", () => {
  it("makes the slug from the name, makes the creator the owner, and refuses a taken slug", async () => {
    expect(orgSlug).toBe("tenants-together-again");
    const mine = await listMyOrganizationsWithCampaigns(owner);
    expect(mine.map((o) => [o.slug, o.role])).toEqual([[orgSlug, "owner"]]);
    const taken = await appErrorOf(createOrganization(supporter, { name: "Tenants together again" }));
    expect(taken.code).toBe("ALREADY_EXISTS");
    expect(describeFieldErrors(taken.fieldErrors, "en")?.slug).toBeDefined();
    expect(await listMyOrganizationsWithCampaigns(supporter)).toEqual([]);
  });

  it("invites by email; the invited person accepts once, signed in as that address", async () => {
    const invitee = await newPerson("invitee");
    await inviteMember(owner, orgSlug, { email: invitee.email.toUpperCase(), role: "organizer" });
    const token = await inviteToken(invitee.email);
    const team = await listTeam(owner, orgSlug);
    expect(team.invites?.map((i) => i.email)).toEqual([invitee.email]);

    const wrongPerson = await appErrorOf(acceptInvite(supporter, token));
    expect(wrongPerson.code).toBe("FORBIDDEN");
    expect(wrongPerson.message).toContain(invitee.email);

    expect(await acceptInvite(invitee, token)).toEqual({ organizationSlug: orgSlug });
    expect((await appErrorOf(acceptInvite(invitee, token))).code).toBe("NOT_FOUND");
    // The token is bound into the server action: a crafted request can put anything there.
    for (const crafted of [{}, new FormData(), 7, null, "x".repeat(201)]) {
      expect((await appErrorOf(acceptInvite(invitee, crafted as never))).code).toBe("NOT_FOUND");
    }
    const rows = await getDb().select().from(memberships).where(eq(memberships.userId, invitee.id));
    expect(rows.map((r) => r.role)).toEqual(["organizer"]);
    expect((await getOrganizationHome(invitee, orgSlug)).role).toBe("organizer");
  });

  it("lets only owners invite, change roles and remove, and never removes or demotes the last owner", async () => {
    const before = await snapshot("none");
    for (const actor of [organizer, viewer]) {
      expect(
        (await appErrorOf(inviteMember(actor, orgSlug, { email: "x@example.org", role: "owner" }))).code,
      ).toBe("FORBIDDEN");
      expect((await appErrorOf(changeMemberRole(actor, orgSlug, actor.id, "owner"))).code).toBe("FORBIDDEN");
      expect((await appErrorOf(removeMember(actor, orgSlug, owner.id))).code).toBe("FORBIDDEN");
    }
    for (const actor of [otherOrganizer, supporter]) {
      expect(
        (await appErrorOf(inviteMember(actor, orgSlug, { email: "x@example.org", role: "owner" }))).code,
      ).toBe("NOT_FOUND");
      expect((await appErrorOf(changeMemberRole(actor, orgSlug, actor.id, "owner"))).code).toBe("NOT_FOUND");
      expect((await appErrorOf(removeMember(actor, orgSlug, owner.id))).code).toBe("NOT_FOUND");
      expect((await appErrorOf(listTeam(actor, orgSlug))).code).toBe("NOT_FOUND");
    }
    expect((await appErrorOf(changeMemberRole(owner, orgSlug, owner.id, "viewer"))).message).toContain(
      "last owner",
    );
    expect((await appErrorOf(removeMember(owner, orgSlug, owner.id))).message).toContain("last owner");
    expect(await snapshot("none")).toEqual(before);

    const extra = await newPerson("extra");
    await join(extra, orgSlug, "viewer");
    await changeMemberRole(owner, orgSlug, extra.id, "owner");
    await changeMemberRole(extra, orgSlug, owner.id, "organizer");
    await changeMemberRole(extra, orgSlug, owner.id, "owner");
    await removeMember(owner, orgSlug, extra.id);
    expect((await listTeam(owner, orgSlug)).members.some((m) => m.userId === extra.id)).toBe(false);
  });
});

describe("the campaign builder", () => {
  it("builds a draft, refuses to publish it without a template and a target, then publishes and closes it", async () => {
    const { id, slug } = await createCampaign(organizer, orgSlug, { title: "Right to Counsel!" });
    expect(slug).toBe("right-to-counsel");
    const again = await createCampaign(organizer, orgSlug, { title: "Right to counsel" });
    expect(again.slug).toBe("right-to-counsel-2");

    const early = await appErrorOf(publishCampaign(organizer, id));
    expect(early.message).toBe(
      "Before publishing, add a letter template and at least one target (who the letters go to).",
    );
    await saveTemplate(organizer, id, template);
    expect((await appErrorOf(publishCampaign(organizer, id))).message).toContain("at least one target");

    await addCustomTarget(organizer, id, {
      name: "City Council",
      title: "Council Members",
      email: "Council@Example.org",
      requiresAddress: "on",
    });
    await addRuleTarget(organizer, id, "senators");
    expect((await appErrorOf(addRuleTarget(organizer, id, "senators"))).code).toBe("ALREADY_EXISTS");
    await addOfficialTarget(organizer, id, "D000096");
    expect((await appErrorOf(addOfficialTarget(organizer, id, "nobody"))).code).toBe("NOT_FOUND");

    const draft = await getCampaignForEdit(viewer, id);
    expect(draft.canEdit).toBe(false);
    expect(draft.targets.map((t) => t.label)).toEqual([
      "City Council, Council Members",
      "The supporter's two U.S. senators",
      "Danny K. Davis",
    ]);
    expect(draft.template?.parts.map((p) => p.id)).toEqual(["greeting", "ask"]);

    const preview = await previewTemplateForZip(organizer, id, "60623");
    expect(preview.letters.map((l) => l.targetName)).toEqual([
      "City Council",
      "Richard J. Durbin",
      "Tammy Duckworth",
      "Danny K. Davis",
    ]);
    expect(preview.letters[0]?.subject).toBe("Keep Chicago housed");
    expect(preview.letters[1]?.body).toContain("Dear Senator Durbin,");
    expect(preview.letters[1]?.body).toContain("Please guarantee a right to counsel for tenants.");
    // The made-up supporter who signs the preview is named in the organizer's language.
    expect(preview.letters[1]?.body).toContain("Sam Lee");
    const inSpanish = await previewTemplateForZip(organizer, id, "60623", "es");
    expect(inSpanish.letters[1]?.body).toContain("Samuel López");
    expect(inSpanish.letters.map((l) => l.body).join("\n")).not.toContain("Sam Lee");

    // Letters go to Congress: a Library of Congress topic first (issue 18, item 4).
    expect((await appErrorOf(publishCampaign(organizer, id))).message).toBe(
      "Before publishing, add a Library of Congress topic (the letters go to Congress).",
    );
    expect(draft.hasCongress).toBe(true);
    await saveCwcSettings(organizer, id, { topics: ["Housing and Community Development"] });
    expect(await publishCampaign(organizer, id)).toEqual({ slug });
    const [published] = await getDb()
      .select({ status: campaigns.status, publishedAt: campaigns.publishedAt })
      .from(campaigns)
      .where(eq(campaigns.id, id));
    expect(published?.status).toBe("published");
    expect(published?.publishedAt).toBeInstanceOf(Date);

    await closeCampaign(owner, id);
    expect((await getCampaignForEdit(owner, id)).status).toBe("closed");
    expect((await appErrorOf(closeCampaign(owner, id))).code).toBe("INVALID_INPUT");
    const home = await getOrganizationHome(viewer, orgSlug);
    expect(home.campaigns.find((c) => c.id === id)?.status).toBe("closed");
  });

  it("validates the basics with field errors (image needs alt text, end after start)", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Basics" });
    const error = await appErrorOf(
      updateCampaignBasics(owner, id, {
        title: "Basics",
        slug: "Not A Slug",
        language: "fr",
        imageUrl: "http://example.org/a.jpg",
        goal: "-3",
        startsAt: "2026-05-01",
        endsAt: "2026-04-01",
      }),
    );
    expect(Object.keys(describeFieldErrors(error.fieldErrors, "en") ?? {}).sort()).toEqual([
      "goal",
      "imageUrl",
      "language",
      "slug",
    ]);
    const dates = await appErrorOf(
      updateCampaignBasics(owner, id, {
        title: "Basics",
        slug: "basics",
        language: "en",
        startsAt: "2026-05-01",
        endsAt: "2026-05-01",
      }),
    );
    expect(describeFieldErrors(dates.fieldErrors, "en")).toEqual({
      endsAt: ["The end date must be after the start date."],
    });
    const noAlt = await appErrorOf(
      updateCampaignBasics(owner, id, {
        title: "Basics",
        slug: "basics",
        language: "en",
        imageUrl: "https://example.org/a.jpg",
      }),
    );
    expect(describeFieldErrors(noAlt.fieldErrors, "en")?.imageAlt).toEqual([
      "Describe the image for people who can't see it.",
    ]);
    await updateCampaignBasics(owner, id, {
      title: "Basics, saved",
      slug: "basics",
      language: "es",
      summary: "A summary",
      goal: "1,500",
      imageUrl: "https://example.org/a.jpg",
      imageAlt: "Tenants at a meeting",
      startsAt: "2026-04-01",
      endsAt: "2026-05-01",
    });
    const saved = await getCampaignForEdit(owner, id);
    expect([saved.title, saved.language, saved.goal, saved.endsAt?.toISOString().slice(0, 10)]).toEqual([
      "Basics, saved",
      "es",
      1500,
      "2026-05-01",
    ]);
  });

  it("keeps the old slug of a published campaign as a redirect, and a draft's not at all", async () => {
    const { id, slug } = await createCampaign(owner, orgSlug, { title: "Renamed campaign" });
    const basics = { title: "Renamed campaign", language: "en" };
    await updateCampaignBasics(owner, id, { ...basics, slug: "renamed-draft" });
    expect(
      await getDb().select().from(campaignSlugRedirects).where(eq(campaignSlugRedirects.campaignId, id)),
    ).toEqual([]);
    await saveTemplate(owner, id, template);
    await addRuleTarget(owner, id, "house");
    await saveCwcSettings(owner, id, { topics: ["Law"] });
    await publishCampaign(owner, id);
    await updateCampaignBasics(owner, id, { ...basics, slug: "renamed-live" });
    expect(await findRenamedCampaignSlug("renamed-draft")).toBe("renamed-live");
    expect(await findRenamedCampaignSlug(slug)).toBeNull();

    // Another campaign may not take a kept address.
    const other = await createCampaign(owner, orgSlug, { title: "Other" });
    const taken = await appErrorOf(
      updateCampaignBasics(owner, other.id, { ...basics, slug: "renamed-draft" }),
    );
    expect(taken.code).toBe("ALREADY_EXISTS");
    expect(
      (await appErrorOf(updateCampaignBasics(owner, other.id, { ...basics, slug: "renamed-live" }))).code,
    ).toBe("ALREADY_EXISTS");
    // Renaming back takes the old address back.
    await updateCampaignBasics(owner, id, { ...basics, slug: "renamed-draft" });
    expect(await findRenamedCampaignSlug("renamed-live")).toBe("renamed-draft");
    expect(await findRenamedCampaignSlug("renamed-draft")).toBeNull();
  });

  it("rejects unknown merge fields, naming them at the field they are in", () => {
    const result = validateTemplate({
      subject: "Hello {{official.nickname}}",
      parts: [
        { text: "Dear {{official.title}} {{offical.last_name}}, {{zip}}", isLocked: false },
        { text: "   ", isLocked: true },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeFieldErrors(result.error.fieldErrors, "en")?.subject?.[0]).toMatch(
      /^\{\{official\.nickname\}\} is not a merge field/,
    );
    expect(describeFieldErrors(result.error.fieldErrors, "en")?.["part-0-text"]?.[0]).toMatch(
      /^\{\{offical\.last_name\}\}, \{\{zip\}\} are not merge fields/,
    );
    const empty = validateTemplate({ subject: "Hi", parts: [] });
    expect(empty.ok ? [] : Object.keys(describeFieldErrors(empty.error.fieldErrors, "en") ?? {})).toEqual([
      "subject",
      "part-0-text",
    ]);
  });

  it("stores a voice only with a permission note and date; resources add, edit and go", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Content" });
    const missing = await appErrorOf(
      saveVoice(owner, id, null, { body: "We were evicted in a week.", attribution: "Maria" }),
    );
    expect(Object.keys(describeFieldErrors(missing.fieldErrors, "en") ?? {}).sort()).toEqual([
      "permissionAt",
      "permissionNote",
    ]);
    await saveVoice(owner, id, null, {
      body: "We were evicted in a week.",
      attribution: "Maria, tenant in Pilsen",
      permissionNote: "Verbal, at the March 3 meeting",
      permissionAt: "2026-03-03",
    });
    await saveResource(owner, id, null, {
      title: "Evicted",
      author: "Matthew Desmond",
      kind: "book",
      url: "https://example.org/evicted",
    });
    await saveResource(organizer, id, null, {
      title: "Our Homes",
      author: "Pilsen tenants",
      kind: "film",
      url: "https://example.org/film",
      byAffectedCommunity: "on",
    });
    const content = await listCampaignContent(viewer, id);
    expect(content.resources.map((r) => [r.title, r.byAffectedCommunity])).toEqual([
      ["Our Homes", true],
      ["Evicted", false],
    ]);
    const [voice] = content.voices;
    const [film, book] = content.resources;
    if (!voice || !film || !book) throw new Error("content missing");
    await saveResource(owner, id, book.id, {
      title: "Evicted (2016)",
      author: "Matthew Desmond",
      kind: "book",
      url: book.url,
    });
    await removeResource(owner, id, film.id);
    await removeVoice(owner, id, voice.id);
    const after = await listCampaignContent(owner, id);
    expect(after.resources.map((r) => r.title)).toEqual(["Evicted (2016)"]);
    expect(after.voices).toEqual([]);
  });
});

describe("authorization matrix", () => {
  it("refuses every builder action to a viewer (FORBIDDEN), another org's organizer and a supporter (NOT_FOUND), changing nothing", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Guarded" });
    await saveTemplate(owner, id, template);
    await addRuleTarget(owner, id, "house");
    await saveResource(owner, id, null, {
      title: "Evicted",
      author: "M. Desmond",
      kind: "book",
      url: "https://example.org/e",
    });
    await saveVoice(owner, id, null, {
      body: "We were evicted in a week.",
      attribution: "Maria",
      permissionNote: "Written, by email",
      permissionAt: "2026-03-03",
    });
    const [target] = await getDb()
      .select({ id: campaignTargets.id })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, id));
    const { resources, voices } = await listCampaignContent(owner, id);
    const resourceId = resources[0]?.id ?? "";
    const voiceId = voices[0]?.id ?? "";
    if (!target) throw new Error("no target");

    const actions: [string, (actor: SessionUser) => Promise<unknown>][] = [
      ["create", (a) => createCampaign(a, orgSlug, { title: "Sneaky" })],
      ["basics", (a) => updateCampaignBasics(a, id, { title: "Hacked", slug: "hacked", language: "en" })],
      ["rule target", (a) => addRuleTarget(a, id, "senators")],
      ["custom target", (a) => addCustomTarget(a, id, { name: "Evil", email: "evil@example.org" })],
      ["official target", (a) => addOfficialTarget(a, id, "D000096")],
      ["remove target", (a) => removeTarget(a, id, target.id)],
      ["template", (a) => saveTemplate(a, id, { ...template, subject: "Hacked" })],
      ["publish", (a) => publishCampaign(a, id)],
      ["congress topics", (a) => saveCwcSettings(a, id, { topics: ["Law"], stance: "con" })],
      ["close", (a) => closeCampaign(a, id)],
      [
        "resource",
        (a) =>
          saveResource(a, id, null, {
            title: "Spam",
            author: "Spam",
            kind: "book",
            url: "https://example.org/s",
          }),
      ],
      [
        "edit resource",
        (a) =>
          saveResource(a, id, resourceId, {
            title: "Spam",
            author: "Spam",
            kind: "book",
            url: "https://example.org/s",
          }),
      ],
      ["remove resource", (a) => removeResource(a, id, resourceId)],
      [
        "voice",
        (a) =>
          saveVoice(a, id, null, {
            body: "Fake quote here",
            attribution: "X",
            permissionNote: "none given",
            permissionAt: "2026-01-01",
          }),
      ],
      ["remove voice", (a) => removeVoice(a, id, voiceId)],
    ];
    const reads: [string, (actor: SessionUser) => Promise<unknown>][] = [
      ["edit page", (a) => getCampaignForEdit(a, id)],
      ["content", (a) => listCampaignContent(a, id)],
      ["preview", (a) => previewTemplateForZip(a, id, "60623")],
      ["org home", (a) => getOrganizationHome(a, orgSlug)],
    ];

    const before = await snapshot(id);
    const outcomes: Record<string, string> = {};
    for (const [who, actor] of [
      ["viewer", viewer],
      ["other org's organizer", otherOrganizer],
      ["supporter", supporter],
    ] as const) {
      for (const [name, act] of actions) outcomes[`${who}: ${name}`] = (await appErrorOf(act(actor))).code;
      if (who !== "viewer") {
        for (const [name, read] of reads)
          outcomes[`${who} reads ${name}`] = (await appErrorOf(read(actor))).code;
      }
    }
    for (const [key, code] of Object.entries(outcomes)) {
      expect([key, code]).toEqual([key, key.startsWith("viewer") ? "FORBIDDEN" : "NOT_FOUND"]);
    }
    expect(await snapshot(id)).toEqual(before);
    // The viewer reads everything.
    for (const [, read] of reads) await expect(read(viewer)).resolves.toBeTruthy();
    expect(
      await getDb()
        .select({ id: campaigns.id })
        .from(campaigns)
        .where(and(eq(campaigns.title, "Sneaky"))),
    ).toEqual([]);
  });
});
