/** The words people see about pledges: places left, totals, honest statuses, and "My pledges" order. */
import { describe, expect, it } from "vitest";
import {
  amountText,
  availabilityText,
  hoursText,
  type PledgeForStatus,
  pledgeStatusText,
  safeHttpUrl,
  splitMyPledges,
  totalsText,
} from "./present";

const now = new Date("2026-12-01T15:00:00Z");
const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe("availabilityText", () => {
  it("counts the places left of a shift and says Full when none are", () => {
    expect(availabilityText({ kind: "volunteer_shift", capacity: 8, remaining: 5 })).toEqual({
      state: "open",
      text: "5 of 8 places left",
    });
    expect(availabilityText({ kind: "volunteer_shift", capacity: 1, remaining: 1 }).text).toBe(
      "1 of 1 place left",
    );
    expect(availabilityText({ kind: "volunteer_shift", capacity: 8, remaining: 0 })).toEqual({
      state: "full",
      text: "Full",
    });
  });

  it("names the goods still needed, keeping capitals that matter", () => {
    expect(availabilityText({ kind: "goods", capacity: 40, remaining: 12, item: "Winter coats" }).text).toBe(
      "12 winter coats still needed",
    );
    expect(availabilityText({ kind: "goods", capacity: 40, remaining: 3, item: "N95 masks" }).text).toBe(
      "3 N95 masks still needed",
    );
    expect(availabilityText({ kind: "goods", capacity: 40, remaining: 0, item: "Winter coats" }).state).toBe(
      "full",
    );
  });

  it("shows no count when there is no limit", () => {
    expect(availabilityText({ kind: "skills", capacity: null, remaining: null })).toEqual({
      state: "open",
      text: null,
    });
  });
});

describe("totalsText", () => {
  it("reads like a sentence and leaves out what nobody has pledged", () => {
    expect(totalsText({ volunteers: 14, hours: 38, cents: 125_000, items: 0 })).toBe(
      "14 volunteers · 38 hours · $1,250 pledged",
    );
    expect(totalsText({ volunteers: 1, hours: 1, cents: 0, items: 2 })).toBe(
      "1 volunteer · 1 hour · 2 items",
    );
    expect(totalsText({ volunteers: 0, hours: 0, cents: 2550, items: 0 })).toBe("$25.50 pledged");
    expect(totalsText({ volunteers: 0, hours: 0, cents: 0, items: 0 })).toBeNull();
  });

  it("rounds hours to a tenth", () => {
    expect(hoursText(2.25)).toBe("2.3 hours");
  });
});

const base: PledgeForStatus = {
  status: "pledged",
  kind: "volunteer_shift",
  startsAt: hoursFromNow(24),
  endsAt: hoursFromNow(27),
  amountCents: null,
  frequency: null,
};

describe("pledgeStatusText", () => {
  it("never says a donation was given until the supporter says so", () => {
    const gift = { ...base, kind: "donation" as const, startsAt: null, endsAt: null, amountCents: 2500 };
    expect(pledgeStatusText(gift, now).label).toMatch(/not given yet/);
    expect(pledgeStatusText({ ...gift, status: "done" }, now).label).toBe("You told us you gave. Thank you!");
  });

  it("tells a coming shift from a past one and a cancelled one", () => {
    expect(pledgeStatusText(base, now).label).toBe("You're signed up");
    expect(
      pledgeStatusText({ ...base, startsAt: hoursFromNow(-5), endsAt: hoursFromNow(-2) }, now).label,
    ).toBe("This shift has passed");
    expect(pledgeStatusText({ ...base, status: "cancelled" }, now).label).toBe("You cancelled this");
    expect(pledgeStatusText({ ...base, status: "missed" }, now).tone).toBe("ended");
  });

  it("says how often a gift repeats", () => {
    expect(amountText(2500, "one_time")).toBe("$25 once");
    expect(amountText(1000, "monthly")).toBe("$10 a month");
  });
});

describe("splitMyPledges", () => {
  it("puts standing pledges first, soonest shift first, and finished ones after, latest first", () => {
    const at = (hours: number) => hoursFromNow(hours);
    const rows = [
      { ...base, id: "gift", kind: "donation" as const, startsAt: null, endsAt: null, createdAt: at(-48) },
      { ...base, id: "later-shift", startsAt: at(72), endsAt: at(75), createdAt: at(-1) },
      { ...base, id: "soon-shift", startsAt: at(2), endsAt: at(5), createdAt: at(-1) },
      { ...base, id: "past-shift", startsAt: at(-30), endsAt: at(-27), createdAt: at(-100) },
      { ...base, id: "cancelled", status: "cancelled" as const, createdAt: at(-3) },
      { ...base, id: "new-gift", kind: "donation" as const, startsAt: null, endsAt: null, createdAt: at(-2) },
    ];
    const { ahead, finished } = splitMyPledges(rows, now);
    expect(ahead.map((row) => row.id)).toEqual(["soon-shift", "later-shift", "new-gift", "gift"]);
    expect(finished.map((row) => row.id)).toEqual(["cancelled", "past-shift"]);
  });
});

describe("safeHttpUrl", () => {
  it("keeps web links and drops anything a browser would run or cannot open", () => {
    expect(safeHttpUrl("https://example.org/give")).toBe("https://example.org/give");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe("in Spanish", () => {
  it("counts places, goods and totals in Spanish, keeping what the group typed", () => {
    expect(availabilityText({ kind: "volunteer_shift", capacity: 8, remaining: 5 }, "es").text).toBe(
      "Quedan 5 de 8 lugares",
    );
    expect(availabilityText({ kind: "volunteer_shift", capacity: 8, remaining: 0 }, "es").text).toBe("Lleno");
    expect(
      availabilityText({ kind: "goods", capacity: 40, remaining: 12, item: "Winter coats" }, "es").text,
    ).toBe("Aún se necesitan 12: Winter coats");
    expect(hoursText(1, "es")).toBe("1 hora");
    expect(totalsText({ volunteers: 1400, hours: 38, items: 1, cents: 125_000 }, "es")).toBe(
      "1,400 voluntarios · 38 horas · 1 artículo · $1,250 comprometidos",
    );
  });

  it("says statuses and amounts in Spanish, and English stays the default", () => {
    const gift: PledgeForStatus = {
      status: "pledged",
      kind: "donation",
      startsAt: null,
      endsAt: null,
      amountCents: 1000,
      frequency: "monthly",
    };
    expect(pledgeStatusText(gift, now, "es").label).toBe(
      "Comprometido, aún sin donar: dona en la página del grupo y luego avísanos",
    );
    expect(amountText(1000, "monthly", "es")).toBe("$10 al mes");
    expect(amountText(2550, "one_time", "es")).toBe("$25.50 una vez");
    expect(amountText(1000, "monthly")).toBe("$10 a month");
    expect(totalsText({ volunteers: 1, hours: 0, items: 0, cents: 0 })).toBe("1 volunteer");
  });
});
