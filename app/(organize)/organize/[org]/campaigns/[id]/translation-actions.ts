"use server";

import type { ActionState } from "@/lib/actions";
import { campaignPagePath } from "@/lib/edge-manifest";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/server";
import { templateInputFromForm } from "@/lib/organize/campaigns";
import { deleteCampaignTranslation, saveCampaignTranslation } from "@/lib/organize/translations";
import { type ActionInput, runAction } from "@/lib/run-action";
import { translationMessages } from "./translation.messages";

/**
 * The caller is checked here (runAction) and again by the data function (the role in the query); `language` is
 * bound by the page but, like every argument of an action, may be anything in a crafted call: the data layer
 * refuses it.
 */
const signedIn = {
  session: "required",
  signedOut: async (): Promise<ActionState> => ({
    status: "error",
    message: (await getMessages(translationMessages)).signedOut,
  }),
} as const;

function translationPages(org: string, id: string) {
  return (_result: unknown, { values }: ActionInput<unknown, unknown>) => [
    `/organize/${org}/campaigns/${id}`,
    values.campaignSlug ? campaignPagePath(values.campaignSlug) : null,
  ];
}

/** Said in the language the translation is in. */
async function said(language: string, what: "saved" | "removed"): Promise<ActionState> {
  const into: Locale = isLocale(language) ? language : "es";
  return { status: "success", message: (await getMessages(translationMessages))[what][into] };
}

export async function saveTranslationAction(
  org: string,
  id: string,
  language: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) =>
      saveCampaignTranslation(user, id, language, {
        title: v.title,
        summary: v.summary,
        story: v.story,
        callToAction: v.callToAction,
        imageAlt: v.imageAlt,
        template: templateInputFromForm(v),
      }),
    revalidate: translationPages(org, id),
    done: () => said(language, "saved"),
  });
}

export async function removeTranslationAction(
  org: string,
  id: string,
  language: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => deleteCampaignTranslation(user, id, language),
    revalidate: translationPages(org, id),
    done: () => said(language, "removed"),
  });
}
