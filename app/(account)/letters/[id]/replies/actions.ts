"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { answersFromForm, saveMyReplies } from "@/lib/letters/replies";
import { errorState } from "@/lib/server-actions";

/** The letter's author answers from their own account; saveMyReplies checks it is their letter. */
export async function saveMyRepliesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { status: "error", message: "Your session has ended. Please sign in again." };
  const values = formValues(formData);
  const letterId = values.letterId ?? "";
  try {
    await saveMyReplies(user, letterId, answersFromForm(values));
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(`/letters/${letterId}`);
  revalidatePath(`/letters/${letterId}/replies`);
  return {
    status: "success",
    message: "Thank you: your answers are saved.",
    link: { href: `/letters/${letterId}`, label: "Back to your letter" },
  };
}
