"use client";

import Link from "next/link";
import type { NextStep } from "@/lib/campaigns/steps";
import { useMessages } from "@/lib/i18n/client";
import { supporterWords } from "./supporter.messages";

/**
 * "Thank you — next: …" after someone acts: the next step in the campaign's order (lib/campaigns/steps.ts),
 * computed on the server. Shows nothing when no step is left.
 */
export function NextStepNote({
  next,
  thanks = true,
}: {
  next: NextStep | null | undefined;
  thanks?: boolean;
}) {
  const t = useMessages(supporterWords);
  if (!next) return null;
  return (
    <p className="mt-2 font-medium text-stone-900" data-next-step="">
      {thanks ? t.thanksNext : t.next}
      <Link href={next.href} className="text-brand-800 underline">
        {next.label}
      </Link>
    </p>
  );
}
