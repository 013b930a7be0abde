"use server";

import { redirect } from "next/navigation";
import { signOutOtherSessions } from "@/lib/accounts/sessions";
import { currentSessionToken } from "@/lib/auth/session";
import { rethrow, runAction } from "@/lib/run-action";

/** Ends the person's other sessions (only theirs, and never the one making this request). */
export async function signOutElsewhereAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    session: "required",
    signedOut: () => redirect("/sign-in?callbackUrl=/account/sessions"),
    run: async ({ user }) => signOutOtherSessions(user, await currentSessionToken()),
    failed: rethrow,
    done: (ended) => redirect(`/account/sessions?ended=${ended}`),
  });
}
