"use server";

import { signOut } from "@/lib/auth";

/** Ends the session on the server (the database session row is deleted), then goes home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
