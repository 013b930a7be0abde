import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryText } from "./story-text";

describe("StoryText: a campaign story through the one markdown renderer", () => {
  it("renders paragraphs, bold, italic, https links and lists as page elements", () => {
    const html = renderToStaticMarkup(
      <StoryText
        text={"Rent went up **40%**, *again*.\nSee [the report](https://example.org/r).\n\n- one\n- two"}
      />,
    );
    expect(html).toContain("<strong>40%</strong>");
    expect(html).toContain("<em>again</em>");
    expect(html).toContain(
      '<a href="https://example.org/r" class="underline" rel="noopener noreferrer">the report</a>',
    );
    expect(html).toMatch(/<ul[^>]*><li>one<\/li><li>two<\/li><\/ul>/);
    // A hard-wrapped paragraph reads as one paragraph.
    expect(html).toContain("<em>again</em>. See ");
    expect(html).not.toContain("<br/>");
  });

  it("shows HTML as typed and drops links that are not https", () => {
    const html = renderToStaticMarkup(
      <StoryText
        text={"<script>alert(1)</script> [click](javascript:alert(2)) [plain](http://example.org)"}
      />,
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<a ");
    expect(html).toContain("click");
    expect(html).toContain("plain");
  });
});
