"use server";

import type { ActionState } from "@/lib/actions";
import { campaignPagePath } from "@/lib/edge-manifest";
import { getMessages } from "@/lib/i18n/server";
import { removeBill, saveBill } from "@/lib/organize/bills";
import { cwcInputFromForm, saveCwcSettings } from "@/lib/organize/campaigns";
import { addAskStep, closeStep, editAskStep, moveStep, openStep } from "@/lib/organize/steps";
import { type ActionInput, runAction } from "@/lib/run-action";
import { actionMessages } from "../../../actions.messages";

type Words = (typeof actionMessages)["en"];

/** The caller is checked here (runAction) and again by the data function (the role in the query). */
const signedIn = {
  session: "required",
  signedOut: async (): Promise<ActionState> => ({
    status: "error",
    message: (await getMessages(actionMessages)).signedOut,
  }),
} as const;

/** The pages that show a campaign's steps and bill, refreshed after each change. */
function stepPages(org: string, id: string) {
  return (_result: unknown, { values }: ActionInput<unknown, unknown>) => [
    `/organize/${org}/campaigns/${id}`,
    `/organize/${org}/campaigns/${id}/updates`,
    // The public page shows the steps and the bill (a draft has no public page; revalidating it is harmless).
    values.campaignSlug ? campaignPagePath(values.campaignSlug) : null,
  ];
}

async function said(message: (t: Words) => string): Promise<ActionState> {
  return { status: "success", message: message(await getMessages(actionMessages)) };
}

export async function moveStepAction(
  org: string,
  id: string,
  stepId: string,
  direction: "up" | "down",
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => moveStep(user, id, stepId, direction),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.orderSaved),
  });
}

export async function addAskAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) =>
      addAskStep(user, id, { title: v.title, description: v.description, url: v.url }),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.stepAdded),
  });
}

export async function editAskAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) =>
      editAskStep(user, id, stepId, { title: v.title, description: v.description, url: v.url }),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.stepSaved),
  });
}

export async function openStepAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => openStep(user, id, stepId),
    revalidate: stepPages(org, id),
    done: (result) =>
      said((t) => {
        if (!result.isOpened) return t.alreadyOpen;
        if (result.alerted === null) return t.opened;
        return result.alerted === 0 ? t.openedNoOne : t.openedAlerted(result.alerted);
      }),
  });
}

export async function closeStepAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => closeStep(user, id, stepId),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.stepClosed),
  });
}

export async function saveBillAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => saveBill(user, id, values),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.billSaved),
  });
}

export async function removeBillAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => removeBill(user, id),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.billRemoved),
  });
}

/** The Library of Congress topics and the stance letters to Congress carry (issue 18, item 4). */
export async function saveCwcAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => saveCwcSettings(user, id, cwcInputFromForm(values)),
    revalidate: stepPages(org, id),
    done: () => said((t) => t.cwcSaved),
  });
}
