/**
 * The pledge emails of someone who reads Spanish (issue 8, item 3), from the real data functions to the local
 * mailbox: the confirmation of each kind of pledge with its calendar file, the reminder the day before a shift,
 * and a group's message to a shift's volunteers. The facts written in English when the email is queued (a
 * shift's time, an amount, "Online", an organizer without a name) arrive in Spanish; only what people typed
 * (the group's name, the option's title and place, the message) stays as typed.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { mailboxMessages, memberships, organizations, pledgeOptions, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { sendShiftMessage } from "@/lib/groups/dashboard";
import { handleSendEmail } from "@/lib/jobs/worker";
import { remindShifts } from "./emails";
import { pledge } from "./pledge";

const GROUP = "Pilsen Tenants Union";
let groupId = "";

/** English that Chorus writes into these emails; none of it may reach a Spanish reader. */
const ENGLISH =
  /\b(Online|the group will send the link|Central Time|Eastern Time|AM|PM|once|a month|Your pledges|[Aa]n organizer|Saturday|Friday|March|May|When|Where|Thank you|pledge)\b/;

let unique = 0;
async function account(name: string | null, language: "es" | "en" = "es"): Promise<SessionUser> {
  unique += 1;
  const email = `${name ?? "nameless"}-${unique}-${randomUUID().slice(0, 8)}@example.org`.toLowerCase();
  const [user] = await getDb().insert(users).values({ email, name, language }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name };
}

async function option(values: Partial<typeof pledgeOptions.$inferInsert>) {
  const [row] = await getDb()
    .insert(pledgeOptions)
    .values({ organizationId: groupId, kind: "volunteer_shift", title: "Help", ...values })
    .returning({ id: pledgeOptions.id });
  if (!row) throw new Error("no option");
  return row.id;
}

