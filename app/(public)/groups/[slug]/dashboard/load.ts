import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";

export const dashboardPath = (slug: string) => `/groups/${slug}/dashboard`;
export const optionPath = (slug: string, optionId: string) => `${dashboardPath(slug)}/options/${optionId}`;

/** The signed-in person, or off to sign in and back here. */
export async function requireUser(path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/** "Not yours" and "not there" are one 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
}
