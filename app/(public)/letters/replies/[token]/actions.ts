"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { answersFromForm, saveReplies } from "@/lib/letters/replies";
import { errorState } from "@/lib/server-actions";

/** Anyone holding the emailed link may answer, for that letter only; saveReplies checks the token itself. */
export async function saveRepliesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const token = values.token ?? "";
  let letterId: string;
  try {
    ({ letterId } = await saveReplies(token, answersFromForm(values)));
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(`/letters/replies/${token}`);
  revalidatePath(`/letters/${letterId}`);
  return {
    status: "success",
    message: "Thank you: your answers are saved. You can come back and change them while this link works.",
    link: { href: `/letters/${letterId}`, label: "See your letter and your answers" },
  };
}
