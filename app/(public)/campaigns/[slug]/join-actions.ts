"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, formValues } from "@/lib/actions";
import { emailSchema, requestSignInLink } from "@/lib/auth/request-link";
import { consentToUpdates, joinCampaign, leaveCampaign } from "@/lib/campaigns/join";
import { findNextStepAfterAction } from "@/lib/campaigns/steps";
import { campaignPagePath } from "@/lib/edge-manifest";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { rethrow, runAction } from "@/lib/run-action";
import { campaignPage } from "./messages";

const slugSchema = z.string().trim().min(1).max(80);
const joinSchema = z.object({ campaign: slugSchema });
const joinByEmailSchema = joinSchema.extend({ email: emailSchema });

type Words = (typeof campaignPage)["en"];

/** A form naming no campaign (or nonsense) says so; anything else wrong shows by its field. */
function campaignNotFound(t: Words) {
  return (state: ActionState, values: Record<string, string>): ActionState =>
    slugSchema.safeParse(values.campaign).success ? state : { status: "error", message: t.campaignNotFound };
}

/**
 * Join: one click when signed in. For someone new, an emailed link (which also signs them in) brings them back to
 * confirm; their consent choice travels with it and is shown to them again before anything is recorded.
 */
export async function joinAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const t = campaignPage[locale];
  return runAction(formData, {
    session: "required",
    signedOut: () => joinByEmail(formData, t),
    schema: joinSchema,
    invalid: campaignNotFound(t),
    run: ({ user, data, values }) => joinCampaign(user, data.campaign, values.consent === "yes"),
    revalidate: (_joined, { data }) => [campaignPagePath(data.campaign)],
    done: async (_joined, { user, data }) => ({
      status: "success",
      message: t.joined,
      next: await findNextStepAfterAction(user, data.campaign, locale),
    }),
  });
}

/** Someone signed out: a link to their address that signs them in and brings them back to confirm. */
async function joinByEmail(formData: FormData, t: Words): Promise<ActionState> {
  return runAction(formData, {
    session: "none",
    schema: joinByEmailSchema,
    invalid: campaignNotFound(t),
    // The failure is a state of its own (a limit, the form guard), not a thrown error.
    run: ({ data, values }) => {
      const back = `/campaigns/${data.campaign}/join${values.consent === "yes" ? "?consent=yes" : ""}`;
      return requestSignInLink(formData, data.email, back);
    },
    done: (failed, { data }) => failed ?? { status: "success", message: t.joinLinkSent(data.email) },
  });
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
  await runAction(formData, {
    session: "required",
    signedOut: () => redirect(`/sign-in?callbackUrl=/campaigns/${slug}`),
    run: ({ user }) => leaveCampaign(user, slug).catch(unlessAppError),
    failed: rethrow,
    revalidate: [campaignPagePath(slug), "/account", "/account/journey"],
  });
}

/** "Keep me posted", for someone already with the campaign who did not agree to updates before. */
export async function keepPostedAction(formData: FormData): Promise<void> {
  const slug = campaignOf(formData);
  if (!slug) return;
  await runAction(formData, {
    session: "required",
    signedOut: () => redirect(`/sign-in?callbackUrl=/campaigns/${slug}`),
    run: ({ user }) => consentToUpdates(user, slug).catch(unlessAppError),
    failed: rethrow,
    revalidate: [campaignPagePath(slug), "/account/privacy"],
  });
}
