import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { env } from "@/lib/env";

/** The local mailbox is a development tool: in production it does not exist. */
export function isMailboxAvailable(): boolean {
  return !env.isProduction;
}

export async function listMailbox(limit = 100) {
  if (!isMailboxAvailable()) return [];
  return getDb()
    .select({
      id: mailboxMessages.id,
      to: mailboxMessages.to,
      subject: mailboxMessages.subject,
      createdAt: mailboxMessages.createdAt,
    })
    .from(mailboxMessages)
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(limit);
}

export async function findMailboxMessage(id: string) {
  if (!isMailboxAvailable()) return null;
  const [row] = await getDb().select().from(mailboxMessages).where(eq(mailboxMessages.id, id)).limit(1);
  return row ?? null;
}
