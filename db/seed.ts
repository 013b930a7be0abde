/**
 * Demo data: one organization with an organizer who can sign in, a few community-led groups, and the
 * published campaign `demo`. Idempotent: running it again changes nothing that exists.
 */
import { eq } from "drizzle-orm";
import { zonedInstant } from "@/lib/delivery/office-hours";
import type { Database, Transaction } from "./client";
import {
  campaignBills,
  campaignResources,
  campaignSteps,
  campaigns,
  campaignTargets,
  campaignTranslations,
  campaignVoices,
  customTargets,
  letterTemplates,
  memberships,
  organizations,
  pledgeOptions,
  users,
} from "./schema";
import { seedDemoCallStep } from "./seed-calls";

export const DEMO_ORGANIZER_EMAIL = "organizer@example.org";
export const DEMO_CAMPAIGN_SLUG = "demo";
/** Coordinates Casa del Pueblo's volunteers (its owner): signs in to see the group's dashboard. */
export const DEMO_GROUP_COORDINATOR_EMAIL = "coordinator@example.org";

const story = `Every week, families in our city are evicted without ever speaking to a lawyer. Landlords are
represented in almost every case; tenants in very few. When tenants have counsel, most of them stay housed.

**Right to counsel** guarantees a free lawyer to tenants facing eviction. It has passed in cities from New York to
Cleveland, and it works: fewer evictions, fewer families in shelters, and a court that hears both sides.

This campaign is led by tenants who have been through eviction court themselves. Read their stories, learn from
the organizers who have done this work for years, and then add your voice.`;

const groups = [
  {
    slug: "casa-del-pueblo-tenants-union",
    name: "Casa del Pueblo Tenants Union",
    leadershipStatement: "Led by tenants, most of them Latina mothers, who organize their own buildings.",
    description: "Know-your-rights clinics, building meetings and accompaniment to housing court.",
    focusAreas: ["housing", "immigrant rights"],
    state: "IL",
    city: "Chicago",
    zip: "60623",
    isRemote: false,
    websiteUrl: "https://example.org/casa-del-pueblo",
    donationUrl: "https://example.org/casa-del-pueblo/donate",
  },
  {
    slug: "eastside-mutual-aid",
    name: "Eastside Mutual Aid",
    leadershipStatement:
      "Run by and for neighbors on the east side; decisions are made at open weekly meetings.",
    description: "Grocery deliveries, a community fridge and rent relief for neighbors in crisis.",
    focusAreas: ["food", "housing"],
    state: "MI",
    city: "Detroit",
    zip: "48207",
    isRemote: false,
    websiteUrl: "https://example.org/eastside-mutual-aid",
    donationUrl: "https://example.org/eastside-mutual-aid/donate",
  },
  {
    slug: "disability-justice-collective",
    name: "Disability Justice Collective",
    leadershipStatement: "Led by disabled people of color; nothing about us without us.",
    description:
      "Accessible housing advocacy, peer support and remote volunteering for people who cannot travel.",
    focusAreas: ["disability justice", "housing"],
    state: null,
    city: null,
    zip: null,
    isRemote: true,
    websiteUrl: "https://example.org/disability-justice-collective",
    donationUrl: "https://example.org/disability-justice-collective/donate",
  },
] as const;

export const DEMO_COUNCIL_EMAIL = "city-council@example.org";

/**
 * The demo letter exercises both channels: a city council reached by email (a custom target) and the
 * supporter's members of Congress, who publish only contact forms (a guided hand-off).
 */
async function seedDemoLetter(tx: Transaction, campaignId: string, organizationId: string): Promise<void> {
  await tx.insert(letterTemplates).values({
    campaignId,
    language: "en",
    subject: "Please guarantee a right to counsel for tenants",
    personalizationPrompt:
      "Tell them why this matters to you: your own story, a neighbor's, or what you have seen where you live.",
    parts: [
      { id: "greeting", text: "Dear {{official.title}} {{official.last_name}},", isLocked: false },
      {
        id: "story",
        text: "I live in {{supporter.city}}, and I am writing because no family should lose their home just because they could not afford a lawyer.",
        isLocked: false,
      },
      {
        id: "ask",
        // The bill's number and title add no words, so a supporter's own sentence weighs as much as before.
        text: "I ask you to guarantee a right to counsel ({{bill.number}}, {{bill.title}}): a free lawyer for every tenant facing eviction, funded in this year's budget.",
        isLocked: true,
      },
      { id: "closing", text: "Thank you for your time. I look forward to your reply.", isLocked: false },
    ],
  });
  const [council] = await tx
    .insert(customTargets)
    .values({
      organizationId,
      name: "City Council",
      title: "Council Members",
      email: DEMO_COUNCIL_EMAIL,
      // The demo's own target: its address counts as confirmed, so the demo's letters go at once.
      confirmedEmail: DEMO_COUNCIL_EMAIL,
      confirmedAt: new Date(),
    })
    .returning({ id: customTargets.id });
  if (!council) throw new Error("seed: custom target missing after insert");
  await tx.insert(campaignTargets).values([
    { campaignId, rule: "custom", customTargetId: council.id, position: 0 },
    { campaignId, rule: "senators", position: 1 },
    { campaignId, rule: "house", position: 2 },
  ]);
}

