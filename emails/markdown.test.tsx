import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref } from "@/lib/markdown";
import { Markdown } from "./markdown";

async function html(markdown: string): Promise<string> {
  return render(<Markdown markdown={markdown} />);
}

describe("markdown for updates", () => {
  it("turns paragraphs, bold, italic, https links and lists into email elements", async () => {
    const out = await html(
      "Hello **friends**, *thank you*.\nSecond line.\n\n- one\n- [agenda](https://example.org/a?b=1)",
    );
    expect(out).toContain("<strong>friends</strong>");
    expect(out).toContain("<em>thank you</em>");
    expect(out).toContain("<br/>Second line.");
    expect(out).toMatch(/<li[^>]*>one<\/li>/);
    expect(out).toContain('href="https://example.org/a?b=1"');
    expect(out).toContain(">agenda</a>");
  });

  it("shows HTML as typed, never as markup", async () => {
    const out = await html('<script>alert(1)</script> <img src=x onerror="alert(2)"> **<b>hi</b>**');
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("<strong>&lt;b&gt;hi&lt;/b&gt;</strong>");
  });

  it("keeps the words of javascript:, data: and http: links but drops the link", async () => {
    const out = await html(
      "[click](javascript:alert(1)) [data](data:text/html,hi) [plain](http://example.org) [x](JAVASCRIPT:alert)",
    );
    // No link at all: the words stay, as plain (escaped) text.
    expect(out).not.toContain("<a");
    expect(out.toLowerCase()).not.toContain("href");
    expect(out).toContain("data");
    expect(out).toContain("plain");
    expect(out).toContain("click");
    expect(safeHref("https://example.org")).toBe("https://example.org/");
    expect(safeHref("//example.org")).toBeNull();
    expect(safeHref("https:/")).toBeNull();
  });

  it("leaves everything else as plain text", () => {
    expect(parseMarkdown("# Heading\n\n> quote\n\n1. first")).toEqual([
      { kind: "paragraph", lines: [[{ kind: "text", text: "# Heading" }]] },
      { kind: "paragraph", lines: [[{ kind: "text", text: "> quote" }]] },
      { kind: "paragraph", lines: [[{ kind: "text", text: "1. first" }]] },
    ]);
    expect(parseInline("2 * 3 * 4 and **unclosed")).toEqual([
      { kind: "text", text: "2 * 3 * 4 and **unclosed" },
    ]);
  });
});
