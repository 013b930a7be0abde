/**
 * Validates a CWC message against Chorus's RelaxNG schema (lib/delivery/cwc/cwc-2.0.rng) with Debian's xmllint
 * (libxml2-utils; .ci/run installs it). Used by the fake CWC server and the tests, never by the app.
 * Asynchronous, so the in-process fake does not stop the dispatcher it is answering.
 */
import { spawn } from "node:child_process";
import path from "node:path";

export const CWC_SCHEMA = path.resolve(import.meta.dirname, "../../lib/delivery/cwc/cwc-2.0.rng");

/** The schema's complaints, one per line (empty when the message is valid). */
export function validateCwcXml(xml: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("xmllint", ["--noout", "--relaxng", CWC_SCHEMA, "-"], {
      stdio: ["pipe", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) return resolve([]);
      const lines = stderr
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !/ fails to validate$/.test(line));
      resolve(lines.length > 0 ? lines : [`xmllint exited with ${code}`]);
    });
    child.stdin.end(xml, "utf8");
  });
}
