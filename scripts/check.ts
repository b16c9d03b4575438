/**
 * `npm run check [-- --json] [--content DIR]`: validates every content package without building
 * the site and prints every problem at once, grouped by file. Exits 1 when anything is wrong.
 * `--content` checks another folder of packages (a fixture, a package being prepared elsewhere).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../src/content/catalog.ts";
import { formatProblems } from "../src/content/problems.ts";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { json: { type: "boolean", default: false }, content: { type: "string" } } });
const json = values.json;
const result = loadCatalog({ root, ...(values.content ? { contentDir: path.resolve(values.content) } : {}) });

if (result.ok) {
  const { packages, pairs, articles } = result.catalog;
  const summary = { ok: true, packages: packages.length, pairs: pairs.length, articles: articles.length, problems: [] };
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  console.log(json ? JSON.stringify(summary, null, 2) : `All content is valid: ${count(packages.length, "package")}, ${count(pairs.length, "pair")}, ${count(articles.length, "article file")}.`);
} else {
  const problems = result.problems.items;
  console.log(json ? JSON.stringify({ ok: false, problems }, null, 2) : formatProblems(problems));
  process.exitCode = 1;
}
