import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import type { FakeEmail } from "./fakes/fake-resend";

const FAKE_RESEND = "http://127.0.0.1:3901";

/** A unique address per test, so tests run in parallel without meeting each other's mail. */
export function uniqueEmail(prefix = "supporter"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@example.org`;
}

export async function emailsTo(address: string): Promise<FakeEmail[]> {
  const response = await fetch(`${FAKE_RESEND}/__fake/emails`);
  const { emails } = (await response.json()) as { emails: FakeEmail[] };
  return emails.filter((email) => email.to.includes(address));
}

/**
 * Waits for an email to arrive at the fake Resend and returns it. Emails queued behind the rest of the suite's
 * (some specs run in parallel) may want a longer `timeoutMs`.
 */
export async function waitForEmail(address: string, subject: RegExp, timeoutMs = 15_000): Promise<FakeEmail> {
  let found: FakeEmail | undefined;
  await expect
    .poll(
      async () => {
        found = (await emailsTo(address)).find((email) => subject.test(email.subject));
        return found !== undefined;
      },
      { timeout: timeoutMs, message: `an email to ${address} matching ${subject}` },
    )
    .toBe(true);
  if (!found) throw new Error("unreachable");
  return found;
}

export function magicLinkFrom(email: FakeEmail): string {
  const match = email.text?.match(/https?:\/\/\S+\/api\/auth\/callback\/resend\?\S+/);
  if (!match) throw new Error(`no sign-in link in: ${email.text}`);
  return match[0].replace(/[)\]>.,]+$/, "");
}
