/**
 * Sample data stays out of what is sent (issue 23, item 6): no email module imports a preview or a testing
 * module; the previews live in emails/previews/ (one `NAME.preview.tsx` per template, for React Email's preview,
 * and the sample props the tests render). Every template has a preview, and every preview renders.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { render } from "@react-email/render";
import { createElement, type FunctionComponent } from "react";
import { describe, expect, it } from "vitest";
import { queuedTemplates } from "./index";
import { previews } from "./previews/props";

const EMAILS = import.meta.dirname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every module specifier a file names: `import … from`, `export … from`, bare `import "…"` and `import("…")`. */
function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(/\bfrom\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
  ];
  return found.map((match) => match[1] ?? "");
}

/** A preview or testing module: under a `previews` or `testing` folder, or named `*.preview` / `testing`. */
function isFixtureModule(specifier: string): boolean {
  return specifier
    .split("/")
    .some(
      (part) =>
        /^(previews|testing)$/.test(part) || /\.preview(\.tsx?)?$/.test(part) || part === "testing.ts",
    );
}

const isPreviewFile = (file: string) =>
  file.includes(`${path.sep}previews${path.sep}`) || file.endsWith(".preview.tsx");
const isTestFile = (file: string) => /\.test\.tsx?$/.test(file);

describe("emails and their previews", () => {
  it("recognizes fixture imports (the rule below can fail)", () => {
    expect(
      importsOf(`import { previews } from "./testing/previews";\nimport x from '../lib/testing';`),
    ).toEqual(["./testing/previews", "../lib/testing"]);
    expect(
      importsOf(`export { a } from "./previews/props"; const m = await import("./sign-in.preview");`),
    ).toEqual(["./previews/props", "./sign-in.preview"]);
    for (const bad of [
      "./testing/previews",
      "./previews/props",
      "@/lib/letters/testing",
      "./sign-in.preview",
    ]) {
      expect(isFixtureModule(bad)).toBe(true);
    }
    for (const fine of ["./layout", "@react-email/components", "@/lib/i18n/format", "./messages"]) {
      expect(isFixtureModule(fine)).toBe(false);
    }
  });

  it("no email module imports a preview or a testing module", () => {
    const modules = filesUnder(EMAILS).filter(
      (file) => /\.tsx?$/.test(file) && !isPreviewFile(file) && !isTestFile(file),
    );
    expect(modules.length).toBeGreaterThan(10);
    const offenders = modules.flatMap((file) =>
      importsOf(readFileSync(file, "utf8"))
        .filter(isFixtureModule)
        .map((specifier) => `${path.relative(EMAILS, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("every template has a preview, and every preview renders its sample", async () => {
    const previewFiles = readdirSync(path.join(EMAILS, "previews")).filter((f) => f.endsWith(".preview.tsx"));
    const names = previewFiles.map((f) => f.replace(/\.preview\.tsx$/, "")).sort();
    // One per template with sample props, and every template a job may send among them.
    expect(names).toEqual(Object.keys(previews).sort());
    for (const queued of Object.keys(queuedTemplates)) expect(names).toContain(queued);
    for (const name of names) {
      const preview = (await import(`./previews/${name}.preview.tsx`)) as {
        default: FunctionComponent<object> & { PreviewProps: object };
      };
      const html = await render(createElement(preview.default, preview.default.PreviewProps));
      expect(html, name).toContain("</html>");
    }
  });
});
