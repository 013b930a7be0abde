/** Organizers' updates in email: the one markdown renderer (lib/markdown.tsx) with React Email's elements. */
import { Link, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { type MarkdownElements, renderMarkdown } from "@/lib/markdown";

const EMAIL_ELEMENTS: MarkdownElements = {
  Paragraph: ({ children }: { children: ReactNode }) => (
    <Text style={{ fontSize: "16px", lineHeight: "24px" }}>{children}</Text>
  ),
  List: ({ children }: { children: ReactNode }) => (
    <ul style={{ paddingLeft: "22px", margin: "0 0 16px" }}>{children}</ul>
  ),
  Item: ({ children }: { children: ReactNode }) => (
    <li style={{ fontSize: "16px", lineHeight: "24px" }}>{children}</li>
  ),
  Link: ({ href, children }: { href: string; children: ReactNode }) => (
    <Link href={href} style={{ color: "#9a3412", textDecoration: "underline" }}>
      {children}
    </Link>
  ),
};

/** The organizer's markdown as React Email elements. */
export function Markdown({ markdown }: { markdown: string }) {
  return <>{renderMarkdown(markdown, EMAIL_ELEMENTS)}</>;
}
