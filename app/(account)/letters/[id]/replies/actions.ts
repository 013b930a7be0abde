"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";
import { answersFromForm, saveMyReplies } from "@/lib/letters/replies";
import { errorState } from "@/lib/server-actions";
import { accountPages, receiptPage } from "../../../messages";

/** The letter's author answers from their own account; saveMyReplies checks it is their letter. */
export async function saveMyRepliesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { status: "error", message: (await getMessages(accountPages)).sessionEnded };
  const values = formValues(formData);
  const letterId = values.letterId ?? "";
  try {
    await saveMyReplies(user, letterId, answersFromForm(values));
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(`/letters/${letterId}`);
  revalidatePath(`/letters/${letterId}/replies`);
  const t = await getMessages(receiptPage);
  return {
    status: "success",
    message: t.answersSaved,
    link: { href: `/letters/${letterId}`, label: t.backToLetter },
  };
}
