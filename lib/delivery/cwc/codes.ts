/**
 * CWC's identifiers that Chorus derives: member office codes and bill type abbreviations
 * (../shared/CWC-NOTES.md, sections 2 and 3). Pure.
 */

export type CwcChamber = "house" | "senate";

/**
 * The CWC states' USPS codes whose office code differs: American Samoa's House office is HAQ00, not HAS00
 * (seen in the House's own office list by a vendor in 2026). The constituent's StateAbbreviation stays AS.
 */
const OFFICE_STATE: Record<string, string> = { AS: "AQ" };

/** What an official's row gives us: the seat (and, for senators, the class from the source record). */
export type CwcSeat = {
  level: string;
  chamber: string | null;
  state: string;
  district: number | null;
  /** congress-legislators' `senate_class` (1, 2 or 3), kept in officials.raw. */
  senateClass?: unknown;
};

/** Which CWC chamber takes a federal official's mail (null for anyone else). */
export function cwcChamberOf(seat: Pick<CwcSeat, "level" | "chamber">): CwcChamber | null {
  if (seat.level !== "federal") return null;
  return seat.chamber === "house" || seat.chamber === "senate" ? seat.chamber : null;
}

/**
 * House: H + state + two-digit district (at-large seats and delegates are district 0 → 00; American Samoa is
 * HAQ00). Senate: S + state + 0 + the seat's class (Padilla, class 3 → SCA03): the code belongs to the seat.
 * Null when the seat does not give a code (a senator without a known class, a district out of range).
 */
export function cwcOfficeCode(seat: CwcSeat): string | null {
  const chamber = cwcChamberOf(seat);
  if (!chamber || !/^[A-Z]{2}$/.test(seat.state)) return null;
  const state = OFFICE_STATE[seat.state] ?? seat.state;
  if (chamber === "house") {
    const district = seat.district;
    if (district === null || !Number.isInteger(district) || district < 0 || district > 99) return null;
    return `H${state}${String(district).padStart(2, "0")}`;
  }
  const senateClass = Number(seat.senateClass);
  if (![1, 2, 3].includes(senateClass)) return null;
  return `S${state}0${senateClass}`;
}

/** The chamber an office code belongs to. */
export function chamberOfOfficeCode(code: string): CwcChamber | null {
  if (/^H[A-Z]{2}\d{2}$/.test(code)) return "house";
  if (/^S[A-Z]{2}0[123]$/.test(code)) return "senate";
  return null;
}

/** The current Congress, for a message's BillCongress (the 119th sits 2025-01-03 to 2027-01-03). */
export const CURRENT_CONGRESS = 119;

export type BillType =
  | "hr"
  | "hres"
  | "hjres"
  | "hconres"
  | "hamdt"
  | "s"
  | "sres"
  | "sjres"
  | "sconres"
  | "samdt";

/**
 * BillTypeAbbreviation per chamber: one table, because its casing is NOT settled. The House's sample XML and a
 * 2026 probe of the House's /v2/validate use lowercase ("hr"); the Senate's schema (as a vendor quotes it)
 * uses "H.R.", "H.Con.Res" (no trailing dot, as quoted) and so on. Check both against each chamber's validator
 * once approved, and change only this table.
 */
export const BILL_TYPE_ABBREVIATIONS: Record<CwcChamber, Record<BillType, string>> = {
  house: {
    hr: "hr",
    hres: "hres",
    hjres: "hjres",
    hconres: "hconres",
    hamdt: "hamdt",
    s: "s",
    sres: "sres",
    sjres: "sjres",
    sconres: "sconres",
    samdt: "samdt",
  },
  senate: {
    hr: "H.R.",
    hres: "H.Res.",
    hjres: "H.J.Res.",
    hconres: "H.Con.Res",
    hamdt: "H.Amdt.",
    s: "S.",
    sres: "S.Res.",
    sjres: "S.J.Res.",
    sconres: "S.Con.Res.",
    samdt: "S.Amdt.",
  },
};

export function billTypeAbbreviation(chamber: CwcChamber, type: BillType): string {
  return BILL_TYPE_ABBREVIATIONS[chamber][type];
}

/**
 * A federal bill's number as organizers write it ("H.R. 1234", "HR1234", "S. 56", "H.J.Res. 7", "S.Con.Res.3")
 * → its type and number; null when it is not recognisably a federal bill.
 */
export function parseFederalBill(text: string): { type: BillType; number: number } | null {
  const compact = text.toLowerCase().replace(/[\s.]+/g, "");
  const match = compact.match(/^(hr|hres|hjres|hconres|hamdt|s|sres|sjres|sconres|samdt)(\d{1,5})$/);
  if (!match?.[1] || !match[2]) return null;
  const number = Number(match[2]);
  if (number <= 0) return null;
  return { type: match[1] as BillType, number };
}

/**
 * Where MoreInfo (a URL) would go in the message: the notes' sources disagree (last, after
 * ConstituentMessage, in the House sample and EFF's builder; after ProOrCon in one 2026 vendor's schema).
 * Chorus does not emit MoreInfo at all (nothing requires it); if it ever does, this one constant decides
 * where, and the RelaxNG schema in this folder must follow.
 */
export const MORE_INFO_POSITION: "after-constituent-message" | "after-pro-or-con" =
  "after-constituent-message";
