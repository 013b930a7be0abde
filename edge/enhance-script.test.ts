import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeBody, personalization, type TemplatePart } from "@/lib/letters/template";

/**
 * public/enhance.js (the lite page's script) measures "how personal is this" in the browser with its own copy
 * of lib/letters/template.ts's personalization(): the two must agree, or a supporter would read one level while
 * writing and the organizer see another.
 */
type Lite = {
  personalization(template: string, letter: string): { score: number; level: string };
  composeLetter(parts: { text: string; isEdit: boolean }[]): string;
};

function loadScript(): Lite {
  // Outside a browser (no document), the script only defines its measures.
  const context = vm.createContext({});
  vm.runInContext(source, context, { filename: "public/enhance.js" });
  return (context as { ChorusLite: Lite }).ChorusLite;
}

const source = readFileSync(path.join(process.cwd(), "public/enhance.js"), "utf8");
const lite = loadScript();
const RUNS = 1000;

const template = [
  "Dear {{official.title}} {{official.last_name}},",
  "Please guarantee a free lawyer to every tenant facing eviction in {{bill.number}}.",
  "Families that have a lawyer stay housed far more often. It's time.",
  "Sincerely, {{supporter.first_name}}",
].join("\n\n");

const pool = [
  ..."please guarantee a free lawyer to every tenant facing eviction families stay housed".split(" "),
  "It's",
  "Évictions",
  "niños",
  "счастье",
  "2019",
  "{{official.last_name}}",
  "\u0000",
  "\r\n",
  "\n",
  "—",
  "  ",
  "!",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((words) => words.join(" "));

describe("the lite page's script", () => {
  it("is plain ES2015, which old phones read (no ?., ??, trailing commas in calls, async…)", () => {
    expect(() => parse(source, { ecmaVersion: 2015, sourceType: "script" })).not.toThrow();
    // The check itself refuses what Safari before 13.1 and Chrome before 58 cannot read.
    expect(() => parse("a?.b", { ecmaVersion: 2015 })).toThrow();
    expect(() => parse("f(a,)", { ecmaVersion: 2015 })).toThrow();
  });
});

describe("the lite page's personal-letter measure", () => {
  it("agrees with the server's on the template, small edits and letters of one's own", () => {
    expect(lite.personalization(template, template)).toEqual({ score: 0, level: "template" });
    const some = template.replace("It's time.", "My neighbours were evicted last spring without one.");
    expect(lite.personalization(template, some)).toEqual({
      score: personalization(template, some).score,
      level: personalization(template, some).level,
    });
    expect(lite.personalization(template, "All my own words, nothing else.").level).toBe("personal");
    expect(lite.personalization("", "")).toEqual({ score: 0, level: "template" });
  });

  it("agrees with the server's at every score from 0 to 1 (the levels' edges included)", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => `word${i}`);
    for (let changed = 0; changed <= 100; changed++) {
      const letter = hundred.map((w, i) => (i < changed ? `mine${i}` : w)).join(" ");
      const server = personalization(hundred.join(" "), letter);
      expect(server.score).toBe(changed / 100);
      expect(lite.personalization(hundred.join(" "), letter)).toEqual({
        score: server.score,
        level: server.level,
      });
    }
  });

  it("agrees with the server's on any text and any edit of it (property)", () => {
    // A letter is usually the template with some words changed, dropped or added: scores all over 0…1.
    const edited = fc
      .tuple(
        fc.oneof(text, fc.constant(template)),
        fc.array(fc.tuple(fc.constantFrom("keep", "drop", "add"), fc.constantFrom(...pool)), {
          maxLength: 80,
        }),
      )
      .map(([original, edits]) => {
        const words = original.split(" ");
        const letter = words.flatMap((word, i) => {
          const [edit, other] = edits[i] ?? ["keep", ""];
          return edit === "keep" ? [word] : edit === "drop" ? [] : [word, other];
        });
        return [original, letter.join(" ")] as const;
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.tuple(text, text)), ([a, b]) => {
        const server = personalization(a, b);
        expect(lite.personalization(a, b)).toEqual({ score: server.score, level: server.level });
      }),
      { numRuns: RUNS },
    );
  });

  it("composes the letter from the form as the server does (property)", () => {
    const part = fc.record({ text, isLocked: fc.boolean() });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), fc.array(text, { maxLength: 5 }), (drafts, edits) => {
        const parts: TemplatePart[] = drafts.map((p, i) => ({ id: `p${i}`, ...p }));
        // The form posts every open part (its textarea's value: the template's words until changed); a locked
        // part is the text on the page.
        const given: Record<string, string> = {};
        parts.forEach((p, i) => {
          if (!p.isLocked) given[p.id] = edits[i] ?? p.text;
        });
        const fromPage = parts.map((p) =>
          p.isLocked ? { text: p.text, isEdit: false } : { text: given[p.id] ?? "", isEdit: true },
        );
        expect(lite.composeLetter(fromPage)).toBe(composeBody(parts, given));
      }),
      { numRuns: RUNS },
    );
  });
});
