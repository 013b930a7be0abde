import type { ReactNode } from "react";
import { type MarkdownElements, renderMarkdown } from "@/lib/markdown";

const PAGE_ELEMENTS: MarkdownElements = {
  Paragraph: ({ children }: { children: ReactNode }) => <p className="mb-4 leading-relaxed">{children}</p>,
  List: ({ children }: { children: ReactNode }) => (
    <ul className="mb-4 list-disc pl-6 leading-relaxed">{children}</ul>
  ),
  Item: ({ children }: { children: ReactNode }) => <li>{children}</li>,
  Link: ({ href, children }: { href: string; children: ReactNode }) => (
    <a href={href} className="underline" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/**
 * A campaign story: the same markdown as organizers' updates (lib/markdown.tsx: paragraphs, bold, italic, https
 * links, lists; a single line break is a space), built from React elements, so nothing an organizer writes can become HTML.
 */
export function StoryText({ text }: { text: string }) {
  return <>{renderMarkdown(text, PAGE_ELEMENTS, "soft")}</>;
}
