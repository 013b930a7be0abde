/**
 * The campaign widget other sites frame (/embed/campaigns/SLUG): one small HTML document with its own styles
 * and no script at all, so it costs a host page a few kilobytes and tracks nobody. Pure (no database).
 */

export type EmbedView = {
  title: string;
  summary: string;
  organizationName: string;
  language: string;
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

const count = (n: number) => n.toLocaleString("en-US");

/** The counts in words: "1 person has joined", "412 letters of a goal of 1,000 sent". */
export function embedLines(view: Pick<EmbedView, "joined" | "letters" | "goal">): {
  joined: string;
  letters: string;
} {
  const joined =
    view.joined === 0
      ? "Be the first to join"
      : view.joined === 1
        ? "1 person has joined"
        : `${count(view.joined)} people have joined`;
  const letters = view.goal
    ? `${count(view.letters)} of ${count(view.goal)} letters sent`
    : `${count(view.letters)} ${view.letters === 1 ? "letter" : "letters"} sent`;
  return { joined, letters };
}

// Colours meet WCAG AA on white (brand-800 #7c2d12 is 9.6:1; stone-700 #44403c is 10:1).
const STYLES = `
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
  const lines = embedLines(view);
  const goal = view.goal
    ? `<progress max="${view.goal}" value="${Math.min(view.letters, view.goal)}" aria-label="${escapeHtml(
        lines.letters,
      )}"></progress>`
    : "";
  const action = view.isClosed
    ? `<p class="closed">This campaign has closed. Thank you to everyone who took part.</p>
<a class="action" href="${escapeHtml(view.campaignUrl)}" target="_blank" rel="noopener">See what it achieved<span class="sr-only"> (opens in a new tab)</span></a>`
    : `<a class="action" href="${escapeHtml(view.campaignUrl)}" target="_blank" rel="noopener">Take action<span class="sr-only"> (opens in a new tab)</span></a>`;
  return `<!doctype html>
<html lang="${escapeHtml(view.language || "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(view.title)} · Chorus</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<p class="org">${escapeHtml(view.organizationName)}</p>
<h1>${escapeHtml(view.title)}</h1>
<p class="summary">${escapeHtml(view.summary)}</p>
<p class="counts">${escapeHtml(lines.joined)}</p>
${goal}<p>${escapeHtml(lines.letters)}</p>
${action}
</main>
</body>
</html>
`;
}
