"use server";

import { redirect } from "next/navigation";
import { deleteMyAccount, unsubscribeFrom } from "@/lib/accounts/privacy";
import type { ActionState } from "@/lib/actions";
import { requestSignInLink } from "@/lib/auth/request-link";
import { getMessages } from "@/lib/i18n/server";
import { rethrow, runAction } from "@/lib/run-action";
import { accountPages } from "../../messages";

const signedIn = {
  session: "required",
  signedOut: async (): Promise<ActionState> => ({
    status: "error",
    message: (await getMessages(accountPages)).sessionEnded,
  }),
} as const;

export async function deleteAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => deleteMyAccount(user, values.confirmEmail ?? ""),
    done: () => redirect("/account-deleted"),
  });
}

export async function unsubscribeAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    session: "required",
    signedOut: () => redirect("/sign-in?callbackUrl=/account/privacy"),
    run: ({ user, values }) => unsubscribeFrom(user, String(values["organizationId"] ?? "")),
    failed: rethrow,
    revalidate: ["/account/privacy"],
  });
}

/**
 * A new sign-in link to the signed-in person's own address (never one typed here), which brings them back to
 * the privacy page signed in just now: what downloading their data and deleting the account need. The same
 * form guard and limits as the sign-in page.
 */
export async function sendFreshSignInLinkAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    // The failure is a state of its own (a limit, the form guard), not a thrown error.
    run: ({ user }) => requestSignInLink(formData, user.email, "/account/privacy"),
    done: (failed) => failed ?? redirect("/sign-in/check-email"),
  });
}
