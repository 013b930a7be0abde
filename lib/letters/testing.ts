/**
 * A small, real slice of officials data for letter tests (the full import takes seconds per test file):
 * Illinois' two senators, IL-7 and the split ZIP 60062 (IL-5, IL-9, IL-10), and the demo campaign.
 */
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { deliveries, letters, officials, users, zipDistricts } from "@/db/schema";
import { seedDemo } from "@/db/seed";

const senate = (id: string, name: string, last: string, senateClass: number) => ({
  id,
  level: "federal" as const,
  chamber: "senate",
  state: "IL",
  district: null,
  name,
  firstName: name.split(" ")[0] ?? name,
  lastName: last,
  party: "Democrat",
  contactFormUrl: `https://www.senate.gov/${last.toLowerCase()}/contact`,
  websiteUrl: `https://www.senate.gov/${last.toLowerCase()}`,
  // The seat's class, as congress-legislators gives it: CWC's Senate office code is built from it.
  raw: { senate_class: senateClass },
  sourceHash: id,
});

const house = (id: string, name: string, last: string, district: number) => ({
  id,
  level: "federal" as const,
  chamber: "house",
  state: "IL",
  district,
  name,
  firstName: name.split(" ")[0] ?? name,
  lastName: last,
  party: "Democrat",
  websiteUrl: `https://${last.toLowerCase()}.house.gov`,
  raw: {},
  sourceHash: id,
});

export async function seedLetterFixture(): Promise<void> {
  await getDb()
    .insert(officials)
    .values([
      senate("D000563", "Richard J. Durbin", "Durbin", 2),
      senate("D000622", "Tammy Duckworth", "Duckworth", 3),
      house("D000096", "Danny K. Davis", "Davis", 7),
      house("Q000023", "Mike Quigley", "Quigley", 5),
      house("S001190", "Bradley Scott Schneider", "Schneider", 10),
      house("S001145", "Janice D. Schakowsky", "Schakowsky", 9),
    ])
    .onConflictDoNothing();
  await getDb()
    .insert(zipDistricts)
    .values([
      { zip: "60623", state: "IL", district: 7 },
      { zip: "60062", state: "IL", district: 5 },
      { zip: "60062", state: "IL", district: 9 },
      { zip: "60062", state: "IL", district: 10 },
    ])
    .onConflictDoNothing();
  await seedDemo(getDb());
}

export type FixtureTarget = {
  targetKey: string;
  name: string;
  title: string;
  email: string;
  officialId?: string;
  customTargetId?: string;
};

const COUNCIL: FixtureTarget = {
  targetKey: "custom:council",
  name: "Ana Rivera",
  title: "Council Member",
  email: "council@example.org",
};

/** Queued email deliveries for `n` confirmed letters to one target, as a confirmed submit leaves them. */
export async function queueEmailLetters(
  campaignId: string,
  n: number,
  prefix: string,
  target: FixtureTarget = COUNCIL,
): Promise<string[]> {
  const db = getDb();
  const people = await db
    .insert(users)
    .values(Array.from({ length: n }, (_, i) => ({ email: `${prefix}-${i}@example.org` })))
    .returning({ id: users.id, email: users.email });
  const rows = await db
    .insert(letters)
    .values(
      people.map((person, i) => ({
        campaignId,
        supporterId: person.id,
        status: "confirmed" as const,
        subject: "Re: {{campaign.title}}",
        body: `Dear {{official.title}} {{official.last_name}},\n\nLetter number ${i} from {{supporter.city}}.`,
        personalizationScore: 0.5,
        firstName: "Pat",
        lastName: `Writer${i}`,
        email: person.email,
        city: "Chicago",
        state: "IL",
        zip: "60623",
      })),
    )
    .returning({ id: letters.id });
  const created = await db
    .insert(deliveries)
    .values(
      rows.map((letter) => ({
        letterId: letter.id,
        targetKey: target.targetKey,
        officialId: target.officialId,
        customTargetId: target.customTargetId,
        targetName: target.name,
        targetTitle: target.title,
        targetEmail: target.email,
        channel: "email" as const,
        status: "queued" as const,
      })),
    )
    .returning({ id: deliveries.id });
  return created.map((d) => d.id);
}

/**
 * The confirmation link's token for the latest letter written from `email`, as the worker would make it when it
 * sends the queued email (the job holds the letter's id only; the token is in no table).
 */
export async function confirmationTokenFor(email: string): Promise<string> {
  const { buildLetterEmail } = await import("./letter-emails");
  const [letter] = await getDb()
    .select({ id: letters.id })
    .from(letters)
    .where(eq(letters.email, email))
    .orderBy(desc(letters.createdAt))
    .limit(1);
  if (!letter) throw new Error(`no letter from ${email}`);
  const built = await buildLetterEmail({ letterEmail: "confirm-letter", letterId: letter.id });
  const url = built?.template === "confirm-letter" ? (built.props as { confirmUrl: string }).confirmUrl : "";
  return url.slice(url.lastIndexOf("/") + 1);
}
