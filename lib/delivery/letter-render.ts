/**
 * Renders letter emails fast. Rendering the React template takes ~7 ms a letter here, which would make a
 * batch of 100 slower than the provider's pace; so the template is rendered once with markers, and each letter
 * fills in its own escaped paragraphs. The result is the same HTML the React template produces (a test checks
 * this), so LetterEmail stays the one description of what a letter looks like.
 */
import { createElement } from "react";
import LetterEmail from "@/emails/letter";
import { renderEmail } from "@/lib/email/send";

const BODY = "\u2063chorus-body\u2063";
const SIGNATURE = "\u2063chorus-signature\u2063";

type Shell = { html: string; paragraphOpen: string; paragraphClose: string };
/** One shell per language tag (`<html lang>`), made once. */
const shells = new Map<string, Promise<Shell>>();

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

async function loadShell(lang: string): Promise<Shell> {
  const { html } = await renderEmail(
    createElement(LetterEmail, { body: BODY, signature: [SIGNATURE], lang }),
  );
  const at = html.lastIndexOf(BODY);
  const open = html.lastIndexOf("<p", at);
  const close = html.indexOf("</p>", at) + "</p>".length;
  if (at < 0 || open < 0 || close < "</p>".length)
    throw new Error("letter template changed: markers not found");
  return {
    html: `${html.slice(0, open)}\u0000paragraphs\u0000${html.slice(close)}`,
    paragraphOpen: html.slice(open, at),
    paragraphClose: html.slice(at + BODY.length, close),
  };
}

/** A language tag as letters.language holds it ("en", "es"); anything else is read as English. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export async function renderLetterEmail(
  body: string,
  signature: string[],
  /** The letter's language: the supporter's words are never translated, but the page says what they are in. */
  language = "en",
): Promise<{ html: string; text: string }> {
  const lang = LANGUAGE_TAG.test(language) ? language : "en";
  let shell = shells.get(lang);
  if (!shell) {
    shell = loadShell(lang);
    shells.set(lang, shell);
  }
  const { html, paragraphOpen, paragraphClose } = await shell;
  const paragraphs = body.split(/\n{2,}/);
  const filled = html
    .replace("\u0000paragraphs\u0000", () =>
      paragraphs.map((p) => `${paragraphOpen}${escapeHtml(p)}${paragraphClose}`).join(""),
    )
    .replace(SIGNATURE, () => escapeHtml(signature.join("\n")));
  return { html: filled, text: `${body}\n\n${signature.join("\n")}` };
}
