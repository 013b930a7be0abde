"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteMyAccount, unsubscribeFrom } from "@/lib/accounts/privacy";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { requestSignInLink } from "@/lib/auth/request-link";
import { getMessages } from "@/lib/i18n/server";
import { errorState } from "@/lib/server-actions";
import { accountPages } from "../../messages";

export async function deleteAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { status: "error", message: (await getMessages(accountPages)).sessionEnded };
  const values = formValues(formData);
  try {
    await deleteMyAccount(user, values.confirmEmail ?? "");
  } catch (error) {
    return await errorState(error, values);
  }
  redirect("/account-deleted");
}

export async function unsubscribeAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/privacy");
  await unsubscribeFrom(user, String(formValues(formData)["organizationId"] ?? ""));
  revalidatePath("/account/privacy");
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
  const user = await getSessionUser();
  if (!user) return { status: "error", message: (await getMessages(accountPages)).sessionEnded };
  const failed = await requestSignInLink(formData, user.email, "/account/privacy");
  if (failed) return failed;
  redirect("/sign-in/check-email");
}
