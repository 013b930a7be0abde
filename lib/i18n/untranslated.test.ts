/**
 * Every word a person reads comes from a dictionary in both languages (issue 8, item 3). The scanner
 * (lib/i18n/scan.ts) lists text written straight into the code; any finding fails, so new English cannot creep
 * into a page, an email or the data layer's words without a Spanish entry beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanProject, scanSource } from "./scan";

describe("text a person reads is translated", () => {
  it("has no English written into code", () => {
    const findings = scanProject(path.resolve(import.meta.dirname, "../.."));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });

  it("finds a new file's English wherever it is added, and skips dictionaries", () => {
    const root = mkdtempSync(path.join(tmpdir(), "chorus-scan-"));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      };
      write("app/(public)/new/page.tsx", "export default function P() { return <p>Welcome back</p>; }");
      write("emails/new-email.tsx", 'export const subject = () => "Your letter was sent";');
      write("lib/things/rules.ts", 'throw new AppError("INVALID_INPUT", "That thing is not allowed here.");');
      write("lib/things/messages.ts", 'export const m = { en: { hello: "Hello there" } };');
      expect(scanProject(root).map((f) => `${f.file} ${f.text}`)).toEqual([
        "app/(public)/new/page.tsx Welcome back",
        "emails/new-email.tsx Your letter was sent",
        "lib/things/rules.ts That thing is not allowed here.",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("finds JSX text, read attributes and prose, not code", () => {
    const source = `
      export function A({ n }: { n: number }) {
        const cls = "mt-1 block w-full rounded";
        if (n === "Not this one") return null;
        console.log("Debug words here");
        return (
          <form aria-label="Sign up" className="px-3 py-2 text-sm">
            <label htmlFor="x">Your name</label>
            <input id="x" name="full name" placeholder="Rosa" />
            <p>{n > 1 ? \`\${n} letters sent\` : "One letter sent"}</p>
            <p>Chorus</p>
          </form>
        );
      }`;
    const texts = scanSource("app/a.tsx", source).map((f) => f.text);
    expect(texts).toEqual(["Sign up", "Your name", "Rosa", "0 letters sent", "One letter sent"]);
  });
});
