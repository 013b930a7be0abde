/** Shared by the command-line entry points: print one clear line, not a stack trace, for known failures. */
import { DatabaseUnavailableError } from "@/db/client";
import { EnvError } from "@/lib/env";

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    if (error instanceof EnvError || error instanceof DatabaseUnavailableError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
