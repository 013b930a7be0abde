"use server";

import { revalidatePath } from "next/cache";
import { formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { markHandoffDone } from "@/lib/letters/receipts";

/** "I sent it through their form": only the letter's author, only their own hand-off. */
export async function markHandoffDoneAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const deliveryId = formValues(formData)["deliveryId"];
  if (!user || typeof deliveryId !== "string" || deliveryId.length > 64) return;
  const { letterId } = await markHandoffDone(user, deliveryId).catch(() => ({ letterId: "" }));
  if (letterId) revalidatePath(`/letters/${letterId}`);
}