const historia = `Cada semana, familias de nuestra ciudad pierden su hogar en un desalojo sin haber hablado nunca con
un abogado. Los propietarios llegan con abogado a casi todos los casos; los inquilinos, a muy pocos. Cuando los
inquilinos tienen abogado, la mayoría se queda en su casa.

**El derecho a un abogado** garantiza un abogado gratuito a cada inquilino que enfrenta un desalojo. Ya se aprobó en
ciudades desde Nueva York hasta Cleveland, y funciona: menos desalojos, menos familias en albergues y un tribunal que
escucha a las dos partes.

Esta campaña la dirigen inquilinos que pasaron ellos mismos por el tribunal de desalojos. Lee sus historias, aprende
de quienes llevan años haciendo este trabajo y luego suma tu voz.`;

/**
 * The demo in Spanish: its page and its letter, with the same parts and merge fields as the English one. The letter
 * speaks to the official as "usted"; the page speaks to the reader as "tú". Added when missing (an organizer who
 * removed it gets it back from `npm run db:seed`, as with the groups); never overwritten.
 */
async function seedDemoSpanish(tx: Transaction, campaignId: string): Promise<void> {
  await tx
    .insert(campaignTranslations)
    .values({
      campaignId,
      language: "es",
      title: "Que las familias conserven su hogar: derecho a un abogado para inquilinos",
      summary:
        "Pide a tus representantes que garanticen un abogado gratuito a cada inquilino que enfrenta un desalojo.",
      story: historia,
      callToAction:
        "Escribe a tus representantes y pídeles que financien el derecho a un abogado para los inquilinos que enfrentan un desalojo.",
    })
    .onConflictDoNothing();
  await tx
    .insert(letterTemplates)
    .values({
      campaignId,
      language: "es",
      subject: "Por favor, garantice el derecho a un abogado para los inquilinos",
      personalizationPrompt:
        "Cuéntales por qué esto te importa: tu propia historia, la de un vecino o lo que has visto donde vives.",
      parts: [
        { id: "greeting", text: "Estimado/a {{official.title}} {{official.last_name}}:", isLocked: false },
        {
          id: "story",
          text: "Vivo en {{supporter.city}} y le escribo porque ninguna familia debería perder su hogar solo por no poder pagar un abogado.",
          isLocked: false,
        },
        {
          id: "ask",
          text: "Le pido que garantice el derecho a un abogado ({{bill.number}}, {{bill.title}}): un abogado gratuito para cada inquilino que enfrenta un desalojo, financiado en el presupuesto de este año.",
          isLocked: true,
        },
        { id: "closing", text: "Gracias por su tiempo. Quedo atento/a a su respuesta.", isLocked: false },
      ],
    })
    .onConflictDoNothing();
}

/** A Saturday at least `minDays` away, at a local hour in Chicago. */
function upcomingSaturday(minDays: number, hour: number): Date {
  const date = new Date(Date.now() + minDays * 24 * 3_600_000);
  while (date.getUTCDay() !== 6) date.setUTCDate(date.getUTCDate() + 1);
  return zonedInstant(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    hour,
    "America/Chicago",
  );
}

