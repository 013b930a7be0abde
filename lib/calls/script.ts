/**
 * A call script filled in for one official: the same merge fields as letters (lib/letters/template.ts), plus
 * the office called ({{office.name}}, {{office.city}}, {{office.phone}}). What Chorus does not know about the
 * caller (a name, for a caller without an account) becomes a bracketed prompt in their language ("[your
 * name]"), so the script still reads aloud. Pure.
 */

import type { Locale } from "@/lib/i18n/locale";
import { salutationTitle } from "@/lib/letters/compose";
import { type MergeValues, mergeText, type TemplatePart } from "@/lib/letters/template";
import { callWords } from "./messages";

export const OFFICE_FIELDS = ["office.name", "office.city", "office.phone"] as const;
const OFFICE_PATTERN = /\{\{\s*(office\.(?:name|city|phone))\s*\}\}/g;

export type ScriptOfficial = {
  name: string;
  title: string;
  firstName: string | null;
  lastName: string | null;
  state: string;
  district: number | null;
  districtLabel: string | null;
};

export type ScriptCaller = {
  firstName?: string | null;
  lastName?: string | null;
  city?: string | null;
  state: string;
  zip: string;
};

export type ScriptContext = {
  campaignTitle: string;
  organizationName: string;
  bill: { number: string; title: string; status: string; url: string | null } | null;
};

export type ScriptOffice = { label: string; city: string; phone: string } | null;

function nameParts(name: string): { first: string; last: string } {
  const parts = name.trim().split(/\s+/);
  return { first: parts[0] ?? "", last: parts.length > 1 ? (parts.at(-1) ?? "") : "" };
}

/** One line per part, merged; locked parts are the campaign's words, as written. */
export function fillScript(
  parts: TemplatePart[],
  official: ScriptOfficial,
  office: ScriptOffice,
  caller: ScriptCaller,
  context: ScriptContext,
  locale: Locale = "en",
): string {
  const placeholder = callWords[locale].placeholders;
  const fallback = nameParts(official.name);
  const first = caller.firstName?.trim() || "";
  const last = caller.lastName?.trim() || "";
  const values: MergeValues = {
    "official.title": salutationTitle(official.title),
    "official.first_name": official.firstName ?? fallback.first,
    "official.last_name": official.lastName ?? (fallback.last || fallback.first),
    "official.full_name": official.name,
    "official.state": official.state,
    "official.district":
      official.district !== null ? String(official.district) : (official.districtLabel ?? ""),
    "supporter.first_name": first || placeholder.firstName,
    "supporter.last_name": last || placeholder.lastName,
    "supporter.full_name": `${first} ${last}`.trim() || placeholder.fullName,
    "supporter.city": caller.city?.trim() || placeholder.city,
    "supporter.state": caller.state,
    "supporter.zip": caller.zip,
    "campaign.title": context.campaignTitle,
    "organization.name": context.organizationName,
    "bill.number": context.bill?.number ?? "",
    "bill.title": context.bill?.title ?? "",
    "bill.status": context.bill?.status ?? "",
    "bill.url": context.bill?.url ?? "",
  };
  const officeValues: Record<string, string> = {
    "office.name": office?.label ?? "",
    "office.city": office?.city ?? "",
    "office.phone": office?.phone ?? "",
  };
  return parts
    .map((part) =>
      mergeText(
        part.text.replace(OFFICE_PATTERN, (_whole, name: string) => officeValues[name] ?? ""),
        values,
      )
        .replace(/[ \t]{2,}/g, " ")
        .replace(/ +([,.;:!?])/g, "$1")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}
