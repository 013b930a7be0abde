"use server";

import type { ActionState } from "@/lib/actions";
import { getMessages } from "@/lib/i18n/server";
import { answersFromForm, saveReplies } from "@/lib/letters/replies";
import { runAction } from "@/lib/run-action";
import { letterLinkPages } from "../../messages";

/** Anyone holding the emailed link may answer, for that letter only; saveReplies checks the token itself. */
export async function saveRepliesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    session: "none",
    run: ({ values }) => saveReplies(values.token ?? "", answersFromForm(values)),
    revalidate: ({ letterId }, { values }) => [
      `/letters/replies/${values.token ?? ""}`,
      `/letters/${letterId}`,
    ],
    done: async ({ letterId }) => {
      const t = await getMessages(letterLinkPages);
      return {
        status: "success",
        message: t.answersSaved,
        link: { href: `/letters/${letterId}`, label: t.seeLetterAndAnswers },
      };
    },
  });
}
