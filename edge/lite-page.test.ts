import { describe, expect, it } from "vitest";
import {
  isLitePageRequest,
  isLitePostRequest,
  LITE_SCRIPT_PATH,
  liteScriptSrc,
  loadLiteScriptSrc,
  toLiteAnswer,
  toLiteHeaders,
  toLitePage,
} from "./lite-page";

const SRC = "/enhance.js?v=abc123";

/** The shape of a page from `next build` (Next 16, Turbopack), trimmed: what the head and body end carry. */
const nextPage = (body = "<main><h1>Keep families housed</h1></main>") =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/39_035sr41mun.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0icp2bflsp0d6.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
    '<script src="/_next/static/chunks/3de5or95vd2ok.js" async=""></script>',
    '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
    "<title>Keep families housed · Chorus</title>",
    '<link rel="canonical" href="http://localhost:3100/campaigns/demo"/>',
    '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
    '<body class="min-h-screen"><div hidden=""><!--$--><!--/$--></div>',
    body,
    "<noscript><p>Works without JavaScript too.</p></noscript>",
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    '<script src="/_next/static/chunks/0icp2bflsp0d6.js" async=""></script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cscript\\u003e not a tag"])</script>',
    '<SCRIPT>self.__next_f.push([1,"upper case"])</SCRIPT >',
    "</body></html>",
  ].join("");

