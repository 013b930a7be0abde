"use server";

import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { createDraft, editDraft, sendTestToMe, sendUpdate, updateInputSchema } from "@/lib/organize/updates";
import { runAction } from "@/lib/run-action";

function text(formData: FormData, name: string): string {
  const value = formValues(formData)[name];
  return typeof value === "string" ? value.slice(0, 200) : "";
}

/** The update the form is about: its campaign's updates page, and the draft (empty for a new one). */
function formOf(formData: FormData) {
  const campaignId = text(formData, "campaignId");
  const updateId = text(formData, "updateId");
  const path = `/organize/${encodeURIComponent(text(formData, "org"))}/campaigns/${encodeURIComponent(campaignId)}/updates`;
  return { campaignId, updateId, path };
}

/** Signed out: sign in, then back to the updates page. */
function signInFirst(path: string): () => never {
  return () => redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
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
  const { campaignId, updateId, path } = formOf(formData);
  return runAction(formData, {
    session: "required",
    signedOut: signInFirst(path),
    schema: updateInputSchema,
    run: async ({ user, data }) => {
      if (!updateId) return await createDraft(user, campaignId, data);
      await editDraft(user, campaignId, updateId, data);
      return updateId;
    },
    done: (id) => redirect(`${path}?draft=${encodeURIComponent(id)}&saved=1#preview-heading`),
  });
}

export async function sendTestAction(formData: FormData): Promise<void> {
  const { campaignId, updateId, path } = formOf(formData);
  const preview = (result: string) =>
    redirect(`${path}?draft=${encodeURIComponent(updateId)}&${result}#preview-heading`);
  await runAction(formData, {
    session: "required",
    signedOut: signInFirst(path),
    run: ({ user }) => sendTestToMe(user, campaignId, updateId),
    failed: (error) => preview(`problem=${problem(error)}`),
    done: () => preview("tested=1"),
  });
}

/** The second step of "Send": the page asked first (confirm=ID), and this form says yes. */
export async function sendUpdateAction(formData: FormData): Promise<void> {
  const { campaignId, updateId, path } = formOf(formData);
  await runAction(formData, {
    session: "required",
    signedOut: signInFirst(path),
    run: ({ user }) => sendUpdate(user, campaignId, updateId),
    failed: (error) =>
      redirect(`${path}?problem=${problem(error)}&draft=${encodeURIComponent(updateId)}#updates-status`),
    done: ({ recipients, isAlreadySent }) =>
      redirect(`${path}?${isAlreadySent ? "already=1" : `sent=${recipients}`}#updates-status`),
  });
}
