/**
 * The letters route's signed-out path runs outside Next's request context when `npm start` answers it directly
 * (edge/direct-route.ts): it must not call Next's request APIs (`cookies()`, `headers()`, `draftMode()` from
 * next/headers; `after()`, `connection()` from next/server), which need that context. Here they record each
 * call and throw, as they do there, and the route's handler is called the way the direct route calls it, on
 * every signed-out answer it gives. The route's module graph does import next/headers (the signed-in path reads
 * the session through Auth.js), so the rule is about what this path calls, and that is what is checked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/campaigns/[slug]/letters/route";
import { seedLetterFixture } from "@/lib/letters/testing";

const calls = vi.hoisted(() => [] as string[]);

vi.mock("next/headers", () => {
  const refuse = (name: string) => () => {
    calls.push(name);
    throw new Error(`${name}() was called on the letters route's signed-out path (no Next request context)`);
  };
  return { cookies: refuse("cookies"), headers: refuse("headers"), draftMode: refuse("draftMode") };
});
vi.mock("next/server", async (importOriginal) => {
  const refuse = (name: string) => () => {
    calls.push(name);
    throw new Error(`${name}() was called on the letters route's signed-out path (no Next request context)`);
  };
  return {
    ...(await importOriginal<typeof import("next/server")>()),
    after: refuse("after"),
    connection: refuse("connection"),
  };
});

const APP = "http://localhost:3000";

function letter(body: unknown, headers: Record<string, string> = {}, slug = "demo"): Promise<Response> {
  const request = new Request(`${APP}/api/campaigns/${slug}/letters`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: APP, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ slug }) });
}

const valid = (email: string) => ({
  zip: "60623",
  firstName: "Ida",
  lastName: "Wells",
  email,
  city: "Chicago",
  parts: { story: "Our neighbours lost their home because nobody stood beside them in court." },
});

describe("the letters route without a session cookie", () => {
  beforeAll(async () => {
    await seedLetterFixture();
  }, 120_000);
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it("calls none of Next's request APIs, whatever it answers", async () => {
    const answers: [string, Response][] = [
      ["a letter", await letter(valid("signed-out-1@example.org"))],
      ["in Spanish", await letter(valid("signed-out-2@example.org"), { cookie: "chorus_lang=es" })],
      ["by Accept-Language", await letter(valid("signed-out-3@example.org"), { "accept-language": "es" })],
      ["not JSON", await letter("zip=60623", { "content-type": "application/x-www-form-urlencoded" })],
      ["broken JSON", await letter("{")],
      ["invalid fields", await letter({ zip: "nope" })],
      ["an unknown campaign", await letter(valid("signed-out-4@example.org"), {}, "no-such-campaign")],
      ["too long", await letter(valid("x".repeat(70_000)))],
      [
        "from another site",
        await letter(valid("signed-out-5@example.org"), { origin: "https://evil.example" }),
      ],
    ];
    expect(answers.map(([what, response]) => [what, response.status])).toEqual([
      ["a letter", 201],
      ["in Spanish", 201],
      ["by Accept-Language", 201],
      ["not JSON", 400],
      ["broken JSON", 400],
      ["invalid fields", 400],
      ["an unknown campaign", 404],
      ["too long", 413],
      ["from another site", 403],
    ]);
    expect(calls, "Next's request APIs called on the signed-out path").toEqual([]);
  });

  it("is told apart from the signed-in path, which does read the session through them", async () => {
    calls.length = 0;
    await letter(valid("signed-in@example.org"), { cookie: "authjs.session-token=not-a-session" });
    expect(calls.length).toBeGreaterThan(0);
  });
});
