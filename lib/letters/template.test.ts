import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  composeBody,
  findMergeFields,
  isMergeField,
  MERGE_FIELDS,
  mergeFieldSamples,
  mergeSubject,
  mergeText,
  PERSONALIZATION_LABELS,
  personalization,
  splitBody,
  type TemplatePart,
} from "./template";

describe("merge fields", () => {
  it("finds known and unknown fields", () => {
    expect(
      findMergeFields(
        "Dear {{official.title}} {{ official.last_name }}, {{supporter.ssn}} {{official.title}}",
      ),
    ).toEqual({
      known: ["official.title", "official.last_name"],
      unknown: ["supporter.ssn"],
    });
  });

  it("merges values as plain text on one line", () => {
    expect(
      mergeText("Dear {{official.title}} {{official.last_name}},\nfrom {{supporter.city}}", {
        "official.title": "Senator",
        "official.last_name": "Durbin\r\nBcc: everyone@example.org",
        "supporter.city": "<b>Chicago</b>",
      }),
    ).toBe("Dear Senator Durbin Bcc: everyone@example.org,\nfrom <b>Chicago</b>");
  });

  it("leaves a missing value empty and unknown braces as typed", () => {
    expect(mergeText("Hi {{supporter.first_name}}! {{not.a_field}}", {})).toBe("Hi ! {{not.a_field}}");
  });

  it("keeps a subject on one line", () => {
    expect(
      mergeSubject("Re: {{campaign.title}}\r\nBcc: x@example.org", { "campaign.title": "Housing" }),
    ).toBe("Re: Housing Bcc: x@example.org");
  });

  it("drops control characters", () => {
    expect(mergeText("a\u0000b\u0007c\td", {})).toBe("abc\td");
  });

  it("lists every field by name, with a sample in the organizer's language", () => {
    expect(MERGE_FIELDS).toContain("campaign.title");
    expect(MERGE_FIELDS.every(isMergeField)).toBe(true);
    expect(isMergeField("0")).toBe(false);
    const en = mergeFieldSamples("en");
    const es = mergeFieldSamples("es");
    expect(Object.keys(es)).toEqual([...MERGE_FIELDS]);
    expect(mergeText("{{official.title}} {{official.last_name}}: {{campaign.title}}", es)).toBe(
      "Senadora Rivera: Que ninguna familia pierda su hogar",
    );
    expect(mergeText("{{supporter.full_name}}, {{organization.name}}", en)).toBe(
      "Sam Lee, Neighbors for Fair Housing",
    );
  });
});

describe("composeBody", () => {
  const parts = [
    { id: "opening", text: "Dear {{official.title}},", isLocked: false },
    { id: "ask", text: "Please fund a right to counsel.", isLocked: true },
    { id: "story", text: "I care about this.", isLocked: false },
  ];

  it("keeps locked parts from the template whatever was posted", () => {
    expect(composeBody(parts, { ask: "Please do nothing.", story: "My family was evicted in 2019." })).toBe(
      "Dear {{official.title}},\n\nPlease fund a right to counsel.\n\nMy family was evicted in 2019.",
    );
  });

  it("uses the template where the supporter left a part alone, and drops emptied parts", () => {
    expect(composeBody(parts, { opening: "  " })).toBe(
      "Please fund a right to counsel.\n\nI care about this.",
    );
  });
});

describe("personalization", () => {
  const template = "Dear Senator, please fund a right to counsel for tenants facing eviction. Thank you.";

  it("is zero for the template itself, whatever the spacing or case", () => {
    expect(personalization(template, template.toUpperCase().replace(/ /g, "  "))).toMatchObject({
      score: 0,
      level: "template",
    });
  });

  it("grows with the supporter's own words", () => {
    const some = personalization(template, `${template} My neighbor lost her home.`);
    const personal = personalization(
      template,
      "Dear Senator, last spring my family and I were evicted after our landlord refused repairs. We had no lawyer. Please fund a right to counsel.",
    );
    expect(some.level).toBe("some");
    expect(personal.level).toBe("personal");
    expect(personal.score).toBeGreaterThan(some.score);
  });

  it("counts an empty letter as the template", () => {
    expect(personalization("", "").score).toBe(0);
  });

  it("tells the supporter in their language, with the same measure", () => {
    const letter = `${template} My neighbor lost her home.`;
    expect(personalization(template, letter).label).toBe("Some of this is in your own words.");
    expect(personalization(template, letter, "es")).toEqual({
      ...personalization(template, letter, "en"),
      label: "Una parte está en tus propias palabras.",
    });
    expect(personalization(template, template, "es").label).toBe(PERSONALIZATION_LABELS.es.template);
    for (const level of ["template", "some", "personal"] as const) {
      expect(PERSONALIZATION_LABELS.es[level]).not.toBe(PERSONALIZATION_LABELS.en[level]);
    }
  });
});

describe("splitBody (the supporter's parts back from a body, to change it before confirming)", () => {
  const demo: TemplatePart[] = [
    { id: "greeting", text: "Dear {{official.title}} {{official.last_name}},", isLocked: false },
    { id: "story", text: "I live in {{supporter.city}}.", isLocked: false },
    { id: "ask", text: "Please fund counsel.\n\nThis year.", isLocked: true },
    { id: "closing", text: "Thank you.", isLocked: false },
  ];

  it("gives back what the supporter wrote, part by part", () => {
    const edits = { greeting: "Hello,", story: "My sister was evicted.\n\nIt took a year.", closing: "" };
    const body = composeBody(demo, edits);
    expect(splitBody(demo, body)).toEqual(edits);
  });

  it("is null when the locked words are not in the body (the template changed since)", () => {
    const body = composeBody(demo, { story: "Mine." });
    const changed = demo.map((p) => (p.id === "ask" ? { ...p, text: "Something else." } : p));
    expect(splitBody(changed, body)).toBeNull();
  });

  it("recomposes every body it splits into the same body (property)", () => {
    const paragraph = fc.stringMatching(/^[a-z ]{1,12}$/).map((t) => t.trim() || "x");
    const text = fc.array(paragraph, { minLength: 0, maxLength: 3 }).map((ps) => ps.join("\n\n"));
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, isLocked: fc.boolean() }), { minLength: 1, maxLength: 5 }),
        fc.array(text, { minLength: 5, maxLength: 5 }),
        (rows, writes) => {
          const parts = rows.map((row, i) => ({ id: `p${i}`, ...row }));
          const edits = Object.fromEntries(parts.map((p, i) => [p.id, writes[i] ?? ""]));
          const body = composeBody(parts, edits);
          const split = splitBody(parts, body);
          expect(split).not.toBeNull();
          expect(composeBody(parts, split ?? {})).toBe(body);
        },
      ),
      { numRuns: 300 },
    );
  });
});
