import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaignResources, campaigns, campaignVoices } from "@/db/schema";
import { seedLetterFixture } from "@/lib/letters/testing";
import { listPublicResources, listPublicVoices } from "./content";

let demoId = "";
let organizationId = "";

async function campaign(slug: string, status: "draft" | "published" | "closed") {
  const [row] = await getDb()
    .insert(campaigns)
    .values({ organizationId, slug, status, title: `Campaign ${slug}` })
    .returning({ id: campaigns.id });
  if (!row) throw new Error("no campaign");
  return row.id;
}

const resource = (campaignId: string, title: string, position: number, byAffectedCommunity: boolean) => ({
  campaignId,
  title,
  author: `Author of ${title}`,
  kind: "book" as const,
  url: `https://example.org/${position}`,
  byAffectedCommunity,
  position,
});

const voice = (campaignId: string, body: string, permissionNote: string, position: number) => ({
  campaignId,
  body,
  attribution: "A neighbor",
  permissionNote,
  permissionAt: new Date("2026-03-03T18:00:00Z"),
  position,
});

beforeAll(async () => {
  await seedLetterFixture();
  const [demo] = await getDb()
    .select({ id: campaigns.id, organizationId: campaigns.organizationId })
    .from(campaigns)
    .where(eq(campaigns.slug, "demo"));
  demoId = demo?.id ?? "";
  organizationId = demo?.organizationId ?? "";
});

describe("a campaign's resources", () => {
  it("lists the demo's, the community author's first", async () => {
    const rows = await listPublicResources(demoId);
    expect(rows.map((r) => [r.kind, r.byAffectedCommunity])).toEqual([
      ["book", true],
      ["article", false],
    ]);
    expect(rows[0]?.author).toContain("Rosa Delgado");
  });

  it("puts resources by the affected community first, then keeps the organizer's order", async () => {
    const id = await campaign("learn-order", "published");
    await getDb()
      .insert(campaignResources)
      .values([
        resource(id, "General first", 0, false),
        resource(id, "Community second", 1, true),
        resource(id, "General third", 2, false),
        resource(id, "Community fourth", 3, true),
      ]);
    expect((await listPublicResources(id)).map((r) => r.title)).toEqual([
      "Community second",
      "Community fourth",
      "General first",
      "General third",
    ]);
  });

  it("shows a closed campaign's, and nothing of a draft's", async () => {
    const closed = await campaign("learn-closed", "closed");
    const draft = await campaign("learn-draft", "draft");
    await getDb()
      .insert(campaignResources)
      .values([resource(closed, "Still here", 0, false), resource(draft, "Not yet", 0, true)]);
    expect((await listPublicResources(closed)).map((r) => r.title)).toEqual(["Still here"]);
    expect(await listPublicResources(draft)).toEqual([]);
  });
});

describe("a campaign's voices", () => {
  it("lists the demo's voice without its permission note", async () => {
    const rows = await listPublicVoices(demoId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.attribution).toBe("Maria, tenant in Pilsen");
    expect(Object.keys(rows[0] ?? {})).not.toContain("permissionNote");
  });

  it("publishes only voices with a permission note, in the organizer's order", async () => {
    const id = await campaign("voices-order", "published");
    await getDb()
      .insert(campaignVoices)
      .values([
        voice(id, "Second, with permission", "Signed form, May 2", 1),
        voice(id, "Never shown: blank permission", "   ", 0),
        voice(id, "First, with permission", "Verbal, at the March 3 meeting", 0),
      ]);
    expect((await listPublicVoices(id)).map((v) => v.body)).toEqual([
      "First, with permission",
      "Second, with permission",
    ]);
  });

  it("shows nothing of a draft campaign's voices", async () => {
    const draft = await campaign("voices-draft", "draft");
    await getDb()
      .insert(campaignVoices)
      .values(voice(draft, "Not yet", "Signed form", 0));
    expect(await listPublicVoices(draft)).toEqual([]);
  });
});
