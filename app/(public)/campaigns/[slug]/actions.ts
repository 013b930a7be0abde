"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
import { getLocale } from "@/lib/i18n/server";
import { submitLetter } from "@/lib/letters/submit";
import { runAction } from "@/lib/run-action";
import { checkFormGuard } from "@/lib/security/form-guard";
import { clientIp } from "@/lib/security/rate-limit";
import { campaignPage } from "./messages";

export async function submitLetterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    session: "optional",
    run: async ({ user: actor, values }) => {
      checkFormGuard(values);
      const parts: Record<string, string> = {};
      for (const [key, value] of Object.entries(values))
        if (key.startsWith("part:")) parts[key.slice(5)] = value;
      return await submitLetter(
        actor,
        {
          campaign: values.campaign ?? "",
          zip: values.zip ?? "",
          district: values.district || undefined,
          firstName: values.firstName ?? "",
          lastName: values.lastName ?? "",
          email: actor ? undefined : values.email,
          city: values.city ?? "",
          streetAddress: values.streetAddress || undefined,
          // Congress's mail system (CWC): the title, or "none" (lib/letters/submit.ts validates it).
          ...(values.prefix ? { prefix: values.prefix } : {}),
          stateUpper: values.stateUpper || undefined,
          stateLower: values.stateLower || undefined,
          parts,
        },
        // The letter the page showed: the campaign's in the reader's language when it has one.
        { ip: clientIp(await headers()), language: await getLocale() },
      );
    },
    done: async (result, { values }) => {
      if (result.status === "sent") redirect(`/letters/${result.letterId}?sent=1`);
      const t = campaignPage[await getLocale()];
      if (result.status === "already_sent") {
        return {
          status: "error",
          message: t.alreadyWritten,
          link: { href: `/letters/${result.letterId}`, label: t.seeLetter },
          values,
        };
      }
      return { status: "success", message: t.letterLinkSent(result.email) };
    },
  });
}