/** Ways to help on the demo campaign: a shift and a gift (Casa del Pueblo), coats, translation, a phone bank. */
async function seedDemoPledges(tx: Transaction, campaignId: string): Promise<void> {
  const groupIds = new Map(
    (await tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations)).map((g) => [
      g.slug,
      g.id,
    ]),
  );
  const casa = groupIds.get("casa-del-pueblo-tenants-union");
  const eastside = groupIds.get("eastside-mutual-aid");
  const collective = groupIds.get("disability-justice-collective");
  if (!casa || !eastside || !collective) throw new Error("seed: demo groups missing");
  const clinic = upcomingSaturday(4, 10);
  await tx.insert(pledgeOptions).values([
    {
      organizationId: casa,
      campaignId,
      kind: "volunteer_shift",
      title: "Know-your-rights clinic",
      description:
        "Welcome tenants, take notes for the lawyers, and help people find their next step. Training at the start.",
      startsAt: clinic,
      endsAt: new Date(clinic.getTime() + 3 * 3_600_000),
      timeZone: "America/Chicago",
      location: "Casa del Pueblo, 1831 S Racine Ave, Chicago, IL 60608",
      capacity: 8,
      hours: 3,
      position: 0,
    },
    {
      organizationId: casa,
      campaignId,
      kind: "donation",
      title: "Fund court accompaniment",
      description: "Gifts pay for bus fare and childcare so tenants can get to housing court.",
      suggestedAmountsCents: [1000, 2500, 5000],
      allowsMonthly: true,
      position: 1,
    },
    {
      organizationId: eastside,
      campaignId,
      kind: "goods",
      title: "Winter coats for families",
      description: "New or gently used, adult and children's sizes.",
      item: "Winter coats",
      capacity: 40,
      position: 2,
    },
    {
      organizationId: collective,
      campaignId,
      kind: "skills",
      title: "Spanish translation of tenant guides",
      description: "Translate short know-your-rights guides; remote, at your own pace.",
      skill: "Spanish translation",
      isRemote: true,
      hours: 4,
      position: 3,
    },
    {
      organizationId: collective,
      campaignId,
      kind: "volunteer_shift",
      title: "Remote phone bank",
      description: "Call supporters to invite them to the council hearing. Script and training provided.",
      startsAt: upcomingSaturday(5, 13),
      endsAt: new Date(upcomingSaturday(5, 13).getTime() + 2 * 3_600_000),
      timeZone: "America/Chicago",
      isRemote: true,
      capacity: 20,
      hours: 2,
      position: 4,
    },
  ]);
}

/**
 * What the demo teaches and whom it lets speak: a book by a tenant organizer (shown first, as from the
 * community), an explainer, and one tenant's words, published with her recorded permission.
 */
async function seedDemoContent(tx: Transaction, campaignId: string): Promise<void> {
  await tx.insert(campaignResources).values([
    {
      campaignId,
      title: "Evicted: a guide to housing court",
      author: "National Coalition for a Civil Right to Counsel",
      kind: "article",
      url: "https://example.org/right-to-counsel/guide",
      byAffectedCommunity: false,
      note: "How right to counsel works, and where it has passed.",
      position: 0,
    },
    {
      campaignId,
      title: "We Stayed: stories from eviction court",
      author: "Rosa Delgado, tenant organizer with Casa del Pueblo",
      kind: "book",
      url: "https://example.org/casa-del-pueblo/we-stayed",
      byAffectedCommunity: true,
      note: "Written by tenants who went to court without a lawyer, and then with one.",
      position: 1,
    },
  ]);
  await tx.insert(campaignVoices).values({
    campaignId,
    body: "I went to court alone with my two kids. The landlord had a lawyer; I had a folder of receipts. With a lawyer the second time, the judge finally heard me, and we kept our home.",
    attribution: "Maria, tenant in Pilsen",
    permissionNote: "Written permission, signed at the Casa del Pueblo meeting on March 3",
    permissionAt: new Date("2026-03-03T18:00:00Z"),
    position: 0,
  });
}

/**
 * The demo's steps in its organizers' order (learn first: the people most affected speak before anyone is asked
 * to act), a draft ask they can open to see the alert go out, and the (fictional) bill its letter names.
 */
async function seedDemoSteps(tx: Transaction, campaignId: string): Promise<void> {
  const opened = new Date();
  await tx.insert(campaignSteps).values([
    { campaignId, kind: "learn", position: 0, status: "open", openedAt: opened },
    { campaignId, kind: "write", position: 1, status: "open", openedAt: opened },
    { campaignId, kind: "pledge", position: 2, status: "open", openedAt: opened },
    { campaignId, kind: "share", position: 3, status: "open", openedAt: opened },
    {
      campaignId,
      kind: "ask",
      position: 4,
      status: "draft",
      title: "Pack the council hearing",
      description: "The council votes on right to counsel soon. Come, sit with the tenants, and be counted.",
    },
  ]);
}

async function seedDemoBill(tx: Transaction, campaignId: string): Promise<void> {
  await tx.insert(campaignBills).values({
    campaignId,
    // A federal bill (of the 119th Congress): the letter goes to members of Congress, who are never written to
    // about a state's bill. Fictional, like the rest of the demo.
    jurisdiction: "federal",
    state: null,
    number: "H.R. 1234",
    title: "Tenant Right to Counsel Act",
    url: "https://example.org/bills/119-hr-1234",
    status: "Referred to the House Committee on Financial Services; a hearing is expected this spring",
    statusUpdatedAt: new Date(),
  });
}

