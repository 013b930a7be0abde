/**
 * Finds words a person would read that are written straight into the code instead of a dictionary
 * (lib/i18n/messages.ts): JSX text, user-facing attributes (label, placeholder, aria-label…) and prose-like
 * string literals. Errors are no exception: the data layer throws error texts (keys into typed dictionaries,
 * lib/i18n/errors.ts), never English. Used by lib/i18n/untranslated.test.ts and `npm run i18n:scan`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type Finding = { file: string; line: number; text: string };

const ROOTS = ["app", "emails", "lib"];
const SKIP_FILE =
  /(\.test\.tsx?|\/messages\.ts|\.messages\.ts|\.d\.ts|-cli\.ts|\/testing\.ts)$|^lib\/i18n\/|\/testing\/|^emails\/previews\/|^lib\/jobs\/|^app\/dev\//;
/**
 * Written for operators or other programs, not for the people using Chorus: environment checks, data imports,
 * calendar files (their fields are a format), the organizer's export files (column names other tools read).
 */
const OPERATOR_FILES = new Set([
  "lib/env.ts",
  "lib/officials/sources.ts",
  "lib/officials/import.ts",
  "lib/geocoding/census.ts",
  "lib/health.ts",
  "lib/pledges/ics.ts",
  "lib/organize/exports.ts",
  // CWC's wire format: Library of Congress topics, prefixes and bill types as the chambers spell them (an
  // organizer reads the topics translated).
  "lib/delivery/cwc/codes.ts",
  "lib/delivery/cwc/text.ts",
  "lib/delivery/cwc/topics.ts",
  // Records kept in English for the operator and the organizer's alerts, not words a form or page speaks: why a
  // delivery failed or a chamber halted (deliveries.last_error, the alerts' reasons), a provider's or webhook's
  // refusal as logged. A person reads them only as stored data.
  "lib/delivery/dispatch.ts",
  "lib/delivery/cwc/dispatch.ts",
  "lib/delivery/cwc/message.ts",
  "lib/email/send.ts",
  "lib/email/webhooks.ts",
]);
/**
 * Words stored in the database as records, in English: a deleted writer's name on their delivered letters, and
 * why their undelivered letters stopped (deliveries.last_error, like the other delivery records).
 */
const RECORDS = new Set(["A former supporter", "Not sent: the writer deleted their account first."]);
/** Attributes whose value a person reads: checked even when it is one word. */
const READ_ATTRS = new Set([
  "label",
  "hint",
  "placeholder",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "title",
  "alt",
  "pendingText",
  "legend",
  "heading",
  "description",
  "emptyText",
  "message",
]);
/** Attributes and properties that hold code, not words. */
const CODE_NAMES = new Set([
  "className",
  "class",
  "id",
  "href",
  "name",
  "type",
  "autoComplete",
  "rel",
  "target",
  "method",
  "action",
  "htmlFor",
  "role",
  "src",
  "key",
  "inputMode",
  "pattern",
  "lang",
  "dir",
  "encType",
  "accept",
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-live",
  "aria-current",
  "aria-hidden",
  "style",
  "d",
  "viewBox",
  "fill",
  "stroke",
  "idempotencyKey",
  "template",
  "sizes",
  "as",
]);
/** Names that stay as they are in every language. */
const BRAND = /^\s*Chorus\s*$/;
const CODE_CALLS =
  /^(console\.\w+|Error|TypeError|RangeError|sql(\.raw)?|redirect|permanentRedirect|require|import|revalidatePath|revalidateTag|errorResponse|describe|it|test|expect|z\.literal|z\.enum)$/;

/** Tailwind classes, paths, URLs, identifiers: not words for people. */
function isCodeLike(text: string): boolean {
  const t = text.trim();
  if (/^(\/|https?:|mailto:|#|\.|@)/.test(t)) return true;
  // Merge fields ("official.title") and HTTP header values ("text/html; charset=utf-8", "Accept-Language, Cookie").
  if (/^[a-z_][a-zA-Z_]*(\.[a-zA-Z_]+)+$/.test(t) || /^[a-z]+\/[a-z+.-]+(;\s*charset=[\w-]+)?$/.test(t))
    return true;
  if (/^[A-Z][a-z]+(-[A-Z][a-z]+)*(,\s*[A-Z][a-z]+(-[A-Z][a-z]+)*)+$/.test(t)) return true;
  const tokens = t.split(/\s+/);
  return (
    tokens.every((tok) => /^[a-z0-9!:\-[\]/.%#_()&>=~*@,'"]+$/.test(tok)) &&
    tokens.some((tok) => /[-:[]/.test(tok))
  );
}

/** Two words or more, or a capitalised word ending a sentence. */
function isProse(text: string): boolean {
  const t = text.trim();
  if (!/\p{L}{2,}/u.test(t) || isCodeLike(t)) return false;
  return /\p{L}{2,}[\s,.;:!?¿¡'’]+\p{L}{2,}/u.test(t) || /^\p{Lu}\p{L}+[.!?:]$/u.test(t);
}

function attributeName(node: ts.Node): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxAttribute(n)) return n.name.getText();
    if (ts.isPropertyAssignment(n)) return n.name.getText().replace(/^["']|["']$/g, "");
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isBlock(n) || ts.isSourceFile(n))
      return null;
  }
  return null;
}

function isInCodeContext(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isImportTypeNode(n)) return true;
    if (ts.isTaggedTemplateExpression(n)) return true;
    if (ts.isExpressionStatement(n) && ts.isStringLiteral(n.expression)) return true; // "use client"
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && CODE_CALLS.test(n.expression.getText()))
      return true;
    if (ts.isLiteralTypeNode(n) || ts.isCaseClause(n)) return true;
    if (ts.isBinaryExpression(n) && /^(===|!==|==|!=)$/.test(n.operatorToken.getText())) return true;
    if (ts.isElementAccessExpression(n) && n.argumentExpression === node) return true;
    if (ts.isBlock(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

export function scanSource(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: Finding[] = [];
  const add = (node: ts.Node, text: string) =>
    findings.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim().replace(/\s+/g, " ").slice(0, 100),
    });
  const check = (node: ts.Node, text: string) => {
    if (isInCodeContext(node)) return;
    const name = attributeName(node);
    if (name && CODE_NAMES.has(name)) return;
    if (name?.startsWith("data-")) return;
    const readable =
      name && READ_ATTRS.has(name) ? /\p{L}{2,}/u.test(text) && !isCodeLike(text) : isProse(text);
    if (readable && !RECORDS.has(text.trim())) add(node, text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (/\p{L}{2,}/u.test(node.text) && !BRAND.test(node.text)) add(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      check(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => `0${s.literal.text}`)].join("");
      check(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(root, rel));
    else if (/\.tsx?$/.test(entry.name) && !SKIP_FILE.test(rel) && !OPERATOR_FILES.has(rel)) out.push(rel);
  }
  return out;
}

/** Every finding in the project, by file (paths relative to the project root). */
export function scanProject(root: string): Finding[] {
  return ROOTS.flatMap((dir) => filesUnder(root, dir)).flatMap((file) =>
    scanSource(file, readFileSync(path.join(root, file), "utf8")),
  );
}
