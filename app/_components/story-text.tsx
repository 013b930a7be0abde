import { Fragment } from "react";

/**
 * Renders a campaign story: paragraphs separated by blank lines, **bold** spans. Built from React text nodes,
 * so nothing an organizer writes can become HTML. (Full, sanitised markdown arrives with the campaign builder.)
 */
export function StoryText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
        <p key={index} className="mb-4 leading-relaxed">
          {paragraph.split(/(\*\*[^*]+\*\*)/).map((part, i) =>
            part.startsWith("**") && part.endsWith("**") ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: spans have no identity beyond their order
              <strong key={i}>{part.slice(2, -2)}</strong>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: spans have no identity beyond their order
              <Fragment key={i}>{part}</Fragment>
            ),
          )}
        </p>
      ))}
    </>
  );
}
