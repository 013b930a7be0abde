"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getMessages } from "@/lib/i18n/server";
import { answersFromForm, saveReplies } from "@/lib/letters/replies";
import { errorState } from "@/lib/server-actions";
import { letterLinkPages } from "../../messages";

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
  const t = await getMessages(letterLinkPages);
  return {
    status: "success",
    message: t.answersSaved,
    link: { href: `/letters/${letterId}`, label: t.seeLetterAndAnswers },
  };
}
