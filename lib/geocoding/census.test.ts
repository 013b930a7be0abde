import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeGeocoder, startFakeGeocoder } from "@/e2e/fakes/fake-geocoder";
import { createCensusGeocoder } from "./census";
import { type Geocoder, GeocoderUnavailableError } from "./geocoder";
import { geocoderFromConfig, getGeocoder } from "./index";

let fake: FakeGeocoder;
let geocoder: Geocoder;

beforeAll(async () => {
  fake = await startFakeGeocoder();
  // Generous: these tests are about answers, not speed; the timeout test makes its own geocoder.
  geocoder = createCensusGeocoder({ baseUrl: fake.baseUrl, timeoutMs: 5000 });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

async function failure(promise: Promise<unknown>): Promise<GeocoderUnavailableError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GeocoderUnavailableError);
  return error as GeocoderUnavailableError;
}

describe("Census geocoder adapter", () => {
  it("turns a matched address into its state and districts", async () => {
    const result = await geocoder.geocodeAddress({
      street: "1225 Cedar Lane",
      city: "Northbrook",
      state: "IL",
      zip: "60062",
    });

    expect(result).toEqual({
      status: "matched",
      matchedAddress: "1225 CEDAR LN, NORTHBROOK, IL, 60062",
      coordinates: { lat: 42.127498, lon: -87.829036 },
      state: "IL",
      congressionalDistrict: 9,
      stateUpper: "9",
      stateLower: "17",
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.path).toBe("/geocoder/geographies/address");
    expect(fake.requests[0]?.query).toMatchObject({
      street: "1225 Cedar Lane",
      city: "Northbrook",
      state: "IL",
      zip: "60062",
      benchmark: "Public_AR_Current",
      vintage: "Current_Current",
      layers: "54,56,58",
      format: "json",
    });
  });

  it("codes an at-large state as district 0 and passes named legislative districts through", async () => {
    const result = await geocoder.geocodeAddress({ street: "149 Church St", zip: "05401" });

    expect(result).toMatchObject({
      status: "matched",
      state: "VT",
      congressionalDistrict: 0,
      stateUpper: "Chittenden Central",
      stateLower: "Chittenden-15",
    });
  });

  it("codes a delegate seat (Census 98) as district 0, with no state legislative districts", async () => {
    const result = await geocoder.geocodeAddress({
      street: "1600 Pennsylvania Avenue NW",
      city: "Washington",
      state: "DC",
    });

    expect(result).toMatchObject({
      status: "matched",
      state: "DC",
      congressionalDistrict: 0,
      stateUpper: null,
      stateLower: null,
    });
  });

  it("gives no congressional district where Census has none (ZZ)", async () => {
    fake.addAddress({
      street: "1 Harbor Light",
      city: "Chicago",
      state: "IL",
      zip: "60601",
      x: -87.6,
      y: 41.88,
      stateFips: "17",
      congressional: "ZZ",
      upper: { code: "ZZZ", basename: "ZZZ", name: "State Senate Districts not defined" },
    });

    const result = await geocoder.geocodeAddress({ street: "1 Harbor Light", zip: "60601" });

    expect(result).toMatchObject({
      status: "matched",
      state: "IL",
      congressionalDistrict: null,
      stateUpper: null,
      stateLower: null,
    });
  });

  it("answers no_match for an address the geocoder does not know", async () => {
    const result = await geocoder.geocodeAddress({ street: "999 Nowhere Rd", zip: "60062" });

    expect(result).toEqual({ status: "no_match" });
    expect(fake.requests[0]?.matches).toBe(0);
  });

  it("answers no_match when the matches disagree, rather than guessing", async () => {
    expect(await geocoder.geocodeAddress({ street: "100 Main St", city: "Springfield" })).toEqual({
      status: "no_match",
    });
    expect(fake.requests[0]?.matches).toBe(2);

    expect(
      await geocoder.geocodeAddress({ street: "100 Main St", city: "Springfield", state: "IL" }),
    ).toMatchObject({ status: "matched", state: "IL", congressionalDistrict: 13 });
  });

  it("answers no_match for a blank street without asking the geocoder", async () => {
    expect(await geocoder.geocodeAddress({ street: "   ", zip: "60062" })).toEqual({ status: "no_match" });
    expect(fake.requests).toHaveLength(0);
  });

  it("throws GeocoderUnavailableError on a server error", async () => {
    fake.failNext({ kind: "status", status: 500 });

    const error = await failure(geocoder.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }));

    expect(error.reason).toBe("http");
    expect(error.message).toBe("Census geocoder answered HTTP 500");
  });

  it("throws GeocoderUnavailableError when the base URL is wrong (404)", async () => {
    const misconfigured = createCensusGeocoder({ baseUrl: `${fake.url}/wrong`, timeoutMs: 5000 });

    const error = await failure(misconfigured.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }));

    expect(error.reason).toBe("http");
  });

  // The test's own limit (5 s) is what fails it if the adapter waits forever on the hung request.
  it("gives up on a geocoder that never answers, after its timeout", { timeout: 5000 }, async () => {
    const impatient = createCensusGeocoder({ baseUrl: fake.baseUrl, timeoutMs: 300 });
    fake.failNext({ kind: "hang" });

    const error = await failure(impatient.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }));

    expect(error.reason).toBe("timeout");
    expect(error.message).toBe("Census geocoder did not answer within 300 ms");
    expect(fake.requests[0]?.status).toBe("hung");
  });

  it("throws GeocoderUnavailableError on a body that is not JSON", async () => {
    fake.failNext({ kind: "malformed" });

    const error = await failure(geocoder.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }));

    expect(error.reason).toBe("malformed");
  });

  it("throws GeocoderUnavailableError on JSON of the wrong shape", async () => {
    fake.failNext({ kind: "malformed", body: JSON.stringify({ result: { addressMatches: [{ x: 1 }] } }) });

    const error = await failure(geocoder.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }));

    expect(error.reason).toBe("malformed");
    expect(error.message).toContain("result.addressMatches.0.matchedAddress");
    expect(error.message).not.toContain("\n");
  });

  it("throws GeocoderUnavailableError when nothing listens at the address", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = createCensusGeocoder({
      baseUrl: `http://127.0.0.1:${port}/geocoder`,
      timeoutMs: 5000,
    });

    const error = await failure(unreachable.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }));

    expect(error.reason).toBe("network");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("leaves a caller's own abort to the caller", async () => {
    const controller = new AbortController();
    const reason = new Error("the person left the page");
    controller.abort(reason);

    await expect(
      geocoder.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" }, { signal: controller.signal }),
    ).rejects.toBe(reason);
  });
});

describe("geocoderFromConfig", () => {
  it("is null without a base URL: the geocoder is optional", () => {
    expect(geocoderFromConfig({})).toBeNull();
    expect(geocoderFromConfig({ timeoutMs: 1000 })).toBeNull();
  });

  it("builds a working geocoder from a base URL (trailing slash allowed)", async () => {
    const configured = geocoderFromConfig({ baseUrl: `${fake.baseUrl}/` });

    expect(await configured?.geocodeAddress({ street: "1225 Cedar Ln", zip: "60062" })).toMatchObject({
      status: "matched",
      congressionalDistrict: 9,
    });
  });

  it("is off in tests unless a test turns it on", () => {
    expect(getGeocoder()).toBeNull();
  });
});