/** Sends the queued email (as the worker does) and reads it from the local mailbox. */
async function sent(to: string, template: string) {
  const jobs = rowsOf<{ data: { idempotencyKey: string } }>(
    await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'to' = ${to} and data->>'template' = ${template}`,
    ),
  );
  expect(jobs).toHaveLength(1);
  const job = jobs[0]?.data;
  await handleSendEmail(job as never);
  const [mail] = await getDb()
    .select()
    .from(mailboxMessages)
    .where(eq(mailboxMessages.idempotencyKey, job?.idempotencyKey ?? ""));
  if (!mail) throw new Error(`no ${template} email to ${to}`);
  return mail;
}

/** The email's words, with what people typed taken out (it stays as typed, in any language). */
function chorusWords(mail: { subject: string; text: string }, typed: string[]): string {
  let words = `${mail.subject}\n${mail.text}`;
  for (const text of typed) words = words.split(text).join(" ");
  return words;
}

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

beforeAll(async () => {
  const [group] = await getDb()
    .insert(organizations)
    .values({
      slug: "pilsen-tenants",
      name: GROUP,
      kind: "community_group",
      donationUrl: "https://example.org/give",
    })
    .returning({ id: organizations.id });
  groupId = group?.id ?? "";
});

describe("pledge emails to someone who reads Spanish", () => {
  it("an online shift's confirmation and its calendar file are in Spanish", async () => {
    const lucia = await account("Lucía");
    const shift = await option({
      title: "Phone bank",
      description: "Bring a charged phone.",
      startsAt: new Date("2031-03-08T16:00:00Z"),
      endsAt: new Date("2031-03-08T19:00:00Z"),
      timeZone: "America/Chicago",
      isRemote: true,
    });
    await pledge(lucia, { optionId: shift, name: "Lucía" });
    const mail = await sent(lucia.email, "pledge-confirmation");

    expect(mail.subject).toBe(`Ya tienes tu lugar: Phone bank con ${GROUP}`);
    expect(mail.html).toMatch(/<html[^>]* lang="es"/);
    expect(mail.text).toContain("Cuándo: sábado, 8 de marzo, 10:00 a.m. – 1:00 p.m. hora del Centro");
    expect(mail.text).toContain("Dónde: En línea (el grupo te enviará el enlace)");
    expect(chorusWords(mail, ["Phone bank", GROUP])).not.toMatch(ENGLISH);

    const [ics] = mail.attachments;
    expect(ics?.filename).toBe("turno-de-voluntariado.ics");
    const calendar = unfold(ics?.content ?? "");
    expect(calendar).toContain("SUMMARY:Phone bank (Pilsen Tenants Union)");
    expect(calendar).toContain("LOCATION:En línea (el grupo te enviará el enlace)");
    expect(calendar).toContain(
      "DESCRIPTION:Bring a charged phone.\\n\\nTus compromisos: http://localhost:3000/account/pledges",
    );
    expect(calendar).toContain(
      "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Tu turno de voluntariado empieza en 2 horas\r\n",
    );
    expect(calendar).not.toMatch(/Online|Your pledges|volunteer shift|starts in/);
  });

  it("a monthly gift, goods and skills are confirmed in Spanish", async () => {
    const ines = await account("Inés");
    const gift = await option({ kind: "donation", title: "Court fund", allowsMonthly: true });
    await pledge(ines, { optionId: gift, name: "Inés", amount: "10.50", frequency: "monthly" });
    const donation = await sent(ines.email, "pledge-confirmation");
    expect(donation.subject).toBe(`Gracias por tu compromiso con ${GROUP}`);
    expect(donation.text).toContain(`Te comprometiste a donar $10.50 al mes a ${GROUP}`);
    expect(donation.attachments).toEqual([]);
    expect(chorusWords(donation, ["Court fund", GROUP])).not.toMatch(ENGLISH);

    const rosa = await account("Rosa");
    const goods = await option({ kind: "goods", title: "Moving boxes" });
    await pledge(rosa, { optionId: goods, name: "Rosa", quantity: 1200 });
    const boxes = await sent(rosa.email, "pledge-confirmation");
    expect(boxes.text).toContain(`Te comprometiste a dar 1,200 × Moving boxes a ${GROUP}`);
    expect(chorusWords(boxes, ["Moving boxes", GROUP])).not.toMatch(ENGLISH);

    const ana = await account("Ana");
    const skills = await option({ kind: "skills", title: "Translation" });
    await pledge(ana, { optionId: skills, name: "Ana", hours: 4 });
    const offered = await sent(ana.email, "pledge-confirmation");
    expect(offered.text).toContain(`Ofreciste tus habilidades (“Translation”) a ${GROUP}`);
    expect(chorusWords(offered, ["Translation", GROUP])).not.toMatch(ENGLISH);
  });

  it("the reminder the day before a shift is in Spanish, with the shift's own place as typed", async () => {
    const marta = await account("Marta");
    const shift = await option({
      title: "Know-your-rights clinic",
      startsAt: new Date("2031-05-02T13:00:00Z"),
      endsAt: new Date("2031-05-02T15:00:00Z"),
      timeZone: "America/New_York",
      location: "1831 S Racine Ave",
    });
    await pledge(marta, { optionId: shift, name: "Marta" });
    expect((await remindShifts(new Date("2031-05-01T18:00:00Z"))).reminded).toBeGreaterThanOrEqual(1);
    const reminder = await sent(marta.email, "pledge-reminder");
    expect(reminder.text).toContain("Cuándo: viernes, 2 de mayo, 9:00 a.m. – 11:00 a.m. hora del Este");
    expect(reminder.text).toContain("Dónde: 1831 S Racine Ave");
    expect(chorusWords(reminder, ["Know-your-rights clinic", GROUP, "1831 S Racine Ave"])).not.toMatch(
      ENGLISH,
    );
  });

  it("a group's message to a shift, sent by an organizer whose account has no name, is in Spanish", async () => {
    const organizer = await account(null, "en");
    await getDb()
      .insert(memberships)
      .values({ userId: organizer.id, organizationId: groupId, role: "owner" });
    const volunteer = await account("Sofía");
    const shift = await option({
      title: "Door knocking",
      startsAt: new Date("2031-06-07T15:00:00Z"),
      endsAt: new Date("2031-06-07T17:00:00Z"),
      timeZone: "America/Chicago",
    });
    await pledge(volunteer, { optionId: shift, name: "Sofía" });
    await sendShiftMessage(organizer, "pilsen-tenants", shift, {
      messageId: randomUUID(),
      subject: "Nos vemos el sábado",
      body: "Traigan agua.",
    });
    const message = await sent(volunteer.email, "volunteer-message");
    expect(message.subject).toBe(`Nos vemos el sábado (${GROUP})`);
    expect(message.text).toContain(
      `Hola, Sofía: una persona del equipo organizador, de ${GROUP}, escribió a todas las personas inscritas en “Door knocking”, sábado, 7 de junio, 10:00 a.m. – 12:00 p.m. hora del Centro.`,
    );
    expect(message.text).toContain(
      "Responde a este correo para contestarle a una persona del equipo organizador.",
    );
    expect(message.replyTo).toBe(organizer.email);
    expect(chorusWords(message, ["Door knocking", GROUP])).not.toMatch(ENGLISH);
  });
});
