/**
 * `npm run org:verify -- SLUG`: an instance operator verifies an organization (its letters to custom targets go,
 * it may invite freely). `--revoke SLUG` takes it back; `--list` (or no argument) lists the organizations
 * waiting. The same as /operator for the people in OPERATOR_EMAILS. On the embedded database, stop the app
 * first: PGlite allows one process per data folder.
 */
import { userInfo } from "node:os";
import { migrateOrExplain, openConnection } from "@/db/client";
import { loadEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readAwaiting, setVerification } from "@/lib/organize/verification";
import { runCli } from "./run";

const USAGE = "Usage: npm run org:verify -- SLUG | --revoke SLUG | --list";

await runCli(async () => {
  const args = process.argv.slice(2);
  const slug = args.find((arg) => !arg.startsWith("--"));
  const isRevoke = args.includes("--revoke");
  const env = loadEnv();
  const check = openConnection(env.databaseUrl, { max: 1 });
  try {
    await migrateOrExplain(check, env.databaseUrl);
  } finally {
    await check.close();
  }
  if (args.includes("--help")) {
    console.log(USAGE);
    return;
  }
  if (!slug || args.includes("--list")) {
    const waiting = await readAwaiting();
    if (waiting.length === 0) console.log("No organization is waiting for verification.");
    for (const org of waiting) {
      console.log(
        `${org.slug}\t${org.status}\t${org.name}\tcreated ${org.createdAt.toISOString().slice(0, 10)}\towners: ${org.owners.join(", ") || "none"}\tcustom targets ${org.customTargets}, invites ${org.invites}, campaigns ${org.campaigns}`,
      );
    }
    if (!args.includes("--list") && !slug) console.log(`\n${USAGE}`);
    return;
  }
  try {
    await setVerification(slug, isRevoke ? "revoked" : "verified", `cli:${userInfo().username}`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`${slug}: ${error.message}`);
    process.exit(1);
  }
  console.log(
    isRevoke
      ? `${slug}: verification revoked. Letters to its custom targets wait again.`
      : `${slug}: verified. Letters to its confirmed custom targets go within a minute.`,
  );
});
