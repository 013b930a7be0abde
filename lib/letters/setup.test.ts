import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns } from "@/db/schema";
import { CAMPAIGN_CHANGES_KEY } from "@/lib/edge-manifest";
import { findLetterSetup } from "./setup";
import { seedLetterFixture } from "./testing";

const KEY = CAMPAIGN_CHANGES_KEY;
const globals = globalThis as Record<symbol, unknown>;

/** What npm start's launcher publishes while it hears chorus_pages: a stamp per campaign, moved by a change. */
function hearChanges() {
  const generations = new Map<string, number>();
  const changes = { listening: true, stamp: (slug: string) => `${generations.get(slug) ?? 0}` };
  globals[KEY] = changes;
  return {
    changes,
    changed: (slug: string) => generations.set(slug, (generations.get(slug) ?? 0) + 1),
  };
}

async function closeDemo(status: "closed" | "published") {
  await getDb().update(campaigns).set({ status }).where(eq(campaigns.slug, "demo"));
}

beforeAll(async () => {
  await seedLetterFixture();
});

afterEach(async () => {
  delete globals[KEY];
  await closeDemo("published");
});

describe("findLetterSetup's cache", () => {
  it("reads every time without the launcher's notifications", async () => {
    expect((await findLetterSetup("demo"))?.campaign.status).toBe("published");
    await closeDemo("closed");
    expect((await findLetterSetup("demo"))?.campaign.status).toBe("closed");
  });

  it("keeps a setup until its campaign's change is heard, then reads it again", async () => {
    const { changed } = hearChanges();
    expect((await findLetterSetup("demo"))?.campaign.status).toBe("published");
    await closeDemo("closed");
    // Not yet heard (the trigger's notification arrives on commit): still the kept setup.
    expect((await findLetterSetup("demo"))?.campaign.status).toBe("published");
    changed("demo");
    expect((await findLetterSetup("demo"))?.campaign.status).toBe("closed");
  });

  it("keeps nothing while the launcher is not listening", async () => {
    const { changes } = hearChanges();
    changes.listening = false;
    await findLetterSetup("demo");
    await closeDemo("closed");
    expect((await findLetterSetup("demo"))?.campaign.status).toBe("closed");
  });
});
