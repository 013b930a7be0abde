import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { organizations, pledgeOptions, zipDistricts } from "@/db/schema";
import { describeError, errorText } from "@/lib/i18n/errors";
import { searchGroupDirectory } from "./directory";

const ZIPS = ["60601", "60623", "48201", "48207", "53202"];

async function group(values: Partial<typeof organizations.$inferInsert> & { slug: string; name: string }) {
  const [row] = await getDb()
    .insert(organizations)
    .values({ kind: "community_group", ...values })
    .returning({ id: organizations.id });
  if (!row) throw new Error("no group");
  return row.id;
}

const slugs = (result: { groups: { slug: string }[] }) => result.groups.map((g) => g.slug);

beforeAll(async () => {
  // The real ZIP → district pairs for the ZIP codes used here, from the bundled data.
  const file = JSON.parse(
    await readFile(path.join(process.cwd(), "db/data/zip-to-congressional-districts.json"), "utf8"),
  ) as { zips: Record<string, { state: string; district: number }[]> };
  await getDb()
    .insert(zipDistricts)
    .values(ZIPS.flatMap((zip) => (file.zips[zip] ?? []).map((d) => ({ zip, ...d }))));

  const chicago = await group({
    slug: "union-de-inquilinos",
    name: "Unión de Inquilinos",
    leadershipStatement: "Led by tenants.",
    description: "Building meetings and housing court accompaniment.",
    focusAreas: ["housing", "immigrant rights"],
    state: "IL",
    city: "Chicago",
    zip: "60623",
  });
  await group({
    slug: "eastside-pantry",
    name: "Eastside Pantry",
    description: "Groceries for neighbors.",
    focusAreas: ["food"],
    state: "MI",
    city: "Detroit",
    zip: "48207",
    // Works remotely too, but has a place: it sorts by distance.
    isRemote: true,
  });
  await group({
    slug: "anywhere-collective",
    name: "Anywhere Collective",
    focusAreas: ["disability justice", "housing"],
    isRemote: true,
  });
  await group({ slug: "aaa-no-place", name: "AAA No Place Yet", focusAreas: ["housing"] });
  // A state but no ZIP: placed at the state's middle.
  await group({ slug: "wisconsin-renters", name: "Wisconsin Renters", focusAreas: ["housing"], state: "WI" });
  // Not a community group: never listed.
  await group({ slug: "big-nonprofit", name: "Big Nonprofit", kind: "organization", zip: "60601" });

  const soon = new Date(Date.now() + 3 * 24 * 3_600_000);
  const past = new Date(Date.now() - 3 * 24 * 3_600_000);
  await getDb()
    .insert(pledgeOptions)
    .values([
      { organizationId: chicago, kind: "donation", title: "Give" },
      { organizationId: chicago, kind: "volunteer_shift", title: "Clinic", startsAt: soon, endsAt: soon },
      { organizationId: chicago, kind: "goods", title: "Closed", isOpen: false },
      { organizationId: chicago, kind: "volunteer_shift", title: "Over", startsAt: past, endsAt: past },
    ]);
});

describe("searchGroupDirectory", () => {
  it("lists every community group by name, with its open ways to help", async () => {
    const result = await searchGroupDirectory({});
    expect(slugs(result)).toEqual([
      "aaa-no-place",
      "anywhere-collective",
      "eastside-pantry",
      "union-de-inquilinos",
      "wisconsin-renters",
    ]);
    expect(result.total).toBe(5);
    expect(result.zip).toEqual({ status: "none" });
    expect(result.focusAreas).toEqual(["disability justice", "food", "housing", "immigrant rights"]);
    const union = result.groups.find((g) => g.slug === "union-de-inquilinos");
    expect(union?.openOptions).toBe(2);
    expect(result.groups.find((g) => g.slug === "eastside-pantry")?.openOptions).toBe(0);
  });

  it("finds words in names, descriptions and focus areas, ignoring case and accents", async () => {
    expect(slugs(await searchGroupDirectory({ q: "UNION inquilinos" }))).toEqual(["union-de-inquilinos"]);
    expect(slugs(await searchGroupDirectory({ q: "unión" }))).toEqual(["union-de-inquilinos"]);
    expect(slugs(await searchGroupDirectory({ q: "groceries" }))).toEqual(["eastside-pantry"]);
    expect(slugs(await searchGroupDirectory({ q: "immigrant" }))).toEqual(["union-de-inquilinos"]);
    expect(slugs(await searchGroupDirectory({ q: "housing court" }))).toEqual(["union-de-inquilinos"]);
    expect(slugs(await searchGroupDirectory({ q: "nothing like this" }))).toEqual([]);
  });

  it("filters by focus area", async () => {
    expect(slugs(await searchGroupDirectory({ focus: "food" }))).toEqual(["eastside-pantry"]);
    expect(slugs(await searchGroupDirectory({ focus: "Disability Justice" }))).toEqual([
      "anywhere-collective",
    ]);
    expect(slugs(await searchGroupDirectory({ focus: "housing", q: "tenants" }))).toEqual([
      "union-de-inquilinos",
    ]);
  });

  it("puts the Chicago group before the Detroit group for a Chicago ZIP, then remote groups, then no place", async () => {
    const result = await searchGroupDirectory({ zip: " 60601 " });
    expect(result.zip).toEqual({ status: "sorted", zip: "60601" });
    expect(slugs(result)).toEqual([
      "union-de-inquilinos",
      "wisconsin-renters",
      "eastside-pantry",
      "anywhere-collective",
      "aaa-no-place",
    ]);
    const [chicago, , detroit, remote, none] = result.groups;
    // Same or neighbouring districts: a few miles apart at most.
    expect(chicago?.distanceMiles).toBeLessThan(15);
    expect(detroit?.distanceMiles).toBeGreaterThan(200);
    expect(remote?.distanceMiles).toBeNull();
    expect(none?.distanceMiles).toBeNull();
  });

  it("puts the Detroit group first for a Detroit ZIP", async () => {
    const result = await searchGroupDirectory({ zip: "48201", focus: "housing" });
    expect(slugs(await searchGroupDirectory({ zip: "48201" }))[0]).toBe("eastside-pantry");
    // The focus filter still applies: Detroit's pantry is not a housing group.
    expect(slugs(result)).toEqual([
      "union-de-inquilinos",
      "wisconsin-renters",
      "anywhere-collective",
      "aaa-no-place",
    ]);
  });

  it("says a malformed ZIP is not a ZIP and keeps the usual order", async () => {
    const result = await searchGroupDirectory({ zip: "6062" });
    expect(result.zip).toMatchObject({ status: "invalid", message: errorText.groups.zipCode5DigitsLike });
    expect(describeError(errorText.groups.zipCode5DigitsLike, "en")).toBe(
      "A ZIP code is 5 digits, like 60623.",
    );
    expect(slugs(result)[0]).toBe("aaa-no-place");
    expect(result.groups).toHaveLength(5);
  });

  it("kindly says when it can't place a ZIP, and keeps the usual order", async () => {
    const result = await searchGroupDirectory({ zip: "00000" });
    expect(result.zip).toMatchObject({ status: "unknown", zip: "00000" });
    expect(result.zip.status === "unknown" && describeError(result.zip.message, "en")).toContain(
      "couldn't place ZIP code 00000",
    );
    expect(slugs(result)[0]).toBe("aaa-no-place");
    expect(result.groups.every((g) => g.distanceMiles === null)).toBe(true);
  });
});
