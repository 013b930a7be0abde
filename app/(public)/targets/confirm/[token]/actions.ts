"use server";

import { redirect } from "next/navigation";
import { formValues } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { confirmTargetAddress } from "@/lib/organize/target-confirmation";

/** The button on the page (a POST): only this confirms, never opening the link. */
export async function confirmTargetAction(formData: FormData): Promise<void> {
  const token = formValues(formData)["token"];
  if (typeof token !== "string" || token.length === 0 || token.length > 100) redirect("/");
  try {
    await confirmTargetAddress(token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  // The page says what now holds: confirmed, or why the link no longer works.
  redirect(`/targets/confirm/${encodeURIComponent(token)}`);
}
