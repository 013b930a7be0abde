/**
 * Reads a V8 .cpuprofile (from `BENCH_CPU_PROF=DIR npm run bench -- --only d`, or any `node --cpu-prof`) and
 * prints where the time went: the functions with the most self time, the same summed per package or source
 * folder, and the functions with the most total (inclusive) time.
 * `tsx bench/cpu-profile.ts FILE [rows] [--skip SECONDS]`.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const args = process.argv.slice(2);
const skipAt = args.indexOf("--skip");
// --skip SECONDS leaves out the profile's first seconds (the server starting, loading modules).
const skipUs = skipAt === -1 ? 0 : Number(args.splice(skipAt, 2)[1]) * 1e6;
const [file, rowsArg] = args;
if (!file) {
  console.error("usage: tsx bench/cpu-profile.ts FILE.cpuprofile [rows] [--skip SECONDS]");
  process.exit(2);
}
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map<number, number>();
let elapsed = 0;
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed >= skipUs) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

// Next's bundles are minified: positions in them are read back to their source (their .map files) where one exists.
const maps = new Map<string, SourceMap | null>();
function original(frame: Node["callFrame"]): { source: string; line: number } | null {
  const path = frame.url.replace(/^file:\/\//, "");
  if (!path.includes("/.next")) return null;
  if (!maps.has(path)) {
    maps.set(
      path,
      existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8"))) : null,
    );
  }
  const entry = maps.get(path)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !("originalSource" in entry)) return null;
  return { source: entry.originalSource.replace(/^(\.\.\/)+/, ""), line: entry.originalLine + 1 };
}
const where = (frame: Node["callFrame"]) => {
  const path = original(frame)?.source ?? frame.url.replace(/^file:\/\//, "");
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (!path) return "(native/V8)";
  return path.startsWith("node:") ? path : path.replace(/^.*\/work\/main\//, "");
};
const label = (n: Node) => {
  const o = original(n.callFrame);
  const at = o
    ? `${o.source.replace(/^.*node_modules\//, "")}:${o.line}`
    : `${where(n.callFrame)}:${n.callFrame.lineNumber + 1}`;
  return `${n.callFrame.functionName || "(anonymous)"} ${at}`;
};
const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
const top = (m: Map<string, number>, title: string) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${pct(v)}  ${k}`);
};

const selfByFn = new Map<string, number>();
const selfByWhere = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id);
  if (!n) continue;
  selfByFn.set(label(n), (selfByFn.get(label(n)) ?? 0) + us);
  const w = where(n.callFrame);
  selfByWhere.set(w, (selfByWhere.get(w) ?? 0) + us);
  // Inclusive: every distinct function on the stack gets the sample once (recursion counted once).
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const node = byId.get(cur);
    if (!node) break;
    const key = label(node);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled`);
top(selfByWhere, "self time by package / file");
top(selfByFn, "self time by function");
top(inclusive, "total time by function (inclusive)");
