"use server";

import { profileSchema, updateProfile } from "@/lib/accounts/profile";
import type { ActionState } from "@/lib/actions";
import { getMessages } from "@/lib/i18n/server";
import { runAction } from "@/lib/run-action";
import { errorState } from "@/lib/server-actions";
import { accountPages } from "../messages";

export async function updateProfileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getMessages(accountPages);
  return runAction(formData, {
    session: "required",
    signedOut: () => ({ status: "error", message: t.sessionEnded }),
    schema: profileSchema,
    run: ({ user, data }) => updateProfile(user, data),
    failed: (error) => errorState(error),
    revalidate: ["/account"],
    done: () => ({ status: "success", message: t.saved }),
  });
}
