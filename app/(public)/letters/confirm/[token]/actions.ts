"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formValues } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { confirmLetter } from "@/lib/letters/confirm";

export async function confirmLetterAction(formData: FormData): Promise<void> {
  const token = formValues(formData)["token"];
  if (typeof token !== "string" || token.length > 100) redirect("/");
  const page = `/letters/confirm/${encodeURIComponent(token)}`;
  let confirmed: Awaited<ReturnType<typeof confirmLetter>>;
  try {
    confirmed = await confirmLetter(token);
  } catch (error) {
    if (error instanceof AppError) redirect(page);
    throw error;
  }
  if (confirmed.cookie) {
    (await cookies()).set(confirmed.cookie.name, confirmed.cookie.value, confirmed.cookie.options);
    redirect(`/letters/${confirmed.letterId}?sent=1`);
  }
  // An account with a role signs in only by a sign-in link (lib/letters/confirm.ts): send one, and say so.
  let linkSent = false;
  if (confirmed.signInEmail) {
    try {
      await signIn("resend", {
        email: confirmed.signInEmail,
        redirectTo: `/letters/${confirmed.letterId}?sent=1`,
        redirect: false,
      });
      linkSent = true;
    } catch (error) {
      console.error(
        "[confirm] could not send the sign-in link:",
        error instanceof Error ? error.message : error,
      );
    }
  }
  redirect(`${page}?signin=${linkSent ? "sent" : "needed"}`);
}
