/**
 * The numbers to call for one official: their Washington office (members of Congress) or capitol office (state
 * legislators), and the district office nearest the caller. Pure: the official's published record in, numbers
 * out, each with whether the office is likely open at `now` in its own time zone.
 *
 * "Nearest" is measured from where the ZIP code roughly is: Chorus bundles no ZIP coordinates, so a ZIP is placed
 * at the centroid of its congressional district(s) (lib/groups/places.ts, from the coarse district shapes). Good
 * enough to pick the Springfield office over the Chicago one; never a street-level distance. Without a place (or
 * offices without coordinates) the first district office in the official's state is given.
 */
import { z } from "zod";
import { stateTimeZone } from "@/lib/delivery/office-hours";
import { distanceMiles, type Point } from "@/lib/groups/places";
import type { Locale } from "@/lib/i18n/locale";
import { callWords } from "./messages";
import { isOpenNow, type OfficeHours, officeHours } from "./open-now";

export type CallNumber = {
  /** "Washington office", "District office, Chicago", in the caller's language. */
  label: string;
  kind: "washington" | "capitol" | "district";
  phone: string;
  /** Likely open now in the office's time zone; null when its published hours can't be read. */
  openNow: boolean | null;
  /** What `openNow` rests on, in words: the published hours, or the assumed 9 to 5. */
  hours: string;
  hoursSource: OfficeHours["source"];
  timeZone: string;
  /** For the script's {{office.city}}: the office's city ("Washington" for the Capitol Hill office). */
  city: string;
};

const districtOffice = z.looseObject({
  city: z.string().optional(),
  state: z.string().optional(),
  phone: z.string().optional(),
  hours: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});
const rawRecord = z.looseObject({
  district_offices: z.array(z.unknown()).optional(),
  offices: z.array(z.unknown()).optional(),
});
const stateOffice = z.looseObject({
  type: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
});

export type CallableOfficial = {
  level: string;
  state: string;
  /** The official's main number (Washington for Congress, the capitol office's for states). */
  phone: string | null;
  /** The published record (officials.raw). */
  raw: unknown;
};

function toNumber(
  kind: CallNumber["kind"],
  label: string,
  phone: string,
  city: string,
  hours: OfficeHours,
  now: Date,
  locale: Locale,
): CallNumber {
  const words = callWords[locale].hours;
  return {
    label,
    kind,
    phone,
    openNow: isOpenNow(now, hours),
    hours:
      hours.source === "assumed"
        ? words.assumed
        : hours.source === "published"
          ? words.published(hours.text)
          : words.unreadable(hours.text),
    hoursSource: hours.source,
    timeZone: hours.timeZone,
    city,
  };
}

function parseList<T>(schema: z.ZodType<T>, list: unknown[] | undefined): T[] {
  return (list ?? []).flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The numbers for one official, main office first, at most one district office. */
export function numbersFor(
  official: CallableOfficial,
  place: Point | null,
  now: Date,
  locale: Locale = "en",
): CallNumber[] {
  const words = callWords[locale].numbers;
  const raw = rawRecord.safeParse(official.raw);
  const record = raw.success ? raw.data : {};
  const homeZone = stateTimeZone(official.state) ?? "America/New_York";
  const numbers: CallNumber[] = [];

  if (official.level === "federal") {
    if (official.phone) {
      const hours = officeHours(undefined, "America/New_York");
      numbers.push(
        toNumber("washington", words.washington, official.phone, "Washington", hours, now, locale),
      );
    }
    const offices = parseList(districtOffice, record.district_offices).filter(
      (o): o is typeof o & { phone: string } => Boolean(o.phone),
    );
    const inState = offices.filter((o) => !o.state || o.state === official.state);
    const candidates = inState.length > 0 ? inState : offices;
    const nearest = place ? nearestOffice(candidates, place) : undefined;
    const office = nearest ?? candidates[0];
    if (office) {
      const zone = stateTimeZone(office.state) ?? homeZone;
      const city = office.city?.trim() ?? "";
      numbers.push(
        toNumber(
          "district",
          words.district(city),
          office.phone,
          city,
          officeHours(office.hours, zone),
          now,
          locale,
        ),
      );
    }
    return numbers;
  }

  // State legislators: the capitol office, then a district office (Open States gives no coordinates).
  const offices = parseList(stateOffice, record.offices).filter(
    (o): o is typeof o & { phone: string } => Boolean(o.phone) && o.type !== "home",
  );
  const capitol = offices.find((o) => o.type === "capitol") ?? (official.phone ? undefined : offices[0]);
  const capitolPhone = capitol?.phone ?? official.phone;
  if (capitolPhone) {
    numbers.push(
      toNumber("capitol", words.capitol, capitolPhone, "", officeHours(undefined, homeZone), now, locale),
    );
  }
  const district = offices.find((o) => o.type === "district" && o.phone !== capitolPhone);
  if (district) {
    numbers.push(
      toNumber(
        "district",
        words.district(""),
        district.phone,
        "",
        officeHours(undefined, homeZone),
        now,
        locale,
      ),
    );
  }
  return numbers;
}

function nearestOffice<T extends { latitude?: number; longitude?: number }>(
  offices: T[],
  place: Point,
): T | undefined {
  let best: { office: T; miles: number } | undefined;
  for (const office of offices) {
    if (office.latitude === undefined || office.longitude === undefined) continue;
    const miles = distanceMiles(place, { lat: office.latitude, lon: office.longitude });
    if (!best || miles < best.miles) best = { office, miles };
  }
  return best?.office;
}
