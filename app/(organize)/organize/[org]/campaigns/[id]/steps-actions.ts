"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { removeBill, saveBill } from "@/lib/organize/bills";
import { addAskStep, closeStep, editAskStep, moveStep, openStep } from "@/lib/organize/steps";
import { errorState } from "@/lib/server-actions";

const signedOut: ActionState = { status: "error", message: "Your session has ended. Please sign in again." };

/** The caller is checked here and again by the data function (the role in the query). */
async function run(
  org: string,
  id: string,
  formData: FormData,
  work: (
    user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>,
    v: Record<string, string>,
  ) => Promise<string>,
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  let message: string;
  try {
    message = await work(user, values);
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(`/organize/${org}/campaigns/${id}`);
  revalidatePath(`/organize/${org}/campaigns/${id}/updates`);
  // The public page shows the steps and the bill (a draft has no public page; revalidating it is harmless).
  if (values.campaignSlug) revalidatePath(`/campaigns/${values.campaignSlug}`);
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
  return run(org, id, formData, async (user) => {
    await moveStep(user, id, stepId, direction);
    return "Order saved.";
  });
}

export async function addAskAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user, v) => {
    await addAskStep(user, id, { title: v.title, description: v.description, url: v.url });
    return "Step added as a draft. Open it when supporters should see it.";
  });
}

export async function editAskAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user, v) => {
    await editAskStep(user, id, stepId, { title: v.title, description: v.description, url: v.url });
    return "Step saved.";
  });
}

export async function openStepAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user) => {
    const result = await openStep(user, id, stepId);
    if (!result.isOpened) return "It was already open.";
    if (result.alerted === null) return "Opened. Supporters see it now.";
    return result.alerted === 0
      ? "Opened. No one has agreed to hear from you yet, so no alert went out."
      : `Opened, and we are emailing ${result.alerted} supporter${result.alerted === 1 ? "" : "s"} who agreed to hear from you.`;
  });
}

export async function closeStepAction(
  org: string,
  id: string,
  stepId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(org, id, formData, async (user) => {
    await closeStep(user, id, stepId);
    return "Closed. Supporters no longer see it.";
  });
}

export async function saveBillAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user, v) => {
    await saveBill(user, id, v);
    return "Bill saved.";
  });
}

export async function removeBillAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(org, id, formData, async (user) => {
    await removeBill(user, id);
    return "Bill removed.";
  });
}
