"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/actions";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { findNextStepAfterAction } from "@/lib/campaigns/steps";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { MY_PLEDGES_PATH } from "@/lib/pledges/emails";
import { pledgeWords } from "@/lib/pledges/messages";
import { findPledgeOption } from "@/lib/pledges/options";
import { cancelPledge, markPledgeDone, pledge, pledgeInputSchema } from "@/lib/pledges/pledge";
import { amountText } from "@/lib/pledges/present";
import { rethrow, runAction } from "@/lib/run-action";
import { clientIp } from "@/lib/security/rate-limit";
import { errorState } from "@/lib/server-actions";

/** Form values arrive as strings; a field left empty means "not given", not zero. */
function pledgeFields(values: Record<string, string>): Record<string, string> {
  // Name is required: kept even when empty, so its own message ("Please tell the group your name.") shows.
  const fields: Record<string, string> = { optionId: values.optionId ?? "", name: values.name ?? "" };
  for (const key of ["phone", "note", "quantity", "hours", "frequency"]) {
    const value = values[key]?.trim();
    if (value) fields[key] = value;
  }
  // Donations: a suggested amount (radio) or "Other amount" typed in.
  const chosen = values.amount?.trim();
  const amount = !chosen || chosen === "other" ? values.otherAmount?.trim() : chosen;
  if (amount) fields.amount = amount;
  return fields;
}

/** The pledge form's values, as the pledge's fields: what pledgeInputSchema checks. */
const pledgeFormSchema = z.preprocess(
  // parseForm hands the schema the form's values (formValues): strings by name.
  (values) => pledgeFields(values as Record<string, string>),
  pledgeInputSchema,
);

/** Where the pledge form was, so the page shows the new count (only our own paths), and the person's pledges. */
function pledgePages(values: Record<string, string>): string[] {
  const path = safeRedirectPath(values.returnPath, "");
  const pages = [MY_PLEDGES_PATH];
  if (path.startsWith("/campaigns/") || path.startsWith("/groups/"))
    pages.unshift(path.split("#")[0] ?? path);
  return pages;
}

/** Pledge to one way to help, from a campaign's or a group's page. */
export async function pledgeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const t = pledgeWords[locale];
  return runAction(formData, {
    session: "required",
    signedOut: (values) => ({ status: "error", message: t.signInFirst, values }),
    schema: pledgeFormSchema,
    invalid: (state, values) => {
      // A donation form (it always sends otherAmount) with no amount: say so too, not only after the name is fixed.
      const fieldErrors = { ...state.fieldErrors };
      if ("otherAmount" in values && !pledgeFields(values).amount) fieldErrors.amount = [t.chooseAmount];
      return { ...state, fieldErrors, values };
    },
    run: async ({ user, data }) => pledge(user, data, { ip: clientIp(await headers()), locale }),
    failed: async (error, values) => {
      // A shift that just filled up shows as full once the page refreshes.
      for (const page of pledgePages(values)) revalidatePath(page);
      return await errorState(error, values);
    },
    revalidate: (_result, { values }) => pledgePages(values),
    done: async (result, { user, data, values }) => {
      if (result.status === "already") {
        return {
          status: "success",
          message: t.already,
          link: { href: MY_PLEDGES_PATH, label: t.seeOrChange },
        };
      }
      const option = await findPledgeOption(data.optionId);
      // Pledged from a campaign's page: thank them, and show that campaign's next step in its organizers' order.
      const campaignSlug = /^\/campaigns\/([a-z0-9-]{1,80})(?:[/?#]|$)/.exec(
        safeRedirectPath(values.returnPath, ""),
      )?.[1];
      const next = campaignSlug ? await findNextStepAfterAction(user, campaignSlug, locale) : null;
      return { ...thanksFor(option, data, locale), next };
    },
  });
}

function thanksFor(
  option: Awaited<ReturnType<typeof findPledgeOption>>,
  data: Pick<z.infer<typeof pledgeInputSchema>, "quantity" | "amount" | "frequency">,
  locale: Locale,
): ActionState {
  const t = pledgeWords[locale];
  const group = option?.group.name ?? t.theGroup;
  const myPledges = { href: MY_PLEDGES_PATH, label: t.seeOrCancel };
  switch (option?.kind) {
    case "volunteer_shift":
      return {
        status: "success",
        message: t.thanksShift(group),
        link: myPledges,
      };
    case "donation": {
      const cents = Math.round(Number((data.amount ?? "0").replace("$", "")) * 100);
      const frequency = data.frequency ?? "one_time";
      return {
        status: "success",
        message: t.thanksDonation(amountText(cents, frequency, locale), group),
        link: { href: MY_PLEDGES_PATH, label: t.tellUsGiven },
      };
    }
    case "goods":
      return {
        status: "success",
        message: t.thanksGoods(group, data.quantity ?? 1),
        link: myPledges,
      };
    default:
      return {
        status: "success",
        message: t.thanksSkills(group),
        link: myPledges,
      };
  }
}

/** The pledge a button on "My pledges" names. */
const pledgeIdSchema = z.object({ pledgeId: z.string().min(1).max(64) });

const signInFirst = () => redirect(`/sign-in?callbackUrl=${encodeURIComponent(MY_PLEDGES_PATH)}`);

/** Back to "My pledges", refreshed, with a notice of what happened. */
function backToMyPledges(notice: "cancelled" | "given" | "gone"): never {
  revalidatePath(MY_PLEDGES_PATH);
  redirect(`${MY_PLEDGES_PATH}?notice=${notice}`);
}

/** "Not yours", "not there" and "already changed" read the same; anything else is a real error. */
function gone(error: unknown): never {
  return error instanceof AppError ? backToMyPledges("gone") : rethrow(error);
}

/** Cancel your own pledge: frees the seat or the items for someone else. */
export async function cancelPledgeAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    session: "required",
    signedOut: signInFirst,
    schema: pledgeIdSchema,
    invalid: () => backToMyPledges("gone"),
    run: ({ user, data }) => cancelPledge(user, data.pledgeId),
    failed: gone,
    done: () => backToMyPledges("cancelled"),
  });
}

/** "I've given": the supporter says the donation or the goods reached the group. */
export async function markPledgeDoneAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    session: "required",
    signedOut: signInFirst,
    schema: pledgeIdSchema,
    invalid: () => backToMyPledges("gone"),
    run: ({ user, data }) => markPledgeDone(user, data.pledgeId),
    failed: gone,
    done: () => backToMyPledges("given"),
  });
}
