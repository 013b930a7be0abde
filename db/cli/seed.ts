/** `npm run db:seed`: the demo organization, organizer, groups and campaign. Safe to run again. */
import { migrateOrExplain, openConnection } from "@/db/client";
import { DEMO_CAMPAIGN_SLUG, DEMO_ORGANIZER_EMAIL, seedDemo } from "@/db/seed";
import { loadEnv } from "@/lib/env";
import { runCli } from "./run";

await runCli(async () => {
  const env = loadEnv();
  const connection = openConnection(env.databaseUrl, { max: 1 });
  try {
    await migrateOrExplain(connection, env.databaseUrl);
    const { created } = await seedDemo(connection.db);
    console.log(
      created
        ? `Demo data created: campaign /campaigns/${DEMO_CAMPAIGN_SLUG}, organizer ${DEMO_ORGANIZER_EMAIL}.`
        : "Demo data already present; nothing changed.",
    );
  } finally {
    await connection.close();
  }
});
