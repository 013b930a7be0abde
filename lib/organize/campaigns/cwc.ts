import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaigns } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { CWC_TOPICS, isCwcTopic } from "@/lib/delivery/cwc/topics";
import { AppError } from "@/lib/errors";
import { errorText, issueText } from "@/lib/i18n/errors";
import { withoutNul } from "@/lib/validation";
import { WRITE } from "../access";
import { requireCampaign } from "../guard";

import { NOT_FOUND, writable } from "./shared";

/** Letters to Congress (CWC): the Library of Congress topics and the stance letters carry. */

const CWC_TOPIC_COUNT = CWC_TOPICS.length;

export type CwcInput = { topics?: string[]; stance?: string };

/** The builder's form: one checkbox per topic (`topic:<CWC's value>`), and the stance. */
export function cwcInputFromForm(values: Record<string, string>): CwcInput {
  return {
    topics: Object.entries(values)
      .filter(([key, value]) => key.startsWith("topic:") && value === "on")
      .map(([key]) => key.slice("topic:".length)),
    stance: values.stance ?? "",
  };
}

const cwcSchema = z.object({
  topics: z
    .array(z.string().max(100, { message: errorText.organize.chooseLibraryCongressTopicsFrom }), {
      message: errorText.organize.chooseLibraryCongressTopicsFrom,
    })
    .max(CWC_TOPIC_COUNT, { message: errorText.organize.chooseLibraryCongressTopicsFrom })
    .default([])
    .refine((topics) => topics.every(isCwcTopic), {
      message: errorText.organize.chooseLibraryCongressTopicsFrom,
    }),
  stance: z.enum(["", "pro", "con"], { message: errorText.organize.chooseAgainstNoStance }).default(""),
});

/**
 * The Library of Congress topics (only CWC's 32 values) and the stance on the campaign's bill that letters to
 * Congress carry. Publishing a campaign to Congress needs at least one topic.
 */
export async function saveCwcSettings(
  actor: SessionUser,
  campaignId: string,
  input: CwcInput,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const parsed = withoutNul(cwcSchema).safeParse(input);
  if (!parsed.success) {
    const message = issueText(
      parsed.error.issues[0]?.message ?? errorText.organize.chooseLibraryCongressTopicsFrom,
    );
    throw new AppError("INVALID_INPUT", message, {
      [String(parsed.error.issues[0]?.path[0] ?? "topics")]: [message],
    });
  }
  const topics = [...new Set(parsed.data.topics)];
  const updated = await getDb()
    .update(campaigns)
    .set({ cwcTopics: topics, cwcStance: parsed.data.stance || null, updatedAt: new Date() })
    .where(writable(actor, campaignId))
    .returning({ id: campaigns.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}
