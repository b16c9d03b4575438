/**
 * `npm run new -- package NAME | pair --package NAME | article --package NAME --lang en`: scaffolds
 * content files that pass `npm run check` as they are, each text plainly marked as a draft.
 * A wrong name, id, theme or option prints one line and exits 1; nothing is written then.
 * `--root DIR` and `--content DIR` point it at another project (the tests use a temporary copy).
 */
import path from "node:path";
import { newArticle } from "./new/article.ts";
import { parseNewArgs, USAGE } from "./new/args.ts";
import { UsageError } from "./new/errors.ts";
import { newPackage } from "./new/package.ts";
import { newPair } from "./new/pair.ts";
import { readProject } from "./new/project.ts";
import { formatReport, type Report } from "./new/report.ts";

function run(argv: string[]): Report | "help" {
  const args = parseNewArgs(argv, path.resolve(import.meta.dirname, ".."));
  if (args === "help") return "help";
  const project = readProject(args.root, args.contentDir);
  if (args.command === "package") return newPackage(project, args);
  if (args.command === "pair") return newPair(project, args);
  return newArticle(project, args, localDate(new Date()));
}

/** Today as `YYYY-MM-DD` where the author is, not in UTC. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

try {
  const result = run(process.argv.slice(2));
  console.log(result === "help" ? USAGE : formatReport(result));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exitCode = 1;
}
