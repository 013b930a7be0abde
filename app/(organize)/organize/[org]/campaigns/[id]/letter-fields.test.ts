import { describe, expect, it } from "vitest";
import { MAX_PARTS } from "@/lib/organize/campaigns";
import { letterPartFields } from "./letter-fields";
import { builderMessages } from "./messages";

const part = (n: number, isLocked = false) => ({ id: `p${n}`, text: `Text ${n}`, isLocked });

describe("a letter's parts as form fields (the builder's letter and its translation)", () => {
  it("offers three empty parts for a new letter, the first with its hint", () => {
    const fields = letterPartFields([], builderMessages.en);
    expect(fields.map((f) => f.name)).toEqual(
      [0, 1, 2].flatMap((n) => [`part-${n}-id`, `part-${n}-text`, `part-${n}-locked`, `part-${n}-order`]),
    );
    expect(fields.filter((f) => f.hint).map((f) => [f.name, f.hint])).toEqual([
      ["part-0-text", "Leave a part empty to remove it."],
    ]);
    expect(fields.find((f) => f.name === "part-2-order")?.defaultValue).toBe("3");
  });

  it("keeps each saved part's id, text and lock, and adds one empty slot, up to the most a letter holds", () => {
    const fields = letterPartFields([part(1), part(2), part(3, true), part(4)], builderMessages.es);
    const named = (name: string) => fields.find((f) => f.name === name);
    expect(fields).toHaveLength(5 * 4);
    expect(named("part-2-id")?.defaultValue).toBe("p3");
    expect(named("part-2-text")?.defaultValue).toBe("Text 3");
    expect(named("part-2-locked")?.defaultChecked).toBe(true);
    expect(named("part-3-locked")?.defaultChecked).toBe(false);
    expect(named("part-4-text")?.defaultValue).toBe("");
    expect(named("part-2-text")?.label).toBe("Parte 3");
    const full = letterPartFields(
      Array.from({ length: MAX_PARTS }, (_, n) => part(n)),
      builderMessages.en,
    );
    expect(full).toHaveLength(MAX_PARTS * 4);
  });
});