describe("the lite page", () => {
  it("drops every script and script preload, keeps the rest, and loads the one script in the head", () => {
    const lite = toLitePage(nextPage(), SRC);
    expect(lite).not.toBeNull();
    const html = lite ?? "";
    expect(html.match(/<script\b/gi)).toEqual(["<script"]);
    expect(html).toContain(`<script src="${SRC}" defer></script></head>`);
    expect(html).not.toMatch(/_next\/static\/[^"]*\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    // Styles, metadata, the content and <noscript> stay as Next wrote them.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/39_035sr41mun.css"');
    expect(html).toContain('<link rel="canonical" href="http://localhost:3100/campaigns/demo"/>');
    expect(html).toContain("<title>Keep families housed · Chorus</title>");
    expect(html).toContain("<main><h1>Keep families housed</h1></main>");
    expect(html).toContain("<noscript><p>Works without JavaScript too.</p></noscript>");
    expect(html.endsWith("</body></html>")).toBe(true);
  });

  it("keeps text that only looks like a tag (React escapes it) and the page's own attributes", () => {
    const body =
      '<main><p>Type &lt;script&gt; here</p><textarea name="part:story">&lt;link rel=preload&gt;</textarea></main>';
    const html = toLitePage(nextPage(body), SRC) ?? "";
    expect(html).toContain(body);
  });

  it("is refused when React would still have to move streamed content into place, or for a fragment", () => {
    const pending =
      '<main><!--$?--><template id="B:0"></template>Loading…<!--/$--></main><div hidden id="S:0">x</div>';
    expect(toLitePage(nextPage(pending), SRC)).toBeNull();
    expect(toLitePage(nextPage('<main>x</main><script>$RC("B:0","S:0")</script>'), SRC)).toBeNull();
    expect(toLitePage("<p>no document</p>", SRC)).toBeNull();
    expect(toLitePage("<html><head></head><p>no body end", SRC)).toBeNull();
  });

  it("tightens the script policy (no inline script is left), drops script preloads and stale validators", () => {
    const headers = toLiteHeaders(
      new Headers([
        [
          "content-security-policy",
          "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'",
        ],
        [
          "link",
          '</_next/static/chunks/a.css>; rel=preload; as="style", </_next/static/chunks/b.js>; rel=preload; as="script", </m.js>; rel=modulepreload',
        ],
        ["content-length", "58014"],
        ["etag", '"abc"'],
        ["content-type", "text/html; charset=utf-8"],
        ["cache-control", "private, no-cache, no-store, max-age=0, must-revalidate"],
      ]),
    );
    expect(headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'",
    );
    expect(headers.get("link")).toBe('</_next/static/chunks/a.css>; rel=preload; as="style"');
    expect(headers.has("content-length")).toBe(false);
    expect(headers.has("etag")).toBe(false);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(headers.get("x-chorus-page")).toBe("lite");
  });

  it("drops the nonce Next's page was rendered with, from the policy and the page: the copy is for everyone", () => {
    const headers = toLiteHeaders(
      new Headers([
        [
          "content-security-policy",
          "default-src 'self'; script-src 'self' 'nonce-c2VjcmV0' 'strict-dynamic'; style-src 'self' 'unsafe-inline'",
        ],
      ]),
    );
    expect(headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'",
    );
    const html = toLitePage(
      nextPage(
        '<main>nonce="kept in text"</main><script nonce="c2VjcmV0">self.__next_f.push([1,"x"])</script>',
      ).replace(
        "</head>",
        '<link rel="stylesheet" href="/a.css" nonce="c2VjcmV0"><link rel="preload" as="script" href="/b.js" nonce="c2VjcmV0"></head>',
      ),
      SRC,
    );
    expect(html).not.toContain("c2VjcmV0");
    expect(html).toContain('<link rel="stylesheet" href="/a.css">');
    expect(html).toContain('nonce="kept in text"');
  });

  it("changes only whole HTML pages that answered 200", () => {
    const html = new Headers({ "content-type": "text/html; charset=utf-8" });
    const page = { status: 200, headers: html, body: Buffer.from(nextPage()) };
    const lite = toLiteAnswer(page, SRC);
    expect(lite).not.toBe(page);
    expect(lite.body.toString()).toBe(toLitePage(nextPage(), SRC));
    expect(lite.headers.get("x-chorus-page")).toBe("lite");
    const notFound = { ...page, status: 404 };
    expect(toLiteAnswer(notFound, SRC)).toBe(notFound);
    const json = { ...page, headers: new Headers({ "content-type": "application/json" }) };
    expect(toLiteAnswer(json, SRC)).toBe(json);
    const streaming = { ...page, body: Buffer.from(nextPage('<template id="B:1"></template>')) };
    expect(toLiteAnswer(streaming, SRC)).toBe(streaming);
  });
});

describe("who gets the lite page", () => {
  // Like node:http's IncomingMessage, whose headers are a getter on its prototype.
  const request = (method: string, url: string, headers: Record<string, string> = {}) =>
    Object.assign(
      Object.create({
        get headers() {
          return headers;
        },
      }),
      { method, url },
    );

  it("is every signed-out GET of a campaign page, with or without a query", () => {
    expect(isLitePageRequest(request("GET", "/campaigns/demo"))).toBe(true);
    expect(isLitePageRequest(request("HEAD", "/campaigns/demo"))).toBe(true);
    expect(isLitePageRequest(request("GET", "/campaigns/demo?zip=60062&district=IL-9"))).toBe(true);
    expect(
      isLitePageRequest(request("GET", "/campaigns/demo", { cookie: "authjs.csrf-token=x; lang=es" })),
    ).toBe(true);
  });

  it("is never a signed-in visitor, a post, Next's router, or another page", () => {
    const session = { cookie: "authjs.session-token=abc" };
    expect(isLitePageRequest(request("GET", "/campaigns/demo", session))).toBe(false);
    expect(isLitePageRequest(request("GET", "/campaigns/demo?zip=60062", session))).toBe(false);
    expect(
      isLitePageRequest(request("GET", "/campaigns/demo", { cookie: "__Secure-authjs.session-token=abc" })),
    ).toBe(false);
    expect(isLitePageRequest(request("POST", "/campaigns/demo"))).toBe(false);
    expect(isLitePageRequest(request("GET", "/campaigns/demo", { rsc: "1" }))).toBe(false);
    expect(isLitePageRequest(request("GET", "/campaigns/demo", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isLitePageRequest(request("GET", "/campaigns/demo/join"))).toBe(false);
    expect(isLitePageRequest(request("GET", "/campaigns/demo/share-image"))).toBe(false);
    expect(isLitePageRequest(request("GET", "/account"))).toBe(false);
    expect(isLitePageRequest(request("GET", "/api/officials?zip=60062"))).toBe(false);
  });
});

describe("which posts are answered with a lite page", () => {
  const post = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers });
  const form = { "content-type": "multipart/form-data; boundary=----x" };

  it("is a signed-out form posted the plain HTML way to a campaign page", () => {
    expect(isLitePostRequest(post("/campaigns/demo", form))).toBe(true);
    expect(isLitePostRequest(post("/campaigns/demo?zip=60062&district=IL-9", form))).toBe(true);
    expect(
      isLitePostRequest(post("/campaigns/demo", { "content-type": "application/x-www-form-urlencoded" })),
    ).toBe(true);
  });

  it("is never a hydrated page's action call, a signed-in post, another page or a GET", () => {
    expect(isLitePostRequest(post("/campaigns/demo", { ...form, "next-action": "7f00" }))).toBe(false);
    expect(isLitePostRequest(post("/campaigns/demo", { ...form, cookie: "authjs.session-token=abc" }))).toBe(
      false,
    );
    expect(isLitePostRequest(post("/campaigns/demo", { "content-type": "text/plain;charset=UTF-8" }))).toBe(
      false,
    );
    expect(isLitePostRequest(post("/campaigns/demo/join", form))).toBe(false);
    expect(isLitePostRequest(post("/letters/confirm/abc", form))).toBe(false);
    expect(isLitePostRequest({ method: "GET", url: "/campaigns/demo", headers: form })).toBe(false);
  });
});

describe("the script's address", () => {
  it("names the script's content, so a changed script is a new address", () => {
    expect(liteScriptSrc("a")).toMatch(
      new RegExp(`^${LITE_SCRIPT_PATH.replace(".", "\\.")}\\?v=[\\w-]{10}$`),
    );
    expect(liteScriptSrc("a")).toBe(liteScriptSrc(Buffer.from("a")));
    expect(liteScriptSrc("a")).not.toBe(liteScriptSrc("b"));
    expect(loadLiteScriptSrc()).toMatch(/^\/enhance\.js\?v=/);
    expect(loadLiteScriptSrc("/nonexistent")).toBeNull();
  });
});
