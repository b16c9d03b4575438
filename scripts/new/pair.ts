import fs from "node:fs";
import path from "node:path";
import { isSeq, LineCounter, parseDocument } from "yaml";
import { relativeFile } from "../../src/content/problems.ts";
import type { NewArgs } from "./args.ts";
import { checkNewId, freeId, pickTheme } from "./choices.ts";
import { UsageError } from "./errors.ts";
import { describePackage, findWorkspacePackage, type PackageInfo, type Project } from "./project.ts";
import type { Report } from "./report.ts";
import { template } from "./templates.ts";

/** `pair --package NAME [--id ID] [--theme THEME]`: appends a starter pair to the package's pairs.yaml. */
export function newPair(project: Project, args: NewArgs): Report {
  const pkg = findWorkspacePackage(project, args.package, "pair");
  const id = args.id !== undefined ? checkNewId(project, args.id, "--id") : freeId(project, `${pkg.folder}-draft-pair`);
  const theme = pickTheme(project, pkg, args.theme);
  const file = appendPair(project, pkg, id, theme);
  return {
    headline: `Added the pair \`${id}\` (theme \`${theme}\`) to ${describePackage(project, pkg)}:`,
    files: [{ file, note: "the starter pair is at the end of the file; earlier pairs and comments are unchanged" }],
    next: [
      ...(args.id === undefined ? [`Give the pair a lasting id: rename \`${id}\` now (ids appear in URLs and never change once published), or pass --id next time.`] : []),
      "Replace every text that starts with Draft or Concept, in English and in Dutch, and the placeholder source.",
    ],
  };
}

/**
 * Appends the pair as YAML text rather than re-serialising the file, so that the author's
 * comments, folding and quoting stay exactly as they were. The result is parsed again before it
 * is written: a file that is not a plain block list is left alone with a clear message.
 */
export function appendPair(project: Project, pkg: PackageInfo, id: string, theme: string): string {
  const absolute = path.join(pkg.dir, "pairs.yaml");
  const file = relativeFile(project.root, absolute);
  const exists = fs.existsSync(absolute);
  const before = exists ? fs.readFileSync(absolute, "utf8") : `# Pairs of the ${pkg.folder} package. Every field is explained in CONTRIBUTING.md.\n`;
  const { count, indent } = inspectList(before, file);
  const entry = template("pair.yaml", { id, theme, audiences: project.audiences.join(", ") })
    .split("\n")
    .map((line) => (line === "" ? line : indent + line))
    .join("\n");
  const after = `${before.replace(/\s*$/, "\n")}\n${entry}`;
  const check = parseDocument(after, { version: "1.2", schema: "core" });
  const list: unknown = check.errors.length === 0 ? check.toJS() : undefined;
  const last: unknown = Array.isArray(list) ? list.at(-1) : undefined;
  if (!Array.isArray(list) || list.length !== count + 1 || (last as { id?: unknown } | undefined)?.id !== id) {
    throw new UsageError(`${file} does not end in a plain YAML list that a pair can be appended to: add the pair by hand (see CONTRIBUTING.md)`);
  }
  fs.writeFileSync(absolute, after);
  return file;
}

/** How many pairs the file holds and how its list items are indented. */
function inspectList(text: string, file: string): { count: number; indent: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", schema: "core", lineCounter });
  if (doc.errors.length > 0) throw new UsageError(`${file} is not valid YAML yet (line ${lineCounter.linePos(doc.errors[0]!.pos[0]).line}): run \`npm run check\` and fix it first`);
  if (doc.contents === null) return { count: 0, indent: "" };
  if (!isSeq(doc.contents) || doc.contents.flow) throw new UsageError(`${file} is not a block list of pairs (\`- id: ...\` entries): run \`npm run check\` and fix it first`);
  // A block sequence starts at its first `-`: new items go in the same column.
  const start = doc.contents.range?.[0];
  const column = start === undefined ? 0 : lineCounter.linePos(start).col - 1;
  return { count: doc.contents.items.length, indent: " ".repeat(column) };
}
