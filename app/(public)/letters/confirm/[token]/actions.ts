"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { confirmLetter, reviseUnconfirmedLetter } from "@/lib/letters/confirm";
import { errorState } from "@/lib/server-actions";

const pageOf = (token: string) => `/letters/confirm/${encodeURIComponent(token)}`;

export async function confirmLetterAction(formData: FormData): Promise<void> {
  const token = formValues(formData)["token"];
  if (typeof token !== "string" || token.length > 100) redirect("/");
  await confirmAndGo(token);
}

/** Saves the supporter's changed parts; then shows the letter again, or sends it ("Save and send"). */
export async function reviseLetterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const token = values.token;
  if (typeof token !== "string" || token.length > 100) redirect("/");
  const parts: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (key.startsWith("part:")) parts[key.slice(5)] = value;
  try {
    await reviseUnconfirmedLetter(token, parts);
  } catch (error) {
    return await errorState(error, values);
  }
  if (values.intent === "send") await confirmAndGo(token);
  redirect(`${pageOf(token)}?saved=1`);
}

async function confirmAndGo(token: string): Promise<never> {
  let confirmed: Awaited<ReturnType<typeof confirmLetter>>;
  try {
    confirmed = await confirmLetter(token);
  } catch (error) {
    if (error instanceof AppError) redirect(pageOf(token));
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
  redirect(`${pageOf(token)}?signin=${linkSent ? "sent" : "needed"}`);
}
