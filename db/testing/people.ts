/** Test helpers for the data-layer suites: a new person with a unique address, and the AppError a call throws. */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";

/** A new user named `label`, with an address no other test uses. */
export async function newPerson(label: string): Promise<SessionUser> {
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name: label }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: label };
}

/** The AppError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("expected an AppError"),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}
