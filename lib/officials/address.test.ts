import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { officials } from "@/db/schema";
import { type FakeGeocoder, startFakeGeocoder } from "@/e2e/fakes/fake-geocoder";
import { reloadEnv } from "@/lib/env";
import { errorText } from "@/lib/i18n/errors";
import { seedLetterFixture } from "@/lib/letters/testing";
import { canLookUpAddress, findOfficialsByAddress } from "./address";

let fake: FakeGeocoder;

beforeAll(async () => {
  await seedLetterFixture();
  await getDb().insert(officials).values({
    id: "ocd-person/il-upper-9",
    level: "state",
    chamber: "upper",
    state: "IL",
    districtLabel: "9",
    name: "Laura Fine",
    email: "senatorfine@example.org",
    raw: {},
    sourceHash: "x",
  });
  fake = await startFakeGeocoder();
  process.env.GEOCODER_URL = fake.baseUrl;
  // Generous: these tests are about answers, not waiting (census.test.ts tries the timeout); 300 ms failed on a busy machine.
  process.env.GEOCODER_TIMEOUT_MS = "10000";
  reloadEnv();
});

afterAll(async () => {
  delete process.env.GEOCODER_URL;
  delete process.env.GEOCODER_TIMEOUT_MS;
  reloadEnv();
  await fake.close();
});

describe("findOfficialsByAddress", () => {
  it("narrows a split ZIP to one district, with the state legislators", async () => {
    expect(canLookUpAddress()).toBe(true);
    const result = await findOfficialsByAddress({
      zip: "60062",
      street: "1225 Cedar Ln",
      city: "Northbrook",
    });
    expect(result.ambiguous).toBe(false);
    expect(result.districts).toEqual([{ state: "IL", district: 9 }]);
    expect(result.officials.map((o) => o.name).sort()).toEqual([
      "Janice D. Schakowsky",
      "Richard J. Durbin",
      "Tammy Duckworth",
    ]);
    expect(result.officials.filter((o) => o.chamber === "house").map((o) => o.name)).toEqual([
      "Janice D. Schakowsky",
    ]);
    expect(result.stateLegislators.map((o) => [o.name, o.channels.email])).toEqual([
      ["Laura Fine", "senatorfine@example.org"],
    ]);
  });

  it("says so, kindly, for an address it cannot place in the ZIP", async () => {
    await expect(findOfficialsByAddress({ zip: "60062", street: "1 Nowhere Rd" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { street: [errorText.officials.couldntFindAddressZipCode] },
    });
  });

  it("falls back to choosing when the geocoder is down", async () => {
    fake.failNext({ kind: "status", status: 500 });
    await expect(findOfficialsByAddress({ zip: "60062", street: "1225 Cedar Ln" })).rejects.toMatchObject({
      code: "UNAVAILABLE",
    });
  });

  it("rejects a malformed address before asking anyone", async () => {
    const before = fake.requests.length;
    await expect(findOfficialsByAddress({ zip: "60062", street: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(fake.requests.length).toBe(before);
  });
});
