/** A call step's target rules, as letters' (lib/letters/targets.ts) without custom targets (they have no phone). */
import type { District } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";

export { districtKey, parseDistrictKey } from "@/lib/letters/targets";

export type CallRule =
  | { rule: "senators" | "house" | "state_upper" | "state_lower" }
  | { rule: "official"; official: OfficialSummary | null };

export type { District };
