"use server";

import { revalidatePath } from "next/cache";
import { profileSchema, updateProfile } from "@/lib/accounts/profile";
import type { ActionState } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";
import { errorState, parseForm } from "@/lib/server-actions";
import { accountPages } from "../messages";

export async function updateProfileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  const t = await getMessages(accountPages);
  if (!user) return { status: "error", message: t.sessionEnded };
  const parsed = await parseForm(profileSchema, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await updateProfile(user, parsed.data);
  } catch (error) {
    return await errorState(error);
  }
  revalidatePath("/account");
  return { status: "success", message: t.saved };
}
