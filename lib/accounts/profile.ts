import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { singleLine, withoutNul } from "@/lib/validation";

export const profileSchema = withoutNul(
  z.object({
    name: singleLine(
      z
        .string()
        .trim()
        .min(1, { message: errorText.accounts.tellUsWhatCall })
        .max(80, { message: errorText.accounts.keepNameUnder80Characters }),
    ),
    zip: z
      .string()
      .trim()
      .refine((value) => value === "" || /^\d{5}$/.test(value), {
        message: errorText.accounts.zipCode5DigitsLike,
      })
      .transform((value) => (value === "" ? null : value)),
  }),
);

export type ProfileInput = z.input<typeof profileSchema>;

/** The signed-in person's own profile. Only ever reads the actor's own row. */
export async function getProfile(actor: SessionUser) {
  const [row] = await getDb()
    .select({ name: users.name, email: users.email, zip: users.zip })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row) throw new AppError("NOT_FOUND", errorText.accounts.couldNotFindAccount);
  return row;
}

export async function updateProfile(actor: SessionUser, input: z.output<typeof profileSchema>) {
  const updated = await getDb()
    .update(users)
    .set({ name: input.name, zip: input.zip })
    .where(eq(users.id, actor.id))
    .returning({ id: users.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", errorText.accounts.couldNotFindAccount);
}

/** The language switch, signed in: the account keeps the choice for other devices and for its emails. */
export async function setAccountLanguage(actor: SessionUser, language: Locale) {
  const updated = await getDb()
    .update(users)
    .set({ language })
    .where(eq(users.id, actor.id))
    .returning({ id: users.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", errorText.accounts.couldNotFindAccount);
}
