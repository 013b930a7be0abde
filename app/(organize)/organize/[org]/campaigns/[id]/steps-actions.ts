"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { campaignPagePath } from "@/lib/edge-manifest";
import { getMessages } from "@/lib/i18n/server";
import { removeBill, saveBill } from "@/lib/organize/bills";
import { cwcInputFromForm, saveCwcSettings } from "@/lib/organize/campaigns";
import { addAskStep, closeStep, editAskStep, moveStep, openStep } from "@/lib/organize/steps";
import { errorState } from "@/lib/server-actions";
import { actionMessages } from "../../../actions.messages";

/** The caller is checked here and again by the data function (the role in the query). */
async function run(
  org: string,
  id: string,
  formData: FormData,
  work: (
    user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>,
    v: Record<string, string>,
    t: (typeof actionMessages)["en"],
  ) => Promise<string>,
): Promise<ActionState> {
  const t = await getMessages(actionMessages);
  const user = await getSessionUser();
  if (!user) return { status: "error", message: t.signedOut };
  const values = formValues(formData);
  let message: string;
  try {
    message = await work(user, values, t);
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(`/organize/${org}/campaigns/${id}`);
  revalidatePath(`/organize/${org}/campaigns/${id}/updates`);
  // The public page shows the steps and the bill (a draft has no public page; revalidating it is harmless).
  if (values.campaignSlug) revalidatePath(campaignPagePath(values.campaignSlug));
  return { status: "success", message };
}

export async function moveStepAction(
  org: string,
  id: string,
  stepId: string,
  direction: "up" | "down",
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user, _v, t) => {
    await moveStep(user, id, stepId, direction);
    return t.orderSaved;
  });
}

export async function addAskAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user, v, t) => {
    await addAskStep(user, id, { title: v.title, description: v.description, url: v.url });
    return t.stepAdded;
  });
}

export async function editAskAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user, v, t) => {
    await editAskStep(user, id, stepId, { title: v.title, description: v.description, url: v.url });
    return t.stepSaved;
  });
}

export async function openStepAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user, _v, t) => {
    const result = await openStep(user, id, stepId);
    if (!result.isOpened) return t.alreadyOpen;
    if (result.alerted === null) return t.opened;
    return result.alerted === 0 ? t.openedNoOne : t.openedAlerted(result.alerted);
  });
}

export async function closeStepAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user, _v, t) => {
    await closeStep(user, id, stepId);
    return t.stepClosed;
  });
}

export async function saveBillAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user, v, t) => {
    await saveBill(user, id, v);
    return t.billSaved;
  });
}

export async function removeBillAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user, _v, t) => {
    await removeBill(user, id);
    return t.billRemoved;
  });
}

/** The Library of Congress topics and the stance letters to Congress carry (issue 18, item 4). */
export async function saveCwcAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user, v, t) => {
    await saveCwcSettings(user, id, cwcInputFromForm(v));
    return t.cwcSaved;
  });
}
