import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, memberships, organizations, users } from "@/db/schema";
import { addGroupMember, removeGroupMember } from "@/lib/groups/manage";

async function user(email: string) {
  const [row] = await getDb().insert(users).values({ email, name: "A" }).returning({ id: users.id });
  return { id: row?.id ?? "", email, name: "A" };
}

describe("audit trail", () => {
  it("records who added and removed a group member, by id, never by email", async () => {
    const [group] = await getDb()
      .insert(organizations)
      .values({ slug: "audited-group", name: "Audited", kind: "community_group" })
      .returning({ id: organizations.id });
    const owner = await user("owner-audit@example.org");
    const helper = await user("helper-audit@example.org");
    await getDb()
      .insert(memberships)
      .values({ userId: owner.id, organizationId: group?.id ?? "", role: "owner" });

    await addGroupMember(owner, "audited-group", { email: helper.email, role: "organizer" });
    await removeGroupMember(owner, "audited-group", helper.id);

    const events = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, group?.id ?? ""));
    expect(events.map((e) => e.action).sort()).toEqual(["group.member_added", "group.member_removed"]);
    expect(events.every((e) => e.actorId === owner.id && e.subject === helper.id)).toBe(true);
    expect(JSON.stringify(events)).not.toContain("@example.org");
  });
});
