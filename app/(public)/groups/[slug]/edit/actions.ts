"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/actions";
import { addGroupMember, removeGroupMember, updateGroupProfile } from "@/lib/groups/manage";
import { getMessages } from "@/lib/i18n/server";
import { runAction } from "@/lib/run-action";
import { errorState } from "@/lib/server-actions";
import { groupEdit } from "../../messages";

const signedIn = {
  session: "required",
  signedOut: async (): Promise<ActionState> => ({
    status: "error",
    message: (await getMessages(groupEdit)).signedOut,
  }),
} as const;

/**
 * The group's slug, from the form's hidden field: these actions are never bound in render (a new bound action on
 * every render made React's server render of a no-JavaScript post spin forever: issue 19, item 14).
 */
function slugOf(values: Record<string, string>): string {
  return (values["slug"] ?? "").slice(0, 200);
}

/** The group's profile: the data function checks the role and validates every field before one update. */
export async function updateGroupProfileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => updateGroupProfile(user, slugOf(values), values),
    revalidate: (_saved, { values }) => ["/groups", `/groups/${slugOf(values)}`],
    done: async (_saved, { values }) => {
      const t = await getMessages(groupEdit);
      return {
        status: "success",
        message: t.saved,
        link: { href: `/groups/${slugOf(values)}`, label: t.seePage },
      };
    },
  });
}

export async function addGroupMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) =>
      addGroupMember(user, slugOf(values), { email: values.email, role: values.role }),
    revalidate: (_member, { values }) => [`/groups/${slugOf(values)}/edit`],
    done: async (member) => ({
      status: "success",
      message: (await getMessages(groupEdit)).added(member.email, member.role),
    }),
  });
}

export async function removeGroupMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    schema: z.object({ userId: z.string().max(64) }),
    invalid: async () => ({ status: "error", message: (await getMessages(groupEdit)).whoToRemove }),
    run: ({ user, data, values }) => removeGroupMember(user, slugOf(values), data.userId),
    failed: (error) => errorState(error),
    // Someone who removed themselves can no longer see this page: they go to their account instead.
    revalidate: (_removed, { user, data, values }) =>
      data.userId === user.id ? [] : [`/groups/${slugOf(values)}/edit`],
    done: async (_removed, { user, data }) => {
      if (data.userId === user.id) redirect("/account");
      return { status: "success", message: (await getMessages(groupEdit)).removed };
    },
  });
}
