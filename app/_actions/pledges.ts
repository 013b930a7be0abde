"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
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
import { clientIp } from "@/lib/security/rate-limit";
import { errorState, parseForm } from "@/lib/server-actions";

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

/** Where the pledge form was, so the page shows the new count (only our own paths). */
function refresh(values: Record<string, string>): void {
  const path = safeRedirectPath(values.returnPath, "");
  if (path.startsWith("/campaigns/") || path.startsWith("/groups/"))
    revalidatePath(path.split("#")[0] ?? path);
  revalidatePath(MY_PLEDGES_PATH);
}

/** Pledge to one way to help, from a campaign's or a group's page. */
export async function pledgeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const locale = await getLocale();
  const t = pledgeWords[locale];
  const user = await getSessionUser();
  if (!user) return { status: "error", message: t.signInFirst, values };
  const fields = pledgeFields(values);
  const parsed = await parseForm(pledgeInputSchema, toFormData(fields));
  if (!parsed.ok) {
    // A donation form (it always sends otherAmount) with no amount: say so too, not only after the name is fixed.
    const fieldErrors = { ...parsed.state.fieldErrors };
    if ("otherAmount" in values && !fields.amount) fieldErrors.amount = [t.chooseAmount];
    return { ...parsed.state, fieldErrors, values };
  }
  let result: Awaited<ReturnType<typeof pledge>>;
  try {
    result = await pledge(user, parsed.data, { ip: clientIp(await headers()), locale });
  } catch (error) {
    // A shift that just filled up shows as full once the page refreshes.
    refresh(values);
    return await errorState(error, values);
  }
  refresh(values);
  if (result.status === "already") {
    return {
      status: "success",
      message: t.already,
      link: { href: MY_PLEDGES_PATH, label: t.seeOrChange },
    };
  }
  const option = await findPledgeOption(parsed.data.optionId);
  // Pledged from a campaign's page: thank them, and show that campaign's next step in its organizers' order.
  const campaignSlug = /^\/campaigns\/([a-z0-9-]{1,80})(?:[/?#]|$)/.exec(
    safeRedirectPath(values.returnPath, ""),
  )?.[1];
  const next = campaignSlug ? await findNextStepAfterAction(user, campaignSlug, locale) : null;
  return { ...thanksFor(option, parsed.data, locale), next };
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

function toFormData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function pledgeIdFrom(formData: FormData): string | null {
  const id = formValues(formData)["pledgeId"];
  return typeof id === "string" && id.length > 0 && id.length <= 64 ? id : null;
}

/** Cancel your own pledge: frees the seat or the items for someone else. */
export async function cancelPledgeAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(MY_PLEDGES_PATH)}`);
  const id = pledgeIdFrom(formData);
  const isDone = id ? await cancelPledge(user, id).then(() => true, catchGone) : false;
  revalidatePath(MY_PLEDGES_PATH);
  redirect(`${MY_PLEDGES_PATH}?notice=${isDone ? "cancelled" : "gone"}`);
}

/** "I've given": the supporter says the donation or the goods reached the group. */
export async function markPledgeDoneAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(MY_PLEDGES_PATH)}`);
  const id = pledgeIdFrom(formData);
  const isDone = id ? await markPledgeDone(user, id).then(() => true, catchGone) : false;
  revalidatePath(MY_PLEDGES_PATH);
  redirect(`${MY_PLEDGES_PATH}?notice=${isDone ? "given" : "gone"}`);
}

/** "Not yours", "not there" and "already changed" read the same; anything else is a real error. */
function catchGone(error: unknown): false {
  if (error instanceof AppError) return false;
  throw error;
}