export async function seedDemo(db: Database): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, DEMO_CAMPAIGN_SLUG))
      .limit(1);

    await tx
      .insert(organizations)
      .values({
        slug: "neighbors-for-fair-housing",
        name: "Neighbors for Fair Housing",
        kind: "organization",
        description: "A coalition of tenants, faith communities and legal aid groups.",
        focusAreas: ["housing"],
        websiteUrl: "https://example.org/neighbors-for-fair-housing",
        // The demo organization is verified: its custom target gets letters, its owners invite freely.
        verificationStatus: "verified",
        verifiedAt: new Date(),
        verifiedBy: "seed",
      })
      .onConflictDoNothing({ target: organizations.slug });
    for (const group of groups) {
      await tx
        .insert(organizations)
        .values({
          ...group,
          kind: "community_group",
          focusAreas: [...group.focusAreas],
          verificationStatus: "verified",
          verifiedAt: new Date(),
          verifiedBy: "seed",
        })
        .onConflictDoNothing({ target: organizations.slug });
    }

    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, "neighbors-for-fair-housing"));
    if (!org) throw new Error("seed: organization missing after insert");

    await tx
      .insert(users)
      .values({ email: DEMO_ORGANIZER_EMAIL, name: "Dana Organizer", emailVerified: new Date() })
      .onConflictDoNothing({ target: users.email });
    const [organizer] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_ORGANIZER_EMAIL));
    if (!organizer) throw new Error("seed: organizer missing after insert");

    await tx
      .insert(memberships)
      .values({ userId: organizer.id, organizationId: org.id, role: "owner" })
      .onConflictDoNothing();

    await tx
      .insert(campaigns)
      .values({
        organizationId: org.id,
        slug: DEMO_CAMPAIGN_SLUG,
        status: "published",
        title: "Keep families housed: a right to counsel for tenants",
        summary: "Ask your officials to guarantee a free lawyer to every tenant facing eviction.",
        story,
        callToAction:
          "Write to your officials and ask them to fund a right to counsel for tenants facing eviction.",
        goal: 1000,
        language: "en",
        // A demo should show its email at once (in /dev/mailbox, or the tests' fake Resend), whatever the
        // hour: no office-hours window. The daily cap per target keeps its default.
        officeHoursStart: null,
        officeHoursEnd: null,
        officeWeekdaysOnly: false,
        // For letters to Congress through CWC: the Library of Congress topic that fits (lib/delivery/cwc/topics.ts).
        // The demo's letter supports its federal bill: CWC messages carry the bill and "Pro".
        cwcTopics: ["Housing and Community Development"],
        cwcStance: "pro",
        publishedAt: new Date(),
      })
      .onConflictDoNothing({ target: campaigns.slug });

    const [demo] = await tx
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, DEMO_CAMPAIGN_SLUG));
    if (!demo) throw new Error("seed: demo campaign missing after insert");
    if (existing.length === 0) await seedDemoLetter(tx, demo.id, org.id);
    const offered = await tx
      .select({ id: pledgeOptions.id })
      .from(pledgeOptions)
      .where(eq(pledgeOptions.campaignId, demo.id))
      .limit(1);
    if (offered.length === 0) await seedDemoPledges(tx, demo.id);
    const [resource] = await tx
      .select({ id: campaignResources.id })
      .from(campaignResources)
      .where(eq(campaignResources.campaignId, demo.id))
      .limit(1);
    const [voice] = await tx
      .select({ id: campaignVoices.id })
      .from(campaignVoices)
      .where(eq(campaignVoices.campaignId, demo.id))
      .limit(1);
    // Both are added only to a demo that has neither, so an organizer's edits to one are never topped up.
    if (!resource && !voice) await seedDemoContent(tx, demo.id);
    const [step] = await tx
      .select({ id: campaignSteps.id })
      .from(campaignSteps)
      .where(eq(campaignSteps.campaignId, demo.id))
      .limit(1);
    if (!step) await seedDemoSteps(tx, demo.id);
    // The letter names the bill, so a new demo gets both; an existing demo keeps the organizer's choice.
    if (existing.length === 0) await seedDemoBill(tx, demo.id);
    await seedDemoSpanish(tx, demo.id);
    await seedDemoCallStep(tx, demo.id);

    await tx
      .insert(users)
      .values({ email: DEMO_GROUP_COORDINATOR_EMAIL, name: "Marisol Coordinator", emailVerified: new Date() })
      .onConflictDoNothing({ target: users.email });
    const [coordinator] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_GROUP_COORDINATOR_EMAIL));
    const [casa] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, "casa-del-pueblo-tenants-union"));
    if (coordinator && casa) {
      await tx
        .insert(memberships)
        .values({ userId: coordinator.id, organizationId: casa.id, role: "owner" })
        .onConflictDoNothing();
    }

    return { created: existing.length === 0 };
  });
}
