import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema";

export type GroupProfile = typeof organizations.$inferSelect;

/** A community-led group's public profile, or null. */
export async function findGroupBySlug(slug: string): Promise<GroupProfile | null> {
  const [group] = await getDb()
    .select()
    .from(organizations)
    .where(and(eq(organizations.slug, slug), eq(organizations.kind, "community_group")));
  return group ?? null;
}
