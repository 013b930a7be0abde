"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formValues } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { confirmLetter } from "@/lib/letters/confirm";

export async function confirmLetterAction(formData: FormData): Promise<void> {
  const token = formValues(formData)["token"];
  if (typeof token !== "string" || token.length > 100) redirect("/");
  let letterId: string;
  try {
    const confirmed = await confirmLetter(token);
    (await cookies()).set(confirmed.cookie.name, confirmed.cookie.value, confirmed.cookie.options);
    letterId = confirmed.letterId;
  } catch (error) {
    if (error instanceof AppError) redirect(`/letters/confirm/${encodeURIComponent(token)}`);
    throw error;
  }
  redirect(`/letters/${letterId}?sent=1`);
}
