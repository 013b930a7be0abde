"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { campaignPagePath } from "@/lib/edge-manifest";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/server";
import { templateInputFromForm } from "@/lib/organize/campaigns";
import { deleteCampaignTranslation, saveCampaignTranslation } from "@/lib/organize/translations";
import { errorState } from "@/lib/server-actions";
import { translationMessages } from "./translation.messages";

/**
 * The caller is checked here and again by the data function (the role in the query); `language` is bound by
 * the page but, like every argument of an action, may be anything in a crafted call: the data layer refuses it.
 */
async function run(
  org: string,
  id: string,
  language: string,
  formData: FormData,
  work: (
    user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>,
    v: Record<string, string>,
  ) => Promise<void>,
  said: "saved" | "removed",
): Promise<ActionState> {
  const t = await getMessages(translationMessages);
  const user = await getSessionUser();
  if (!user) return { status: "error", message: t.signedOut };
  const values = formValues(formData);
  try {
    await work(user, values);
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(`/organize/${org}/campaigns/${id}`);
  if (values.campaignSlug) revalidatePath(campaignPagePath(values.campaignSlug));
  const into: Locale = isLocale(language) ? language : "es";
  return { status: "success", message: t[said][into] };
}

export async function saveTranslationAction(
  org: string,
  id: string,
  language: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return run(
    org,
    id,
    language,
    formData,
    (user, v) =>
      saveCampaignTranslation(user, id, language, {
        title: v.title,
        summary: v.summary,
        story: v.story,
        callToAction: v.callToAction,
        imageAlt: v.imageAlt,
        template: templateInputFromForm(v),
      }),
    "saved",
  );
}

export async function removeTranslationAction(
  org: string,
  id: string,
  language: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return run(org, id, language, formData, (user) => deleteCampaignTranslation(user, id, language), "removed");
}
