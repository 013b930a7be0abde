"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { addGroupMember, removeGroupMember, updateGroupProfile } from "@/lib/groups/manage";
import { errorState } from "@/lib/server-actions";

const signedOut: ActionState = { status: "error", message: "Your session has ended. Please sign in again." };

/** The group's profile: the data function checks the role and validates every field before one update. */
export async function updateGroupProfileAction(
  slug: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  try {
    await updateGroupProfile(user, slug, values);
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath("/groups");
  revalidatePath(`/groups/${slug}`);
  return {
    status: "success",
    message: "Saved. Your group's page shows the changes now.",
    link: { href: `/groups/${slug}`, label: "See your group's page" },
  };
}

export async function addGroupMemberAction(
  slug: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  try {
    const member = await addGroupMember(user, slug, { email: values.email, role: values.role });
    revalidatePath(`/groups/${slug}/edit`);
    return {
      status: "success",
      message: `Added ${member.email} as ${member.role === "organizer" ? "an organizer" : "a viewer"}.`,
    };
  } catch (error) {
    return await errorState(error, values);
  }
}

export async function removeGroupMemberAction(
  slug: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const userId = formValues(formData)["userId"];
  if (typeof userId !== "string" || userId.length > 64) {
    return { status: "error", message: "We couldn't tell who to remove. Please try again." };
  }
  try {
    await removeGroupMember(user, slug, userId);
  } catch (error) {
    return await errorState(error);
  }
  // Someone who removed themselves can no longer see this page.
  if (userId === user.id) redirect("/account");
  revalidatePath(`/groups/${slug}/edit`);
  return { status: "success", message: "Removed." };
}
