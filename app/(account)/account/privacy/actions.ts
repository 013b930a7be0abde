"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteMyAccount, unsubscribeFrom } from "@/lib/accounts/privacy";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
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
