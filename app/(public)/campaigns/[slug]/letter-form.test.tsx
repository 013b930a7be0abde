/**
 * The letter form asks for what Congress's mail system needs only when a member of Congress is among the
 * recipients (issue 18, item 5): a street address and a title (`prefix`, with "None of these"), with the reason
 * in plain words, in English and Spanish; a letter to a city council alone asks neither.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocaleProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/locale";
import { LetterForm } from "./letter-form";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&#x27;", "'")
    .replace(/\s+/g, " ");

function form(congress: { asks: boolean; hasSenate: boolean; isRequired: boolean }, locale: Locale = "en") {
  return renderToStaticMarkup(
    <LocaleProvider locale={locale}>
      <LetterForm
        campaign="demo"
        zip="60623"
        district="IL-7"
        parts={[{ id: "ask", text: "Please act.", isLocked: true }]}
        prompt=""
        language="en"
        isSignedIn={false}
        defaults={{ firstName: "", lastName: "", city: "", streetAddress: "" }}
        needsAddress={[]}
        congress={congress}
        stateDistricts={{}}
        stamp="stamp"
      />
    </LocaleProvider>,
  );
}

describe("the letter form and Congress", () => {
  it("asks a letter to a city council alone for neither a street address nor a title", () => {
    const html = form({ asks: false, hasSenate: false, isRequired: false });
    expect(html).not.toContain('name="streetAddress"');
    expect(html).not.toContain('name="prefix"');
  });

  it("asks for a street address and a title when a member of Congress is among the recipients, saying why", () => {
    const html = form({ asks: true, hasSenate: true, isRequired: false });
    expect(html).toContain('name="streetAddress"');
    expect(html).toMatch(/<select[^>]*name="prefix"/);
    for (const value of ["Mr.", "Mrs.", "Miss", "Ms.", "Dr.", "none"])
      expect(html).toContain(`value="${value}"`);
    expect(text(html)).toContain(
      "Congress's mail system asks for your street address and a title; we keep your address only until your letter is delivered and never share it with the organizers.",
    );
    expect(text(html)).toContain("None of these");
    expect(text(html)).toContain(
      "Senate offices only accept these titles; if you choose none, we show you their contact form instead.",
    );
    // Not required while every recipient is a hand-off (no CWC office right now).
    expect(html).not.toMatch(/<select[^>]*required/);
  });

  it("requires them once the letter goes through Congress's mail system, and speaks Spanish", () => {
    const html = form({ asks: true, hasSenate: false, isRequired: true }, "es");
    expect(html).toMatch(/<select[^>]*required/);
    expect(html).toMatch(
      /<input[^>]*name="streetAddress"[^>]*required|<input[^>]*required[^>]*name="streetAddress"/,
    );
    expect(text(html)).toContain("El sistema de correo del Congreso pide tu dirección y un tratamiento");
    expect(text(html)).toContain("Ninguno de estos");
    // Without a senator, no Senate note.
    expect(text(html)).not.toContain("Senado");
  });
});
