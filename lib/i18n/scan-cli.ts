/** `npm run i18n:scan [path-prefix…]`: what is still written in English outside a dictionary, file by file. */
import { scanProject } from "./scan";

const prefixes = process.argv.slice(2);
const findings = scanProject(process.cwd()).filter(
  (f) => prefixes.length === 0 || prefixes.some((p) => f.file.startsWith(p)),
);
for (const f of findings) console.log(`${f.file}:${f.line}  ${f.text}`);
const files = new Set(findings.map((f) => f.file));
console.log(`\n${findings.length} untranslated text(s) in ${files.size} file(s)`);
