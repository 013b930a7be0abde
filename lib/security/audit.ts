/**
 * The audit trail of security-relevant events: sign-ins, team and role changes, exports, deletions, limit
 * hits. Write it in the transaction of the change it records. Never put tokens or email addresses in it: ids.
 */
import { type Executor, getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditAction =
  | "auth.sign_in"
  | "auth.signed_out_elsewhere"
  | "org.member_added"
  | "org.role_changed"
  | "org.member_removed"
  | "group.member_added"
  | "group.member_removed"
  | "export.csv"
  | "export.osdi"
  | "account.deleted"
  | "limit.hit"
  | "org.verified"
  | "org.verification_revoked";

export async function audit(
  event: {
    action: AuditAction;
    actorId?: string | null;
    organizationId?: string | null;
    subject?: string | null;
    details?: Record<string, string | number | boolean | null>;
  },
  executor: Executor = getDb(),
): Promise<void> {
  await executor.insert(auditEvents).values({
    action: event.action,
    actorId: event.actorId ?? null,
    organizationId: event.organizationId ?? null,
    subject: event.subject ?? null,
    details: event.details ?? {},
  });
}
