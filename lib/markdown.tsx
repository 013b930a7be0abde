/**
 * The one markdown Chorus reads from organizers, for campaign stories (pages) and updates (emails): paragraphs
 * (blank lines), **bold**, *italic*, [links](https://…) and "- " lists. Everything else stays plain text. Text only
 * ever becomes React children, so HTML in the markdown is shown as typed, never interpreted; links go out only
 * when they are https (a javascript:, data: or http: link keeps its words and loses the link).
 *
 * One parser and one renderer; the medium gives the elements (React Email's for email, plain HTML for pages).
 */
import type { ComponentType, ReactNode } from "react";

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

export type MarkdownElements = {
  Paragraph: ComponentType<{ children: ReactNode }>;
  List: ComponentType<{ children: ReactNode }>;
  Item: ComponentType<{ children: ReactNode }>;
  Link: ComponentType<{ href: string; children: ReactNode }>;
};

function renderNode(node: Inline, key: number, elements: MarkdownElements): ReactNode {
  if (node.kind === "text") return node.text;
  if (node.kind === "bold") return <strong key={key}>{renderInline(node.children, elements)}</strong>;
  if (node.kind === "italic") return <em key={key}>{renderInline(node.children, elements)}</em>;
  return (
    <elements.Link key={key} href={node.href}>
      {renderInline(node.children, elements)}
    </elements.Link>
  );
}

/** Inline pieces never move within one rendering, so their position is their key. */
function renderInline(nodes: Inline[], elements: MarkdownElements): ReactNode[] {
  return nodes.map((node, key) => renderNode(node, key, elements));
}

function renderLines(lines: Inline[][], elements: MarkdownElements, breaks: LineBreaks): ReactNode[] {
  return lines.flatMap((line, index) =>
    index === 0
      ? renderInline(line, elements)
      : breaks === "soft"
        ? [" ", ...renderInline(line, elements)]
        : // biome-ignore lint/suspicious/noArrayIndexKey: lines never move within one rendering
          [<br key={`br-${index}`} />, ...renderInline(line, elements)],
  );
}

/**
 * A single line break inside a paragraph: "hard" keeps it (updates, written like an email), "soft" reads it as a
 * space, as markdown does (stories, often pasted hard-wrapped).
 */
export type LineBreaks = "hard" | "soft";

/** The organizer's markdown as React elements of the medium's kind. */
export function renderMarkdown(
  markdown: string,
  elements: MarkdownElements,
  breaks: LineBreaks = "hard",
): ReactNode[] {
  return parseMarkdown(markdown).map((block, index) =>
    block.kind === "paragraph" ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: blocks never move within one rendering
      <elements.Paragraph key={index}>{renderLines(block.lines, elements, breaks)}</elements.Paragraph>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: blocks never move within one rendering
      <elements.List key={index}>
        {block.items.map((item, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items never move within one rendering
          <elements.Item key={itemIndex}>{renderInline(item, elements)}</elements.Item>
        ))}
      </elements.List>
    ),
  );
}
