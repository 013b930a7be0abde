"use server";

import { redirect } from "next/navigation";
import { signOutOtherSessions } from "@/lib/accounts/sessions";
import { getSessionUser } from "@/lib/auth";
import { currentSessionToken } from "@/lib/auth/session";

/** Ends the person's other sessions (only theirs, and never the one making this request). */
export async function signOutElsewhereAction(): Promise<void> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/sessions");
  const ended = await signOutOtherSessions(user, await currentSessionToken());
  redirect(`/account/sessions?ended=${ended}`);
}
