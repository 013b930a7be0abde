"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { emailSchema, requestSignInLink } from "@/lib/auth/request-link";
import { consentToUpdates, joinCampaign, leaveCampaign } from "@/lib/campaigns/join";
import { findNextStepAfterAction } from "@/lib/campaigns/steps";
import { campaignPagePath } from "@/lib/edge-manifest";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { errorState, parseForm } from "@/lib/server-actions";
import { campaignPage } from "./messages";

const slugSchema = z.string().trim().min(1).max(80);

/**
 * Join: one click when signed in. For someone new, an emailed link (which also signs them in) brings them back to
 * confirm; their consent choice travels with it and is shown to them again before anything is recorded.
 */
export async function joinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const locale = await getLocale();
  const t = campaignPage[locale];
  const slug = slugSchema.safeParse(values.campaign);
  if (!slug.success) return { status: "error", message: t.campaignNotFound };
  const consent = values.consent === "yes";
  const user = await getSessionUser();
  if (user) {
    try {
      await joinCampaign(user, slug.data, consent);
    } catch (error) {
      return await errorState(error, values);
    }
    revalidatePath(campaignPagePath(slug.data));
    return {
      status: "success",
      message: t.joined,
      next: await findNextStepAfterAction(user, slug.data, locale),
    };
  }
  const parsed = await parseForm(z.object({ email: emailSchema }), formData);
  if (!parsed.ok) return parsed.state;
  const back = `/campaigns/${slug.data}/join${consent ? "?consent=yes" : ""}`;
  const failed = await requestSignInLink(formData, parsed.data.email, back);
  if (failed) return failed;
  return {
    status: "success",
    message: t.joinLinkSent(parsed.data.email),
  };
}

/** The campaign a button names; a crafted post naming none (or nonsense) changes nothing. */
function campaignOf(formData: FormData): string | null {
  const slug = slugSchema.safeParse(formValues(formData).campaign);
  return slug.success ? slug.data : null;
}

/** A campaign that is not there (or closed meanwhile) is left alone; anything else is a real error. */
function unlessAppError(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
}

export async function leaveAction(formData: FormData): Promise<void> {
  const slug = campaignOf(formData);
  if (!slug) return;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=/campaigns/${slug}`);
  await leaveCampaign(user, slug).catch(unlessAppError);
  revalidatePath(campaignPagePath(slug));
  revalidatePath("/account");
  revalidatePath("/account/journey");
}

/** "Keep me posted", for someone already with the campaign who did not agree to updates before. */
export async function keepPostedAction(formData: FormData): Promise<void> {
  const slug = campaignOf(formData);
  if (!slug) return;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=/campaigns/${slug}`);
  await consentToUpdates(user, slug).catch(unlessAppError);
  revalidatePath(campaignPagePath(slug));
  revalidatePath("/account/privacy");
}
