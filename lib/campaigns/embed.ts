/**
 * The campaign widget other sites frame (/embed/campaigns/SLUG): one small HTML document with its own styles
 * and no script at all, so it costs a host page a few kilobytes and tracks nobody. Pure (no database).
 */
import type { Locale } from "@/lib/i18n/locale";
import { embedMessages } from "./embed.messages";

export type EmbedView = {
  title: string;
  summary: string;
  organizationName: string;
  /** The language of the campaign's words shown (its own, or the organizers' translation). */
  language: string;
  /** The widget's own words: the reader's language (English when not given). */
  locale?: Locale;
  isClosed: boolean;
  joined: number;
  letters: number;
  goal: number | null;
  /** The full campaign page, opened in a new tab (a frame is too small to write a letter in). */
  campaignUrl: string;
};

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** The counts in words: "1 person has joined", "412 of 1,000 letters sent". */
export function embedLines(
  view: Pick<EmbedView, "joined" | "letters" | "goal">,
  locale: Locale = "en",
): {
  joined: string;
  letters: string;
} {
  const t = embedMessages[locale];
  const joined = view.joined === 0 ? t.firstToJoin : t.joined(view.joined);
  const letters = view.goal ? t.lettersOfGoal(view.letters, view.goal) : t.letters(view.letters);
  return { joined, letters };
}

/** HTML made by `markup`: put into other markup as it is. */
class Markup {
  constructor(readonly html: string) {}
}

/**
 * The widget's HTML: every value put in is escaped (the organizers' words, the dictionary's), except markup made
 * by this same tag. Its literal parts are structure, not words: those come from embedMessages.
 */
function markup(strings: TemplateStringsArray, ...values: (string | number | Markup)[]): Markup {
  let html = strings[0] ?? "";
  values.forEach((value, i) => {
    html += (value instanceof Markup ? value.html : escapeHtml(String(value))) + (strings[i + 1] ?? "");
  });
  return new Markup(html);
}

// Colors meet WCAG AA on white (brand-800 #7c2d12 is 9.6:1; stone-700 #44403c is 10:1).
const STYLES = markup`
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1917;background:#fff}
main{padding:14px 16px;border:1px solid #d6d3d1;border-radius:8px;min-height:100vh}
.org{margin:0;font-size:14px;color:#44403c}
h1{margin:2px 0 6px;font-size:20px;line-height:1.25}
p{margin:0 0 8px}
.summary{color:#44403c}
.counts{font-weight:600}
progress{display:block;width:100%;height:12px;margin:4px 0 2px;accent-color:#7c2d12}
.action{display:inline-block;margin-top:6px;padding:8px 16px;border-radius:6px;background:#7c2d12;color:#fff;font-weight:600;text-decoration:none}
.action:hover{background:#5c1f0b;text-decoration:underline}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.closed{padding:8px;border-radius:6px;background:#f5f5f4}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`;

export function renderEmbedHtml(view: EmbedView): string {
  const locale = view.locale ?? "en";
  const t = embedMessages[locale];
  const lines = embedLines(view, locale);
  // The campaign's words may be in another language than the widget's own (no translation in the reader's).
  const words = view.language && view.language !== locale ? markup` lang="${view.language}"` : markup``;
  const goal = view.goal
    ? markup`<progress max="${view.goal}" value="${Math.min(view.letters, view.goal)}" aria-label="${lines.letters}"></progress>`
    : markup``;
  const newTab = markup`<span class="sr-only">${t.newTab}</span>`;
  const action = view.isClosed
    ? markup`<p class="closed">${t.closed}</p>
<a class="action" href="${view.campaignUrl}" target="_blank" rel="noopener">${t.results}${newTab}</a>`
    : markup`<a class="action" href="${view.campaignUrl}" target="_blank" rel="noopener">${t.act}${newTab}</a>`;
  return markup`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title${words}>${view.title} · Chorus</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<p class="org">${view.organizationName}</p>
<h1${words}>${view.title}</h1>
<p class="summary"${words}>${view.summary}</p>
<p class="counts">${lines.joined}</p>
${goal}<p>${lines.letters}</p>
${action}
</main>
</body>
</html>
`.html;
}

/** The answer for a campaign that is not there (or not public), in the reader's language. */
export function renderEmbedNotFound(locale: Locale): string {
  const t = embedMessages[locale];
  return markup`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${t.notFoundTitle} · Chorus</title></head><body><main><h1>${t.notFoundTitle}</h1><p>${t.notFound}</p></main></body></html>`
    .html;
}
