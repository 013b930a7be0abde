"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { confirmLetter, reviseUnconfirmedLetter } from "@/lib/letters/confirm";
import { rethrow, runAction } from "@/lib/run-action";

const pageOf = (token: string) => `/letters/confirm/${encodeURIComponent(token)}`;

/** The emailed link's token, carried by the form: it is the proof, so no session is read. */
const tokenSchema = z.object({ token: z.string().max(100) });
const home = () => redirect("/");

export async function confirmLetterAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    session: "none",
    schema: tokenSchema,
    invalid: home,
    // Every way out is a redirect (the letter, or its page saying what holds), which rethrow lets through.
    run: ({ data }) => confirmAndGo(data.token),
    failed: rethrow,
  });
}

/** Saves the supporter's changed parts; then shows the letter again, or sends it ("Save and send"). */
export async function reviseLetterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    session: "none",
    schema: tokenSchema,
    invalid: home,
    run: ({ data, values }) => {
      const parts: Record<string, string> = {};
      for (const [key, value] of Object.entries(values))
        if (key.startsWith("part:")) parts[key.slice(5)] = value;
      return reviseUnconfirmedLetter(data.token, parts);
    },
    done: async (_revised, { data, values }) => {
      if (values.intent === "send") await confirmAndGo(data.token);
      redirect(`${pageOf(data.token)}?saved=1`);
    },
  });
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
