/**
 * Two cheap checks against form-filling bots on public forms: a honeypot field people never see (bots fill
 * every field), and a minimum time between showing the form and sending it (bots send at once). The time is a
 * signed stamp, so it cannot be made up; neither check stores anything.
 */
import { connection } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { HONEYPOT_FIELD, STAMP_FIELD } from "./form-fields";
import { hasValidSignature, signature } from "./signed";

export { HONEYPOT_FIELD, STAMP_FIELD };

const sign = (value: string) => signature("form-stamp", value, 24);

/** The stamp for a form shown now: put it in the form as a hidden field. */
export function formStamp(now: number = Date.now()): string {
  return `${now}.${sign(String(now))}`;
}

/** For a page: marks the render as per-request first, so a stamp is never baked into a prerendered page. */
export async function freshFormStamp(): Promise<string> {
  await connection();
  return formStamp();
}

/** A stamp older than this is stale (the page sat open for a day): the person is asked to send again. */
const MAX_AGE_MS = 24 * 3600 * 1000;

/** Throws a kind 400 when the honeypot is filled, the stamp is missing or forged, or the form came back too fast. */
export function checkFormGuard(values: Record<string, string | undefined>, now: number = Date.now()): void {
  if ((values[HONEYPOT_FIELD] ?? "").trim() !== "") {
    throw new AppError("INVALID_INPUT", errorText.security.somethingAboutFormLookedAutomated);
  }
  const [time, given] = (values[STAMP_FIELD] ?? "").split(".");
  const valid = !!time && !!given && hasValidSignature("form-stamp", time, given, 24);
  const age = now - Number(time);
  if (!valid || !(age >= 0) || age > MAX_AGE_MS) {
    throw new AppError("INVALID_INPUT", errorText.security.formExpiredReloadPageSend);
  }
  if (age < env.formMinFillMs) {
    throw new AppError("INVALID_INPUT", errorText.security.wasVeryQuickCheckDetails);
  }
}
