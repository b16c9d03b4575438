/**
 * `npm run check [-- --json]`: validates every content package without building the site and
 * prints every problem at once, grouped by file. Exits 1 when anything is wrong.
 */
import path from "node:path";
import { loadCatalog } from "../src/content/catalog.ts";
import { formatProblems } from "../src/content/problems.ts";

const root = path.resolve(import.meta.dirname, "..");
const json = process.argv.includes("--json");
const result = loadCatalog({ root });

if (result.ok) {
  const { packages, pairs, articles } = result.catalog;
  const summary = { ok: true, packages: packages.length, pairs: pairs.length, articles: articles.length, problems: [] };
  console.log(json ? JSON.stringify(summary, null, 2) : `All content is valid: ${packages.length} packages, ${pairs.length} pairs, ${articles.length} article files.`);
} else {
  const problems = result.problems.items;
  console.log(json ? JSON.stringify({ ok: false, problems }, null, 2) : formatProblems(problems));
  process.exitCode = 1;
}
