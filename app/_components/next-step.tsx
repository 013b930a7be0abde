import Link from "next/link";
import type { NextStep } from "@/lib/campaigns/steps";

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
  if (!next) return null;
  return (
    <p className="mt-2 font-medium text-stone-900" data-next-step="">
      {thanks ? "Thank you — next: " : "Next: "}
      <Link href={next.href} className="text-brand-800 underline">
        {next.label}
      </Link>
    </p>
  );
}
