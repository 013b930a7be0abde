/** Which channel a member of Congress gets, given the CWC reach: pure, no database. */
import { describe, expect, it } from "vitest";
import { chooseChannel } from "@/lib/delivery/channels";
import type { OfficialSummary } from "@/lib/officials/present";
import { cwcDetailsNeeded } from "./reach";
import { maintenanceUntil } from "./windows";

const official = (
  id: string,
  chamber: "house" | "senate",
  overrides: Partial<OfficialSummary> = {},
): OfficialSummary => ({
  id,
  name: `Official ${id}`,
  title: chamber === "house" ? "U.S. Representative" : "U.S. Senator",
  level: "federal",
  chamber,
  state: "IL",
  district: chamber === "house" ? 7 : null,
  districtLabel: null,
  party: "Democrat",
  termEnd: null,
  website: `https://${id}.example.gov`,
  channels: { contactForm: `https://${id}.example.gov/contact` },
  vacant: false,
  ...overrides,
});

const reach = new Map([
  ["rep", { chamber: "house" as const, officeCode: "HIL07" }],
  ["sen", { chamber: "senate" as const, officeCode: "SIL02" }],
]);

describe("chooseChannel with CWC", () => {
  it("chooses cwc before the contact form for a reachable office, keeping the form for a later hand-off", () => {
    expect(chooseChannel(official("rep", "house"), { cwc: reach })).toEqual({
      channel: "cwc",
      email: null,
      contactFormUrl: "https://rep.example.gov/contact",
    });
    expect(chooseChannel(official("sen", "senate"), { cwc: reach, prefix: "Dr." })?.channel).toBe("cwc");
  });

  it("keeps the hand-off without a reach (no key, not listed, halted) and for a Senate letter without a prefix", () => {
    expect(chooseChannel(official("rep", "house"))?.channel).toBe("contact_form");
    expect(chooseChannel(official("other", "house"), { cwc: reach })?.channel).toBe("contact_form");
    expect(chooseChannel(official("sen", "senate"), { cwc: reach, prefix: "none" })?.channel).toBe(
      "contact_form",
    );
    // The House takes a letter whose writer chose no prefix.
    expect(chooseChannel(official("rep", "house"), { cwc: reach, prefix: "none" })?.channel).toBe("cwc");
  });

  it("an official with an email address keeps email (custom and state targets are untouched)", () => {
    const withEmail = official("rep", "house", { channels: { email: "rep@example.gov" } });
    expect(chooseChannel(withEmail, { cwc: reach })?.channel).toBe("email");
  });

  it("tells the form to ask for the address and prefix only when a letter goes through CWC, naming the senators", () => {
    expect(cwcDetailsNeeded([official("rep", "house"), official("sen", "senate")], reach)).toEqual({
      ask: true,
      senateNames: ["Official sen"],
    });
    expect(cwcDetailsNeeded([official("other", "house")], reach)).toEqual({ ask: false, senateNames: [] });
    expect(cwcDetailsNeeded([official("rep", "house", { vacant: true })], reach).ask).toBe(false);
  });
});

describe("maintenanceUntil", () => {
  it("knows each chamber's windows in Washington's time", () => {
    // Tuesday 03:00 EST: the House's daily window, not the Senate's.
    const tuesday = new Date("2026-12-08T08:00:00Z");
    expect(maintenanceUntil("house", tuesday)?.toISOString()).toBe("2026-12-08T11:01:00.000Z");
    expect(maintenanceUntil("senate", tuesday)).toBeNull();
    // Tuesday 07:00 EST: both open.
    expect(maintenanceUntil("house", new Date("2026-12-08T12:00:00Z"))).toBeNull();
    // Wednesday 05:30 EST: the Senate's, until 07:00.
    expect(maintenanceUntil("senate", new Date("2026-12-09T10:30:00Z"))?.toISOString()).toBe(
      "2026-12-09T12:01:00.000Z",
    );
    // Summer time: Sunday 05:59 EDT is still inside the Senate's Sunday window.
    expect(maintenanceUntil("senate", new Date("2026-07-05T09:59:00Z"))?.toISOString()).toBe(
      "2026-07-05T10:01:00.000Z",
    );
  });
});
