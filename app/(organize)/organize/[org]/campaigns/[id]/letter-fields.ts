import type { TemplatePart } from "@/lib/letters/template";
import { MAX_PARTS } from "@/lib/organize/campaigns";
import type { FieldSpec } from "../../../../spec-form";

type PartWords = {
  part: (n: number) => string;
  partHint: string;
  lockPart: (n: number) => string;
  orderOfPart: (n: number) => string;
};

/**
 * A letter's parts as form fields, for the builder's letter and for its version in the other language (both
 * saved by lib/organize's `part-N-*` reading): each saved part and one empty slot to add another (three slots at
 * least, MAX_PARTS at most), each with its text, its lock and its place in the order.
 */
export function letterPartFields(parts: TemplatePart[], t: PartWords): FieldSpec[] {
  const slots = Math.min(MAX_PARTS, Math.max(parts.length + 1, 3));
  return Array.from({ length: slots }, (_, n): FieldSpec[] => {
    const part = parts[n];
    return [
      { name: `part-${n}-id`, label: "", kind: "hidden", defaultValue: part?.id ?? "" },
      {
        name: `part-${n}-text`,
        label: t.part(n + 1),
        kind: "textarea",
        rows: 3,
        maxLength: 5000,
        defaultValue: part?.text ?? "",
        hint: n === 0 ? t.partHint : undefined,
      },
      {
        name: `part-${n}-locked`,
        label: t.lockPart(n + 1),
        kind: "checkbox",
        defaultChecked: part?.isLocked ?? false,
      },
      { name: `part-${n}-order`, label: t.orderOfPart(n + 1), kind: "number", defaultValue: String(n + 1) },
    ];
  }).flat();
}
