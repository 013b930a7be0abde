import { sql } from "drizzle-orm";
import { getConnection } from "@/db/client";

export type Health = { status: "ok" | "unavailable"; db: "pglite" | "postgres"; message?: string };

/** Is the database answering? Bounded, so a hung database makes the check fail rather than hang. */
export async function checkHealth(timeoutMs = 3000): Promise<Health> {
  const connection = getConnection();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      connection.db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
    return { status: "ok", db: connection.kind };
  } catch {
    return { status: "unavailable", db: connection.kind, message: "The database is not answering." };
  } finally {
    clearTimeout(timer);
  }
}
