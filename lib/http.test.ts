import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { readBodyForm, readBodyText, TOO_LARGE_MESSAGE } from "./http";

/** A body that never ends, counting what was pulled from it: a reader that does not stop would never return. */
function endless(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(120);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("the bounded body reader", () => {
  it("reads a body within the limit", async () => {
    expect(await readBodyText(post("héllo"), 6)).toBe("héllo");
    const form = await readBodyForm(
      post("to=es&back=%2Fx", { "content-type": "application/x-www-form-urlencoded" }),
      100,
    );
    expect(form.get("to")).toBe("es");
    expect(form.get("back")).toBe("/x");
  });

  it("refuses from Content-Length without reading (413, a clear message)", async () => {
    const { stream, pulled } = endless();
    const error = await readBodyText(
      post(stream, { "content-length": String(150 * 1024 * 1024) }),
      64 * 1024,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("TOO_LARGE");
    expect((error as AppError).text).toBe(TOO_LARGE_MESSAGE);
    expect(pulled()).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it("stops reading an endless body (no Content-Length) just past the limit", async () => {
    const { stream, pulled } = endless();
    await expect(readBodyText(post(stream), 64 * 1024, errorText.delivery.letterFarTooLong)).rejects.toThrow(
      "That letter is far too long.",
    );
    expect(pulled()).toBeLessThan(1024 * 1024);
    const again = endless();
    await expect(
      readBodyForm(post(again.stream, { "content-type": "application/x-www-form-urlencoded" }), 8 * 1024),
    ).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});
