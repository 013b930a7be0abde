import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { type ActionState, formValues } from "./actions";
import { getSessionUser, type SessionUser } from "./auth";
import { errorState, parseForm } from "./server-actions";

type Values = Record<string, string>;

export type ActionInput<U, D> = { user: U; data: D; values: Values };

type Steps<U, S extends z.ZodType, T> = {
  /** Checks the form; a form that fails shows each field's message (parseForm). Without one, `data` is the values. */
  schema?: S;
  /** What a form that fails the schema shows instead of parseForm's state. */
  invalid?: (state: ActionState, values: Values) => ActionState | Promise<ActionState>;
  /** The one data function the action calls (it checks the caller's role inside its query). */
  run: (input: ActionInput<U, z.infer<S>>) => Promise<T>;
  /** What a failure shows; by default the error in the person's language beside the values they sent. */
  failed?: (error: unknown, values: Values) => ActionState | Promise<ActionState>;
  /** The paths that show what changed, refreshed once the work is done. */
  revalidate?:
    | Array<string | null | undefined>
    | ((result: T, input: ActionInput<U, z.infer<S>>) => Array<string | null | undefined>);
  /** The answer once the work is done: a state for the form, or a redirect; plain "success" without one. */
  done?: (result: T, input: ActionInput<U, z.infer<S>>) => ActionState | Promise<ActionState>;
};

/** A signed-in person, re-checked here and again by the data function; `signedOut` answers anyone else. */
type SignedIn = {
  session: "required";
  /** What a signed-out caller gets: a state for the form, or a redirect to sign in. */
  signedOut: (values: Values) => ActionState | Promise<ActionState>;
};
/** The session is read, and may be null (a signed-out visitor gets a way of their own). */
type MaybeSignedIn = { session: "optional" };
/** No session is read: the form carries its own proof (an emailed token) or needs none (signing in). */
type NoSession = { session: "none" };

/**
 * Every server action, in order: the session → the schema → the data function → revalidate → the answer. A thrown
 * AppError becomes the form's message and field errors (errorState); a redirect from `signedOut` or `done` goes
 * through (neither runs inside the try). Audit rows are not written here: the data function writes them in the
 * transaction of the change they record (lib/security/audit.ts).
 *
 * Call it from an exported action whose signature the form needs: `(prev, formData)` for useActionState, or
 * `(formData)` for a plain form. Ids come as hidden fields, or bound once in a server component, never in render.
 */
export function runAction<S extends z.ZodType = z.ZodType<Values>, T = void>(
  formData: FormData,
  steps: SignedIn & Steps<SessionUser, S, T>,
): Promise<ActionState>;
export function runAction<S extends z.ZodType = z.ZodType<Values>, T = void>(
  formData: FormData,
  steps: MaybeSignedIn & Steps<SessionUser | null, S, T>,
): Promise<ActionState>;
export function runAction<S extends z.ZodType = z.ZodType<Values>, T = void>(
  formData: FormData,
  steps: NoSession & Steps<null, S, T>,
): Promise<ActionState>;
export async function runAction<S extends z.ZodType, T>(
  formData: FormData,
  // `never`: each overload's `run` takes the user its session promises, which the checks below make true.
  steps: (SignedIn | MaybeSignedIn | NoSession) & Steps<never, S, T>,
): Promise<ActionState> {
  const values = formValues(formData);
  const user = steps.session === "none" ? null : await getSessionUser();
  if (steps.session === "required" && !user) return await steps.signedOut(values);
  // Without a schema the data is the values as sent (the overloads' default S says so).
  let data = values as z.infer<S>;
  if (steps.schema) {
    const parsed = await parseForm(steps.schema, formData);
    if (!parsed.ok) return steps.invalid ? await steps.invalid(parsed.state, values) : parsed.state;
    data = parsed.data;
  }
  const input = { user, data, values } as ActionInput<never, z.infer<S>>;
  let result: T;
  try {
    result = await steps.run(input);
  } catch (error) {
    return steps.failed ? await steps.failed(error, values) : await errorState(error, values);
  }
  const paths =
    typeof steps.revalidate === "function" ? steps.revalidate(result, input) : (steps.revalidate ?? []);
  for (const path of paths) if (path) revalidatePath(path);
  return steps.done ? await steps.done(result, input) : { status: "success" };
}

/** `failed` for a plain form's action with no message to show: the error goes on to the error page, as thrown. */
export function rethrow(error: unknown): never {
  throw error;
}
