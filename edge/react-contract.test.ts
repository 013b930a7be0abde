/**
 * The lite page (edge/lite-page.ts) tells a page that is still streaming by React's own markers in the HTML:
 * no API says whether a boundary is pending, so it reads them. This checks those markers with the React Next
 * itself renders with (its vendored copy, next/dist/compiled), so a Next or React upgrade that changes them
 * fails here, not on supporters' phones: a page with a pending boundary must never be made lite, and a page
 * rendered whole must be.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { toLitePage } from "./lite-page";

const require = createRequire(import.meta.url);
const React = require("next/dist/compiled/react") as typeof import("react");
const { renderToReadableStream } =
  require("next/dist/compiled/react-dom/server.node") as typeof import("react-dom/server");

const SRC = "/enhance.js?v=test";
const h = React.createElement;

function Waits({ ready }: { ready: Promise<string> }) {
  return h("p", null, React.use(ready));
}

/** A whole document with a Suspense boundary around content that waits for `ready`. */
function document(ready: Promise<string>) {
  return h(
    "html",
    null,
    h("head", null, h("title", null, "Campaign")),
    h(
      "body",
      null,
      h("main", null, h("h1", null, "Keep families housed")),
      h(React.Suspense, { fallback: h("p", null, "Loading…") }, h(Waits, { ready })),
    ),
  );
}

async function readAll(stream: ReadableStream<Uint8Array>, onFirst?: () => void): Promise<string[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(decoder.decode(value, { stream: true }));
    if (chunks.length === 1) onFirst?.();
  }
}

describe(`React ${React.version} as Next ships it, and the lite page's reading of its HTML`, () => {
  it("a boundary still pending when the page is sent is never made lite", async () => {
    let resolve: (value: string) => void = () => {};
    const ready = new Promise<string>((r) => {
      resolve = r;
    });
    const stream = await renderToReadableStream(document(ready));
    const chunks = await readAll(stream, () => setTimeout(() => resolve("The streamed part"), 10));
    const html = chunks.join("");
    expect(html).toContain("The streamed part");
    // A whole document: only the markers can be why it is refused.
    expect(html).toMatch(/<\/head>[\s\S]*<\/body>/);
    expect(
      toLitePage(html, SRC),
      "React's streaming markers changed (Next or React upgraded?): update PENDING_BOUNDARY in edge/lite-page.ts, " +
        "or set PAGE_LITE=off until it is. This page needs React's scripts to show its streamed part.",
    ).toBeNull();
    // Also when only the shell has arrived.
    expect(toLitePage(`${chunks[0]}</body></html>`, SRC)).toBeNull();
  });

  it("a page rendered whole (every boundary resolved before it is sent) is made lite", async () => {
    const stream = await renderToReadableStream(document(Promise.resolve("Already here")));
    await stream.allReady;
    const html = (await readAll(stream)).join("");
    expect(html).toContain("Already here");
    const lite = toLitePage(html, SRC);
    expect(
      lite,
      "a whole page is no longer recognised as whole: check PENDING_BOUNDARY in edge/lite-page.ts",
    ).not.toBeNull();
    expect(lite).not.toContain("Loading…");
  });
});
