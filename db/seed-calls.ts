/**
 * The demo campaign's call step (issue 21): call your members of Congress, in English and Spanish, to the same
 * officials its letter goes to (its senators and House member). The script names no bill number, so it reads
 * the same whichever bill the demo names.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "./client";
import { callScripts, callSteps, callTargets, campaignSteps } from "./schema";

const SCRIPT_EN = [
  {
    id: "hello",
    text: "Hello, my name is {{supporter.full_name}}, and I'm a constituent from ZIP code {{supporter.zip}}. Thank you for taking my call at the {{office.city}} office.",
    isLocked: false,
  },
  {
    id: "ask",
    text: "I'm calling to ask {{official.title}} {{official.last_name}} to support a right to counsel for tenants: a free lawyer for every tenant facing eviction.",
    isLocked: true,
  },
  {
    id: "why",
    text: "Families in my community are losing their homes without ever speaking to a lawyer. Please tell {{official.title}} {{official.last_name}} that I called. Thank you.",
    isLocked: false,
  },
];

const SCRIPT_ES = [
  {
    id: "hello",
    text: "Hola, me llamo {{supporter.full_name}} y vivo en su distrito, en el código postal {{supporter.zip}}. Gracias por atender mi llamada en la oficina de {{office.city}}.",
    isLocked: false,
  },
  {
    id: "ask",
    text: "Llamo para pedirle a {{official.title}} {{official.last_name}} que apoye el derecho a un abogado para los inquilinos: un abogado gratuito para cada inquilino que enfrenta un desalojo.",
    isLocked: true,
  },
  {
    id: "why",
    text: "En mi comunidad hay familias que pierden su hogar sin haber hablado nunca con un abogado. Por favor, díganle a {{official.title}} {{official.last_name}} que llamé. Gracias.",
    isLocked: false,
  },
];

/** Adds the call step to a demo that has none (an organizer's own call steps are never topped up). */
export async function seedDemoCallStep(tx: Transaction, campaignId: string): Promise<void> {
  const [existing] = await tx
    .select({ id: campaignSteps.id })
    .from(campaignSteps)
    .where(and(eq(campaignSteps.campaignId, campaignId), eq(campaignSteps.kind, "call")))
    .limit(1);
  if (existing) return;
  const [next] = await tx
    .select({ position: sql<number>`coalesce(max(${campaignSteps.position}), -1)::int + 1` })
    .from(campaignSteps)
    .where(eq(campaignSteps.campaignId, campaignId));
  const [step] = await tx
    .insert(campaignSteps)
    .values({
      campaignId,
      kind: "call",
      position: Number(next?.position ?? 0),
      status: "open",
      openedAt: new Date(),
      title: "Call your members of Congress",
      description: "A two-minute call to each of your senators and your representative: the script is ready.",
    })
    .returning({ id: campaignSteps.id });
  if (!step) throw new Error("seed: call step missing after insert");
  await tx.insert(callSteps).values({ stepId: step.id, campaignId });
  await tx.insert(callScripts).values([
    { stepId: step.id, language: "en", parts: SCRIPT_EN },
    { stepId: step.id, language: "es", parts: SCRIPT_ES },
  ]);
  await tx.insert(callTargets).values([
    { stepId: step.id, rule: "senators", position: 0 },
    { stepId: step.id, rule: "house", position: 1 },
  ]);
}
