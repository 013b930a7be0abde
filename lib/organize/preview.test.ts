/**
 * Campaign preview: draft → preview → published, the signed preview link (works only while in preview, cannot
 * be made up), and who may move a campaign in and out of preview.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { campaigns, memberships } from "@/db/schema";
import { appErrorOf, newPerson } from "@/db/testing/people";
import type { SessionUser } from "@/lib/auth";
import { seedLetterFixture } from "@/lib/letters/testing";
import {
  addRuleTarget,
  createCampaign,
  deleteDraftCampaign,
  getCampaignForEdit,
  publishCampaign,
  saveCwcSettings,
  saveTemplate,
} from "./campaigns";
import { saveResource, saveVoice } from "./content";
import { createOrganization } from "./organizations";
import {
  endPreview,
  findCampaignPreview,
  previewToken,
  previewUrlFor,
  readPreviewToken,
  startPreview,
  turnOffPreviewLink,
} from "./preview";

const statusOf = async (id: string) =>
  (await getDb().select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, id)))[0]?.status;

let owner: SessionUser;
let viewer: SessionUser;
let outsider: SessionUser;
let orgSlug = "";

beforeAll(async () => {
  await seedLetterFixture();
  owner = await newPerson("owner");
  viewer = await newPerson("viewer");
  outsider = await newPerson("outsider");
  ({ slug: orgSlug } = await createOrganization(owner, { name: `Preview Org ${Date.now().toString(36)}` }));
  const [org] = rowsOf<{ id: string }>(
    await getDb().execute(sql`select id from organizations where slug = ${orgSlug}`),
  );
  if (!org) throw new Error("no org");
  await getDb().insert(memberships).values({ userId: viewer.id, organizationId: org.id, role: "viewer" });
  await createOrganization(outsider, { name: `Outsider Org ${Date.now().toString(36)}` });
});

describe("preview tokens", () => {
  it("name the campaign and its link, and a changed or made-up token names nothing", () => {
    const token = previewToken("campaign-1", "link-1");
    expect(readPreviewToken(token)).toEqual({ campaignId: "campaign-1", linkId: "link-1" });
    const [payload, signature] = token.split(".");
    const other = Buffer.from("campaign-2:link-1").toString("base64url");
    expect(readPreviewToken(`${other}.${signature}`)).toBeNull();
    expect(
      readPreviewToken(`${payload}.${signature?.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`),
    ).toBeNull();
    expect(readPreviewToken(`${payload}`)).toBeNull();
    expect(readPreviewToken(`${token}.extra`)).toBeNull();
    expect(readPreviewToken("")).toBeNull();
  });
});

describe("draft → preview → published", () => {
  it("shows the campaign through the link only while it is in preview", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Fund the library" });
    await saveResource(owner, id, null, {
      title: "Stacked",
      author: "Branch users",
      kind: "article",
      url: "https://example.org/stacked",
      byAffectedCommunity: "on",
    });
    await saveVoice(owner, id, null, {
      body: "The library is where my kids do homework.",
      attribution: "Ana, parent",
      permissionNote: "Email of May 2",
      permissionAt: "2026-05-02",
    });
    const token = (await previewUrlFor(owner, id)).split("/preview/")[1] ?? "";
    expect(await findCampaignPreview(token)).toBeNull(); // a draft: the link does not work yet

    await startPreview(owner, id);
    expect(await statusOf(id)).toBe("preview");
    const preview = await findCampaignPreview(token);
    expect(preview?.campaign.title).toBe("Fund the library");
    expect(preview?.resources.map((r) => r.title)).toEqual(["Stacked"]);
    expect(preview?.voices.map((v) => v.attribution)).toEqual(["Ana, parent"]);
    expect(preview?.template).toBeNull();
    expect(await previewUrlFor(viewer, id)).toMatch(new RegExp(`/preview/${token.replace(".", "\\.")}$`));
    // A token for this campaign with another link id (as an old link would be) shows nothing.
    const { linkId } = readPreviewToken(token) ?? { linkId: "" };
    expect(await findCampaignPreview(previewToken(id, `${linkId}x`))).toBeNull();

    // Back to draft closes the link again; a second "back to draft" is refused, changing nothing.
    await endPreview(owner, id);
    expect(await findCampaignPreview(token)).toBeNull();
    expect((await appErrorOf(endPreview(owner, id))).code).toBe("INVALID_INPUT");

    // Preview again, then publish from preview: the public page takes over and the preview link stops.
    await startPreview(owner, id);
    expect((await appErrorOf(startPreview(owner, id))).code).toBe("INVALID_INPUT");
    await addRuleTarget(owner, id, "senators");
    await saveCwcSettings(owner, id, { topics: ["Education"] });
    await saveTemplate(owner, id, {
      subject: "Fund the library",
      parts: [{ id: "ask", text: "Please fund the branch library.", isLocked: true, order: "1" }],
    });
    const withLetter = await findCampaignPreview(token);
    expect(withLetter?.template?.parts.map((p) => p.text)).toEqual(["Please fund the branch library."]);
    expect(withLetter?.targets).toEqual(["The supporter's two U.S. senators"]);
    await publishCampaign(owner, id);
    expect(await statusOf(id)).toBe("published");
    expect(await findCampaignPreview(token)).toBeNull();
    expect((await appErrorOf(startPreview(owner, id))).code).toBe("INVALID_INPUT");
  });

  it("turns a preview link off: it stops working, a new one works, and the campaign stays in preview", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Shade trees" });
    await startPreview(owner, id);
    const first = (await previewUrlFor(owner, id)).split("/preview/")[1] ?? "";
    expect((await findCampaignPreview(first))?.campaign.title).toBe("Shade trees");

    expect((await appErrorOf(turnOffPreviewLink(viewer, id))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(turnOffPreviewLink(outsider, id))).code).toBe("NOT_FOUND");
    expect((await findCampaignPreview(first))?.campaign.title).toBe("Shade trees");

    await turnOffPreviewLink(owner, id);
    expect(await findCampaignPreview(first)).toBeNull();
    const second = (await previewUrlFor(viewer, id)).split("/preview/")[1] ?? "";
    expect(second).not.toBe(first);
    expect((await findCampaignPreview(second))?.campaign.title).toBe("Shade trees");
    expect(await statusOf(id)).toBe("preview");
  });

  it("lets only the organization's organizers move a campaign in or out of preview", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Crosswalks now" });
    expect((await appErrorOf(startPreview(viewer, id))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(startPreview(outsider, id))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(previewUrlFor(outsider, id))).code).toBe("NOT_FOUND");
    expect(await statusOf(id)).toBe("draft");
    await startPreview(owner, id);
    expect((await appErrorOf(endPreview(viewer, id))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(endPreview(outsider, id))).code).toBe("NOT_FOUND");
    expect(await statusOf(id)).toBe("preview");
    expect((await getCampaignForEdit(viewer, id)).status).toBe("preview");
  });

  it("deletes a preview that was never published", async () => {
    const { id } = await createCampaign(owner, orgSlug, { title: "Short-lived" });
    await startPreview(owner, id);
    await deleteDraftCampaign(owner, id);
    expect(await statusOf(id)).toBeUndefined();
  });
});
