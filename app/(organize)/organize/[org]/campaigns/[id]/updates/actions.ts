"use server";

import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { createDraft, editDraft, sendTestToMe, sendUpdate, updateInputSchema } from "@/lib/organize/updates";
import { errorState, parseForm } from "@/lib/server-actions";

function text(formData: FormData, name: string): string {
  const value = formValues(formData)[name];
  return typeof value === "string" ? value.slice(0, 200) : "";
}

function updatesPath(org: string, campaignId: string): string {
  return `/organize/${encodeURIComponent(org)}/campaigns/${encodeURIComponent(campaignId)}/updates`;
}

async function signedIn(path: string) {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/** What went wrong, said on the page after the redirect (no JavaScript needed). */
function problem(error: unknown): string {
  if (error instanceof AppError) {
    if (error.code === "FORBIDDEN") return "forbidden";
    if (error.code === "INVALID_INPUT") return "nobody";
    return "nothing";
  }
  console.error("[action] updates:", error);
  return "error";
}

/** Saves a new draft, or changes one (updateId), then shows its preview. */
export async function saveUpdateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const org = text(formData, "org");
  const campaignId = text(formData, "campaignId");
  const updateId = text(formData, "updateId");
  const path = updatesPath(org, campaignId);
  const user = await signedIn(path);
  const parsed = await parseForm(updateInputSchema, formData);
  if (!parsed.ok) return parsed.state;
  let id = updateId;
  try {
    if (updateId) await editDraft(user, campaignId, updateId, parsed.data);
    else id = await createDraft(user, campaignId, parsed.data);
  } catch (error) {
    return await errorState(error, formValues(formData));
  }
  redirect(`${path}?draft=${encodeURIComponent(id)}&saved=1#preview-heading`);
}

export async function sendTestAction(formData: FormData): Promise<void> {
  const org = text(formData, "org");
  const campaignId = text(formData, "campaignId");
  const updateId = text(formData, "updateId");
  const path = updatesPath(org, campaignId);
  const user = await signedIn(path);
  let result: string;
  try {
    await sendTestToMe(user, campaignId, updateId);
    result = "tested=1";
  } catch (error) {
    result = `problem=${problem(error)}`;
  }
  redirect(`${path}?draft=${encodeURIComponent(updateId)}&${result}#preview-heading`);
}

/** The second step of "Send": the page asked first (confirm=ID), and this form says yes. */
export async function sendUpdateAction(formData: FormData): Promise<void> {
  const org = text(formData, "org");
  const campaignId = text(formData, "campaignId");
  const updateId = text(formData, "updateId");
  const path = updatesPath(org, campaignId);
  const user = await signedIn(path);
  let result: string;
  try {
    const { recipients, isAlreadySent } = await sendUpdate(user, campaignId, updateId);
    result = isAlreadySent ? "already=1" : `sent=${recipients}`;
  } catch (error) {
    result = `problem=${problem(error)}&draft=${encodeURIComponent(updateId)}`;
  }
  redirect(`${path}?${result}#updates-status`);
}
