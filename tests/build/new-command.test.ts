import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/content/catalog.ts";
import { formatProblems } from "../../src/content/problems.ts";
import { ARTICLE_KINDS } from "../../src/schemas/article.ts";
import { snapshotFiles } from "../support/site.ts";

const repo = path.resolve(import.meta.dirname, "../..");

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-new-"));
  temporary.push(dir);
  return dir;
}

/** A project root of its own: the repository's `_data` and an empty content folder. */
function freshRoot(): string {
  const root = tempDir();
  fs.cpSync(path.join(repo, "_data"), path.join(root, "_data"), { recursive: true });
  fs.mkdirSync(path.join(root, "content"));
  return root;
}

/** Runs `npm run new` the way npm does (a child process), against the given root. */
function runNew(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/new.ts", ...args, "--root", root], { cwd: repo, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fails with `npm run check`'s own report when the content does not pass it. */
function expectValid(root: string) {
  const result = loadCatalog({ root, contentDir: path.join(root, "content") });
  if (!result.ok) expect.fail(formatProblems(result.problems.items));
  return result.catalog;
}

/** The project right after `npm run new -- package onboarding`, made once; tests work on copies of it. */
let base: { root: string; stdout: string };

beforeAll(() => {
  const root = freshRoot();
  const created = runNew(root, "package", "onboarding");
  if (created.status !== 0) throw new Error(`npm run new -- package onboarding failed:\n${created.stderr}`);
  base = { root, stdout: created.stdout };
});

/** A copy of the project with the onboarding package, so that each test changes only its own files. */
function withPackage(): string {
  const root = tempDir();
  fs.cpSync(base.root, root, { recursive: true });
  return root;
}


describe("npm run new -- package NAME", () => {
  it("creates a package whose manifest, README and starter pair pass the check at once", () => {
    const root = withPackage();
    const dir = path.join(root, "content/onboarding");
    expect(fs.readdirSync(dir).sort()).toEqual(["README.md", "package.json", "pairs.yaml"]);
    const catalog = expectValid(root);
    expect(catalog.packages.map((pkg) => [pkg.name, pkg.version, pkg.license, pkg.origin])).toEqual([["@ilmitd/onboarding", "1.0.0", "CC-BY-4.0", "workspace"]]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"))).toMatchObject({ private: true });
    expect(catalog.pairs.map((pair) => pair.id)).toEqual(["onboarding-draft-pair"]);
  });

  it("names the package in the scope given with --scope and places it after the existing packages", () => {
    const root = withPackage();
    expect(runNew(root, "package", "leavers", "--scope", "@acme").status).toBe(0);
    const catalog = expectValid(root);
    expect(catalog.packages.map((pkg) => [pkg.name, pkg.manifest.order])).toEqual([["@ilmitd/onboarding", 1], ["@acme/leavers", 2]]);
  });

  it("marks every starter text as a draft in both languages", () => {
    const catalog = expectValid(withPackage());
    const [pkg] = catalog.packages;
    expect(pkg!.manifest.title.en).toMatch(/^Draft/);
    expect(pkg!.manifest.title.nl).toMatch(/^Concept/);
    const [pair] = catalog.pairs;
    expect(pair!.text.en.title).toMatch(/^Draft/);
    expect(pair!.text.nl.title).toMatch(/^Concept/);
  });

  it("ends its output by suggesting npm run check", () => {
    const { stdout } = base;
    expect(stdout.trim().split("\n").at(-1)).toMatch(/npm run check/);
    expect(stdout).toContain("npm install");
  });
});

describe("npm run new -- pair --package NAME", () => {
  it("appends a pair to pairs.yaml and keeps the earlier text and comments exactly as they were", () => {
    const root = withPackage();
    const file = path.join(root, "content/onboarding/pairs.yaml");
    const before = `${fs.readFileSync(file, "utf8")}# A comment the author wrote at the end.\n`;
    fs.writeFileSync(file, before);
    const result = runNew(root, "pair", "--package", "onboarding");
    expect(result.status).toBe(0);
    const after = fs.readFileSync(file, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(expectValid(root).pairs.map((pair) => pair.id)).toEqual(["onboarding-draft-pair", "onboarding-draft-pair-2"]);
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/npm run check/);
  });

  it("uses the id and theme given with --id and --theme", () => {
    const root = withPackage();
    expect(runNew(root, "pair", "--package", "onboarding", "--id", "day-one-laptop", "--theme", "joiners-and-leavers").status).toBe(0);
    const pair = expectValid(root).pairs.find((item) => item.id === "day-one-laptop");
    expect(pair?.theme).toBe("joiners-and-leavers");
  });

  it("finds the package by its npm name as well as its folder", () => {
    const root = withPackage();
    expect(runNew(root, "pair", "--package", "@ilmitd/onboarding").status).toBe(0);
    expect(expectValid(root).pairs).toHaveLength(2);
  });

  it("keeps the indentation of a pairs.yaml whose list is indented", () => {
    const root = withPackage();
    const file = path.join(root, "content/onboarding/pairs.yaml");
    const indented = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((line) => (line === "" || line.startsWith("#") ? line : `  ${line}`))
      .join("\n");
    fs.writeFileSync(file, indented);
    expect(runNew(root, "pair", "--package", "onboarding").status).toBe(0);
    expect(expectValid(root).pairs).toHaveLength(2);
  });
});

describe("npm run new -- article --package NAME --lang en", () => {
  it.each(ARTICLE_KINDS)("creates an article of kind %s in English and in Dutch that passes the check at once", (kind) => {
    const root = withPackage();
    const result = runNew(root, "article", "--package", "onboarding", "--lang", "en", "--kind", kind, "--id", `first-${kind}`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/nl translation: created now because an article without it fails the check/);
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/npm run check/);
    const articles = expectValid(root).articles;
    expect(articles.map((article) => `${article.lang}:${article.id}:${article.front.kind}`).sort()).toEqual([`en:first-${kind}:${kind}`, `nl:first-${kind}:${kind}`]);
    expect(articles.find((article) => article.lang === "en")?.front.title).toMatch(/^Draft/);
    expect(articles.find((article) => article.lang === "nl")?.front.title).toMatch(/^Concept/);
  });

  it("lists the file in the author's language first when they write in Dutch", () => {
    const root = withPackage();
    const { stdout } = runNew(root, "article", "--package", "onboarding", "--lang", "nl");
    const files = stdout.split("\n").filter((line) => line.includes("articles/"));
    expect(files[0]).toContain("articles/nl/onboarding-draft-guide.md");
    expect(files[1]).toContain("articles/en/onboarding-draft-guide.md");
    expectValid(root);
  });

  it("writes starter guides with real guidance, not repeated filler", () => {
    const root = withPackage();
    runNew(root, "article", "--package", "onboarding", "--lang", "en", "--id", "starter-guide");
    for (const article of expectValid(root).articles) {
      const paragraphs = article.html.match(/<p>[\s\S]*?<\/p>/g) ?? [];
      expect(new Set(paragraphs).size, article.lang).toBe(paragraphs.length);
      expect(article.headings.length, article.lang).toBeGreaterThanOrEqual(5);
      expect(article.words, article.lang).toBeGreaterThanOrEqual(600);
    }
  });
});

describe("npm run new with a mistake", () => {
  const cases: { sentence: string; args: string[]; message: RegExp }[] = [
    { sentence: "refuses an unknown command", args: ["essay"], message: /unknown command `essay`: use one of package, pair, article/ },
    { sentence: "refuses a pair without --package", args: ["pair"], message: /`pair` needs --package NAME: one of onboarding/ },
    { sentence: "refuses a package that does not exist and lists the ones that do", args: ["article", "--package", "nope"], message: /package `nope` not found in content\/: choose one of onboarding/ },
    { sentence: "refuses an id that is not lowercase-with-dashes", args: ["pair", "--package", "onboarding", "--id", "Day_One"], message: /--id `Day_One` must be lowercase letters and digits joined by dashes/ },
    { sentence: "refuses an id that is already taken", args: ["article", "--package", "onboarding", "--id", "onboarding-draft-pair"], message: /--id `onboarding-draft-pair` is already used by content\/onboarding\/pairs\.yaml/ },
    { sentence: "refuses a package that already exists", args: ["package", "onboarding"], message: /package `onboarding` already exists/ },
    { sentence: "refuses a package name that is not lowercase-with-dashes", args: ["package", "On Boarding"], message: /package name `On Boarding` must be lowercase letters/ },
    { sentence: "refuses an unknown theme and lists the known ones", args: ["pair", "--package", "onboarding", "--theme", "vibes"], message: /unknown theme `vibes`: use one of value-over-slas, service-desk/ },
    { sentence: "refuses an unknown --lang", args: ["article", "--package", "onboarding", "--lang", "de"], message: /unknown --lang `de`: use one of en, nl/ },
    { sentence: "refuses an unknown --kind", args: ["article", "--package", "onboarding", "--kind", "essay"], message: /unknown --kind `essay`: use one of guide, tip, interview, story/ },
  ];

  // Nothing is written on a mistake, so every case can share one copy.
  let root: string;
  beforeAll(() => {
    root = withPackage();
  });

  for (const { sentence, args, message } of cases) {
    it(`${sentence} with a one-line message, exit code 1 and no file written`, () => {
      const before = snapshotFiles(path.join(root, "content"), { encoding: "utf8" });
      const result = runNew(root, ...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(snapshotFiles(path.join(root, "content"), { encoding: "utf8" })).toEqual(before);
    });
  }
});
