import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build-site.ts";

/**
 * Every folder in tests/fixtures/invalid/ is one invalid input, described by its case.json and
 * applied to a copy of the valid fixture package:
 *   copy    [{ from, to }]            copies a file or folder inside the content folder
 *   files/  (a folder)                 files written over the copy, at the same paths
 *   remove  [path]                     files or folders deleted
 *   edits   [{ file, find, replace }]  one exact text replaced (it must occur exactly once)
 *   expect  { file, field?, line?, message? }  what the message must name
 * Each is built with the real command line (`scripts/build.ts`) over a good site, which must
 * come out of it byte for byte as it was.
 */
const root = path.resolve(import.meta.dirname, "../..");
const casesDir = path.join(root, "tests/fixtures/invalid");
const validFixture = path.join(root, "tests/fixtures/content/valid");

interface InvalidCase {
  proves: string;
  copy?: { from: string; to: string }[];
  remove?: string[];
  edits?: { file: string; find: string; replace: string }[];
  /** `message`: words the explanation must contain, where the field alone would not tell what is wrong. */
  expect: { file: string; field?: string; line?: number; message?: string };
}

const cases = fs
  .readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, spec: JSON.parse(fs.readFileSync(path.join(casesDir, entry.name, "case.json"), "utf8")) as InvalidCase }))
  .sort((a, b) => a.name.localeCompare(b.name));

let work: string;
let goodSite: string;
let goodHash: string;

interface Outcome {
  /** Why the case could not be applied to the valid fixture, if it could not. */
  setupError?: string;
  code: number;
  stderr: string;
  report: string;
  /** The good site's hash right after this case's build. */
  siteHash: string;
}
const outcomes = new Map<string, Outcome>();

/** One hash over every path and every byte of a folder: any change to the site changes it. */
function hashTree(dir: string): string {
  const hash = crypto.createHash("sha256");
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  for (const file of files) {
    const absolute = path.join(dir, file);
    const stat = fs.lstatSync(absolute);
    hash.update(`${file}\0${stat.isDirectory() ? "dir" : stat.size}\0`);
    if (stat.isFile()) hash.update(fs.readFileSync(absolute));
  }
  return hash.digest("hex");
}

/** The valid fixture with one case applied, in a content folder of its own. */
function contentFor(name: string, spec: InvalidCase): string {
  const content = path.join(work, "cases", name);
  fs.cpSync(validFixture, content, { recursive: true });
  for (const { from, to } of spec.copy ?? []) fs.cpSync(path.join(content, from), path.join(content, to), { recursive: true });
  const overlay = path.join(casesDir, name, "files");
  if (fs.existsSync(overlay)) fs.cpSync(overlay, content, { recursive: true });
  for (const target of spec.remove ?? []) fs.rmSync(path.join(content, target), { recursive: true });
  for (const edit of spec.edits ?? []) {
    const file = path.join(content, edit.file);
    const text = fs.readFileSync(file, "utf8");
    // A case whose text no longer matches the valid fixture would prove nothing: say so.
    const count = text.split(edit.find).length - 1;
    if (count !== 1) throw new Error(`${name}/case.json: ${JSON.stringify(edit.find)} occurs ${count} times in ${edit.file}, not once`);
    fs.writeFileSync(file, text.replace(edit.find, () => edit.replace));
  }
  return content;
}

const run = promisify(execFile);

/** `npm run build` as a contributor runs it, with the content and output folders pointed elsewhere. */
async function buildCli(content: string, output: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/run-typescript.js", "scripts/build.ts", "--content", content, "--output", output], { cwd: root, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** The problem report the build printed, with the temporary content folder written as `<content>`. */
function reportOf(stderr: string, output: string, content: string): string {
  const marker = `The build stopped; ${output}/ is unchanged.`;
  const at = stderr.indexOf(marker);
  if (at < 0) return stderr;
  const contentPath = path.relative(root, content).split(path.sep).join("/");
  return stderr
    .slice(at + marker.length)
    .trim()
    .split(contentPath)
    .join("<content>");
}

/** Runs `task` over `items`, `limit` at a time. */
async function inPool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-quality-bad-input-"));
  goodSite = path.join(work, "good-site");
  const built = await buildSite({ output: goodSite, contentDir: validFixture });
  if (!built.ok) throw new Error(`the valid fixture must build:\n${built.message}`);
  goodHash = hashTree(goodSite);
  // Each build is a new Node process; two at a time keep both cores busy. A failed build
  // never touches the output, so the cases can share the one good site.
  await inPool(cases, 2, async ({ name, spec }) => {
    let content: string;
    try {
      content = contentFor(name, spec);
    } catch (error) {
      outcomes.set(name, { setupError: (error as Error).message, code: 0, stderr: "", report: "", siteHash: goodHash });
      return;
    }
    const result = await buildCli(content, goodSite);
    outcomes.set(name, { code: result.code, stderr: result.stderr, report: reportOf(result.stderr, goodSite, content), siteHash: hashTree(goodSite) });
  });
}, 600_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("bad input", () => {
  it("has at least 30 distinct invalid inputs, each with a sentence saying what it proves", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map(({ spec }) => spec.proves)).size).toBe(cases.length);
  });

  describe.each(cases)("$name", ({ name, spec }) => {
    it(`${spec.proves}: exit 1, the file and field named, the last good site untouched`, () => {
      const result = outcomes.get(name)!;
      if (result.setupError) throw new Error(result.setupError);
      const report = result.report;
      expect(result.code, report).toBe(1);
      expect(result.stderr).toContain(`The build stopped; ${goodSite}/ is unchanged.`);
      expect(report, "the message names the file").toMatch(new RegExp(`^<content>${spec.expect.file ? `/${spec.expect.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}` : ""}$`, "m"));
      if (spec.expect.field) expect(report, "the message names the field").toContain(` ${spec.expect.field}: `);
      if (spec.expect.line) expect(report, "the message gives the line").toMatch(new RegExp(`line ${spec.expect.line}\\b`));
      if (spec.expect.message) expect(report, "the message says what is wrong").toContain(spec.expect.message);
      expect(report).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
      expect(report).toMatchSnapshot();
      expect(result.siteHash, "the previous site changed").toBe(goodHash);
    });
  });
});
