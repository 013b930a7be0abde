/**
 * A small, safe markdown for organizers' updates: paragraphs (blank lines), **bold**, *italic*,
 * [links](https://…) and "- " lists. Everything else stays plain text. Text only ever reaches the email as
 * React children, so HTML in the markdown is shown as typed, never interpreted; links go out only when they are
 * https (a javascript:, data: or http: link keeps its words and loses the link).
 */
import { Link, Text } from "@react-email/components";
import type { ReactNode } from "react";

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "bold"; children: Inline[] }
  | { kind: "italic"; children: Inline[] }
  | { kind: "link"; href: string; children: Inline[] };

export type Block = { kind: "paragraph"; lines: Inline[][] } | { kind: "list"; items: Inline[][] };

const LIST_ITEM = /^\s*- +/;
// Bold before italic (so ** is not two italics); a link's address has no spaces or parentheses.
const INLINE = /\*\*(.+?)\*\*|\*([^*\s](?:[^*]*?[^*\s])?)\*|\[([^\]\n]+)\]\(([^()\s]+)\)/g;
const MAX_DEPTH = 4;

/** The address if it is a well-formed https URL, else null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" && url.hostname !== "" ? url.href : null;
  } catch {
    return null;
  }
}

export function parseInline(text: string, depth = 0): Inline[] {
  if (depth >= MAX_DEPTH) return text === "" ? [] : [{ kind: "text", text }];
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: "text", text: text.slice(last, at) });
    const [, bold, italic, label, href] = match;
    if (bold !== undefined) out.push({ kind: "bold", children: parseInline(bold, depth + 1) });
    else if (italic !== undefined) out.push({ kind: "italic", children: parseInline(italic, depth + 1) });
    else if (label !== undefined && href !== undefined) {
      const safe = safeHref(href);
      const children = parseInline(label, depth + 1);
      if (safe) out.push({ kind: "link", href: safe, children });
      else out.push(...children);
    }
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** Blocks split on blank lines; a block whose every line starts with "- " is a list. */
export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  const chunks = markdown.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((line) => LIST_ITEM.test(line))) {
      blocks.push({
        kind: "list",
        items: lines.map((line) => parseInline(line.replace(LIST_ITEM, "").trim())),
      });
    } else {
      blocks.push({ kind: "paragraph", lines: lines.map((line) => parseInline(line.trim())) });
    }
  }
  return blocks;
}

function renderNode(node: Inline, key: number): ReactNode {
  if (node.kind === "text") return node.text;
  if (node.kind === "bold") return <strong key={key}>{renderInline(node.children)}</strong>;
  if (node.kind === "italic") return <em key={key}>{renderInline(node.children)}</em>;
  return (
    <Link key={key} href={node.href} style={{ color: "#9a3412", textDecoration: "underline" }}>
      {renderInline(node.children)}
    </Link>
  );
}

/** Inline pieces never move within one email, so their position is their key. */
function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map(renderNode);
}

function renderLines(lines: Inline[][]): ReactNode[] {
  return lines.flatMap((line, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: lines never move within one email
    index === 0 ? renderInline(line) : [<br key={`br-${index}`} />, ...renderInline(line)],
  );
}

/** The organizer's markdown as React Email elements. */
export function Markdown({ markdown }: { markdown: string }) {
  return (
    <>
      {parseMarkdown(markdown).map((block, index) =>
        block.kind === "paragraph" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks never move within one email
          <Text key={index} style={{ fontSize: "16px", lineHeight: "24px" }}>
            {renderLines(block.lines)}
          </Text>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks never move within one email
          <ul key={index} style={{ paddingLeft: "22px", margin: "0 0 16px" }}>
            {block.items.map((item, itemIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items never move within one email
              <li key={itemIndex} style={{ fontSize: "16px", lineHeight: "24px" }}>
                {renderInline(item)}
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
