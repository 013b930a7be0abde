/**
 * `npm test`'s first step (npm runs `pretest` before `test`): makes sure the tests have what they run outside
 * Node, so a fresh clone passes `npm install && npm test` with nothing installed by hand: a Chromium for the
 * browser tests, and xmllint (Debian's libxml2-utils), which checks every CWC message against its RelaxNG schema.
 *
 * Order: CHROMIUM_PATH or Debian's /usr/bin/chromium when present; otherwise Debian's package through apt-get
 * when we may run it (root, or sudo without a password); otherwise Playwright's own download of its Chromium.
 * It says what it did, and exits non-zero with the commands to run by hand only when every way failed.
 */
import { spawnSync } from "node:child_process";
import { chromiumCandidates, findChromium } from "./chromium";

function run(command: string, args: string[]): boolean {
  console.log(`ensure-test-tools: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function installWithApt(pkg: string): boolean {
  if (!has("apt-get")) return false;
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!isRoot && !sudo) return false;
  const prefix = isRoot ? [] : ["sudo", "-n"];
  const [command = "apt-get", ...rest] = [...prefix, "apt-get"];
  return run(command, [...rest, "update", "-qq"]) && run(command, [...rest, "install", "-y", "-qq", pkg]);
}

const found = findChromium();
if (found) {
  console.log(
    `ensure-test-tools: using ${found.path}${found.source === "playwright" ? " (Playwright's own)" : ""}`,
  );
  process.exit(0);
}
console.log(`ensure-test-tools: no Chromium at ${chromiumCandidates().join(", ")}; installing one.`);
if (installWithApt("chromium") && findChromium()) {
  console.log("ensure-test-tools: installed Debian's chromium package.");
  process.exit(0);
}
if (run("node_modules/.bin/playwright", ["install", "chromium"]) && findChromium()) {
  console.log("ensure-test-tools: installed Playwright's Chromium.");
  process.exit(0);
}
console.error(
  "ensure-test-tools: could not install a Chromium for the browser tests. Install one by hand (`sudo apt-get install -y chromium` on Debian/Ubuntu, or `npx playwright install chromium`), or set CHROMIUM_PATH, then run `npm test` again.",
);
process.exit(1);
