"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import {
  createGroupOption,
  markPledge,
  OUTCOMES,
  type Outcome,
  sendShiftMessage,
  setGroupOptionOpen,
  shiftMessageSchema,
  updateGroupOption,
} from "@/lib/groups/dashboard";
import { cancelShift } from "@/lib/groups/shift-changes";
import { getMessages } from "@/lib/i18n/server";
import { errorState, parseForm } from "@/lib/server-actions";
import { dashboardPath, optionPath } from "./load";
import { dashboardWords } from "./messages";

async function signedOut(): Promise<ActionState> {
  return { status: "error", message: (await getMessages(dashboardWords)).signedOut };
}

function text(formData: FormData, name: string): string {
  const value = formValues(formData)[name];
  return typeof value === "string" ? value.slice(0, 200) : "";
}

/** Attended / received, missed, or undo: owners and organizers of the pledge's group only (checked in the data layer). */
export async function markPledgeAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const slug = text(formData, "slug");
  const pledgeId = text(formData, "pledgeId");
  const outcome = text(formData, "outcome") as Outcome;
  if (!user || !slug || !pledgeId || !OUTCOMES.includes(outcome)) return;
  const marked = await markPledge(user, slug, pledgeId, outcome).catch(() => null);
  if (marked) {
    revalidatePath(optionPath(slug, marked.optionId));
    revalidatePath(dashboardPath(slug));
  }
}

/** Closes an option to new pledges, or opens it again. */
export async function setOptionOpenAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const slug = text(formData, "slug");
  const optionId = text(formData, "optionId");
  if (!user || !slug || !optionId) return;
  const isOpen = text(formData, "isOpen") === "true";
  const changed = await setGroupOptionOpen(user, slug, optionId, isOpen).then(
    () => true,
    () => false,
  );
  if (changed) {
    revalidatePath(optionPath(slug, optionId));
    revalidatePath(dashboardPath(slug));
  }
}

/** Cancels a shift and tells its volunteers; the page then says how many (or why it could not). */
export async function cancelShiftAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const slug = text(formData, "slug");
  const optionId = text(formData, "optionId");
  if (!user || !slug || !optionId) return;
  const result = await cancelShift(user, slug, optionId).catch(() => null);
  if (result) {
    revalidatePath(optionPath(slug, optionId));
    revalidatePath(dashboardPath(slug));
  }
  redirect(
    `${optionPath(slug, optionId)}?${result ? `shiftCancelled=${result.volunteers}` : "cancelFailed=1"}`,
  );
}

export async function saveOptionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOut();
  const values = formValues(formData);
  const slug = values.slug ?? "";
  const optionId = values.optionId ?? "";
  let id = optionId;
  try {
    if (optionId) await updateGroupOption(user, slug, optionId, values);
    else id = (await createGroupOption(user, slug, values)).id;
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(dashboardPath(slug));
  revalidatePath(optionPath(slug, id));
  redirect(`${optionPath(slug, id)}?${optionId ? "saved" : "created"}=1`);
}

export async function sendShiftMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOut();
  const parsed = await parseForm(shiftMessageSchema, formData);
  if (!parsed.ok) return parsed.state;
  const values = formValues(formData);
  try {
    const { recipients, queued } = await sendShiftMessage(
      user,
      values.slug ?? "",
      values.optionId ?? "",
      parsed.data,
    );
    const t = await getMessages(dashboardWords);
    return {
      status: "success",
      message: queued === 0 ? t.alreadySent(recipients) : t.sent(recipients),
      values,
    };
  } catch (error) {
    return await errorState(error, values);
  }
}
