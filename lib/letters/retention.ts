/**
 * What Chorus does not keep (issue 19): a letter nobody confirmed is gone after CONFIRMATION_WAIT_DAYS, and with
 * it the account it made, when that account never signed in or confirmed anything and holds nothing else.
 * Run daily by the `prune-data` job (lib/jobs/worker.ts). Not marked server-only: `npm run worker` runs it
 * outside Next.js.
 */
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { forgetQueuedEmailsTo } from "@/lib/jobs/forget";

/** An unconfirmed letter is kept this long (its link works 48 hours; the rest is slack for a late click). */
export const CONFIRMATION_WAIT_DAYS = 7;
/** Letters per statement: a backlog is purged in short transactions. */
const PURGE_CHUNK = 1000;

export type PurgeReport = { letters: number; accounts: number };

export async function purgeUnconfirmedLetters(): Promise<PurgeReport> {
  const report: PurgeReport = { letters: 0, accounts: 0 };
  for (;;) {
    const chunk = await getDb().transaction(async (tx) => {
      const purged = rowsOf<{ supporter_id: string | null }>(
        await tx.execute(sql`
          delete from letters where id in (
            select id from letters
            where status = 'awaiting_confirmation'
              and created_at < now() - make_interval(days => ${CONFIRMATION_WAIT_DAYS})
            order by created_at
            limit ${PURGE_CHUNK}
            for update skip locked)
          returning supporter_id`),
      );
      const supporters = [...new Set(purged.flatMap((row) => (row.supporter_id ? [row.supporter_id] : [])))];
      // Accounts the purged letters made: never verified (no sign-in, no confirmation: Auth.js and confirming a
      // letter both set email_verified), and holding nothing else (no campaign joined, no consent given either).
      const accounts =
        supporters.length === 0
          ? []
          : rowsOf<{ id: string; email: string }>(
              await tx.execute(sql`
                delete from users u
                where u.id in (${sql.join(
                  supporters.map((id) => sql`${id}`),
                  sql`, `,
                )})
                  and u.email_verified is null
                  and not exists (select 1 from letters l where l.supporter_id = u.id)
                  and not exists (select 1 from sessions s where s.user_id = u.id)
                  and not exists (select 1 from accounts a where a.user_id = u.id)
                  and not exists (select 1 from memberships m where m.user_id = u.id)
                  and not exists (select 1 from pledges p where p.user_id = u.id)
                  and not exists (select 1 from campaign_supporters c where c.user_id = u.id)
                  and not exists (select 1 from organization_subscriptions o where o.user_id = u.id)
                returning u.id, u.email`),
            );
      await forgetQueuedEmailsTo(
        tx,
        accounts.map((a) => a.email),
      );
      return { letters: purged.length, accounts: accounts.length };
    });
    report.letters += chunk.letters;
    report.accounts += chunk.accounts;
    if (chunk.letters < PURGE_CHUNK) return report;
  }
}
