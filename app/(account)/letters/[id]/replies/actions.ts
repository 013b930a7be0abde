"use server";

import type { ActionState } from "@/lib/actions";
import { getMessages } from "@/lib/i18n/server";
import { answersFromForm, saveMyReplies } from "@/lib/letters/replies";
import { runAction } from "@/lib/run-action";
import { accountPages, receiptPage } from "../../../messages";

/** The letter's author answers from their own account; saveMyReplies checks it is their letter. */
export async function saveMyRepliesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    session: "required",
    signedOut: async () => ({ status: "error", message: (await getMessages(accountPages)).sessionEnded }),
    run: async ({ user, values }) => {
      const letterId = values.letterId ?? "";
      await saveMyReplies(user, letterId, answersFromForm(values));
      return letterId;
    },
    revalidate: (letterId) => [`/letters/${letterId}`, `/letters/${letterId}/replies`],
    done: async (letterId) => {
      const t = await getMessages(receiptPage);
      return {
        status: "success",
        message: t.answersSaved,
        link: { href: `/letters/${letterId}`, label: t.backToLetter },
      };
    },
  });
}
