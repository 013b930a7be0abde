import { createElement } from "react";
import { describe, expect, it } from "vitest";
import LetterEmail from "@/emails/letter";
import { renderEmail } from "@/lib/email/send";
import { renderLetterEmail } from "./letter-render";

describe("renderLetterEmail", () => {
  it.each([
    ["plain paragraphs", "Dear Senator Durbin,\n\nPlease act.\n\nThank you."],
    ["text that looks like HTML", 'Dear <b>Council</b> & "friends",\n\nI\'m <script>alert(1)</script> here.'],
    ["one long paragraph", "x".repeat(300)],
  ])("produces the React template's own HTML for %s", async (_name, body) => {
    const signature = ["Lena O'Kafor", "Northbrook, IL 60062", "lena@example.org"];
    const fast = await renderLetterEmail(body, signature);
    const react = await renderEmail(createElement(LetterEmail, { body, signature }));
    expect(fast.html).toBe(react.html);
    expect(fast.html).not.toContain("<script>");
    expect(fast.text).toBe(`${body}\n\n${signature.join("\n")}`);
  });
});
