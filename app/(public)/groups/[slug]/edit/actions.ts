"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { addGroupMember, removeGroupMember, updateGroupProfile } from "@/lib/groups/manage";
import { getMessages } from "@/lib/i18n/server";
import { errorState } from "@/lib/server-actions";
import { groupEdit } from "../../messages";

async function signedOut(): Promise<ActionState> {
  return { status: "error", message: (await getMessages(groupEdit)).signedOut };
}

/**
 * The group's slug, from the form's hidden field: these actions are never bound in render (a new bound action on
 * every render made React's server render of a no-JavaScript post spin forever: issue 19, item 14).
 */
function slugOf(values: Record<string, string>): string {
  return (values["slug"] ?? "").slice(0, 200);
}

/** The group's profile: the data function checks the role and validates every field before one update. */
export async function updateGroupProfileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOut();
  const values = formValues(formData);
  const slug = slugOf(values);
  try {
    await updateGroupProfile(user, slug, values);
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath("/groups");
  revalidatePath(`/groups/${slug}`);
  const t = await getMessages(groupEdit);
  return { status: "success", message: t.saved, link: { href: `/groups/${slug}`, label: t.seePage } };
}

export async function addGroupMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOut();
  const values = formValues(formData);
  const slug = slugOf(values);
  try {
    const member = await addGroupMember(user, slug, { email: values.email, role: values.role });
    revalidatePath(`/groups/${slug}/edit`);
    return { status: "success", message: (await getMessages(groupEdit)).added(member.email, member.role) };
  } catch (error) {
    return await errorState(error, values);
  }
}

export async function removeGroupMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOut();
  const values = formValues(formData);
  const slug = slugOf(values);
  const userId = values["userId"];
  if (typeof userId !== "string" || userId.length > 64) {
    return { status: "error", message: (await getMessages(groupEdit)).whoToRemove };
  }
  try {
    await removeGroupMember(user, slug, userId);
  } catch (error) {
    return await errorState(error);
  }
  // Someone who removed themselves can no longer see this page.
  if (userId === user.id) redirect("/account");
  revalidatePath(`/groups/${slug}/edit`);
  return { status: "success", message: (await getMessages(groupEdit)).removed };
}
