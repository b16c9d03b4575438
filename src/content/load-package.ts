import type { Markdown } from "./markdown.ts";
import fs from "node:fs";
import path from "node:path";
import { articleFrontMatterSchema } from "../schemas/article.ts";
import { LANGS, type Lang } from "../schemas/common.ts";
import { packageJsonSchema } from "../schemas/manifest.ts";
import { pairSchema } from "../schemas/pair.ts";
import { articleFiles } from "./discover.ts";
import { FileMemo } from "./file-memo.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { renderArticleBody } from "./markdown.ts";
import { ProblemList, relativeFile } from "./problems.ts";
import { parseJson, readText } from "./read-file.ts";
import type { Article, ContentPackage, Pair, Rejected } from "./types.ts";
import { fieldName, parseYaml, validateYaml } from "./yaml.ts";

/**
 * Per-file results kept between the loads of one watch session (`npm start`), so that a rebuild
 * re-reads only what changed. Pass the same memo to every `loadCatalog` of a session.
 */
export interface LoadMemo {
  pairs: FileMemo<PairsFile>;
  articles: FileMemo<Article | undefined>;
  /** Drops what was kept for these files (absolute paths), so that the next load reads them again. */
  forget(files: readonly string[]): void;
}

export function createLoadMemo(): LoadMemo {
  const pairs = new FileMemo<PairsFile>();
  const articles = new FileMemo<Article | undefined>();
  return {
    pairs,
    articles,
    forget(files) {
      for (const file of files) {
        pairs.forget(file);
        articles.forget(file);
      }
    },
  };
}

/** What one pairs.yaml holds: its valid pairs, and the ids of pairs that were rejected. */
interface PairsFile {
  pairs: Pair[];
  rejectedIds: string[];
}

export interface LoadedPackage {
  pkg: ContentPackage;
  pairs: Pair[];
  articles: Article[];
}

/** What may stand at the top of a package; anything else is a file in the wrong place. */
const ALLOWED_TOP_LEVEL = new Set(["package.json", "pairs.yaml", "README.md", "LICENSE", "LICENSE.md", "CHANGELOG.md", "articles", "node_modules", ".npmignore"]);

/** Reads and validates one content package. Problems are collected; nothing is executed. */
export function loadPackage(root: string, dir: string, origin: ContentPackage["origin"], md: Markdown, problems: ProblemList, rejected: Rejected, memo: LoadMemo = createLoadMemo()): LoadedPackage | undefined {
  const rel = (absolute: string) => relativeFile(root, absolute);
  const packageJsonPath = path.join(dir, "package.json");
  const packageFile = rel(packageJsonPath);
  if (!fs.existsSync(packageJsonPath)) {
    problems.add({ file: packageFile, message: "is missing: every folder under content/ is a content package and needs a package.json with a `contentPackage` manifest" });
    return undefined;
  }
  checkLayout(dir, rel, problems);
  const text = readText(packageJsonPath, packageFile, problems);
  const json = text === undefined ? undefined : parseJson(text, packageFile, problems);
  if (json === undefined) return undefined;
  const parsed = packageJsonSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldName(issue.path) || "(top level)";
      const line = text ? lineOfJsonKey(text, issue.path) : undefined;
      problems.add({ file: packageFile, field, ...(line ? { line } : {}), message: issue.code === "invalid_type" && issue.input === undefined ? "is missing" : issue.message });
    }
    return undefined;
  }
  const data = parsed.data;
  const pkg: ContentPackage = { name: data.name, version: data.version, license: data.license, description: data.description, manifest: data.contentPackage, dir, file: packageFile, origin };
  const pairs = loadPairs(dir, pkg.name, md, rel, problems, rejected, memo.pairs);
  const articles = loadArticles(dir, pkg.name, md, rel, problems, rejected, memo.articles);
  if (pairs.length === 0 && articles.length === 0 && !fs.existsSync(path.join(dir, "pairs.yaml"))) {
    problems.add({ file: packageFile, message: "is an empty content package: add a pairs.yaml or articles under articles/en and articles/nl" });
  }
  return { pkg, pairs, articles };
}

function checkLayout(dir: string, rel: (absolute: string) => string, problems: ProblemList): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!ALLOWED_TOP_LEVEL.has(entry.name)) {
      problems.add({ file: rel(path.join(dir, entry.name)), message: "is in the wrong place: a content package holds package.json, pairs.yaml, README.md and articles/{en,nl}/*.md only" });
    }
  }
  const articlesDir = path.join(dir, "articles");
  if (!fs.existsSync(articlesDir)) return;
  for (const entry of fs.readdirSync(articlesDir, { withFileTypes: true })) {
    const isLangDir = entry.isDirectory() && (LANGS as readonly string[]).includes(entry.name);
    if (!isLangDir) {
      problems.add({ file: rel(path.join(articlesDir, entry.name)), message: `is in the wrong place: articles/ holds one folder per language (${LANGS.join(", ")})` });
      continue;
    }
    for (const file of fs.readdirSync(path.join(articlesDir, entry.name), { withFileTypes: true })) {
      if (!file.isFile() || !file.name.endsWith(".md")) {
        problems.add({ file: rel(path.join(articlesDir, entry.name, file.name)), message: "is in the wrong place: an article folder holds Markdown files (*.md) only" });
      }
    }
  }
}

function loadPairs(dir: string, packageName: string, md: Markdown, rel: (absolute: string) => string, problems: ProblemList, rejected: Rejected, memo: LoadMemo["pairs"]): Pair[] {
  const absolute = path.join(dir, "pairs.yaml");
  if (!fs.existsSync(absolute)) return [];
  const { pairs, rejectedIds } = memo.get(absolute, packageName, problems, (own) => readPairsFile(absolute, packageName, md, rel(absolute), own));
  for (const id of rejectedIds) rejected.pairIds.add(id);
  return pairs;
}

function readPairsFile(absolute: string, packageName: string, md: Markdown, file: string, problems: ProblemList): PairsFile {
  const none: PairsFile = { pairs: [], rejectedIds: [] };
  const text = readText(absolute, file, problems);
  if (text === undefined) return none;
  const source = parseYaml(text, file, problems);
  if (source.value === null) {
    problems.add({ file, message: "is empty: list at least one pair, or delete the file" });
    return none;
  }
  if (source.broken) return none;
  if (!Array.isArray(source.value)) {
    problems.add({ file, field: "(top level)", line: 1, message: "must be a YAML list of pairs, each starting with `- id:`" });
    return none;
  }
  // Each pair is validated on its own: one bad pair does not hide the good ones from the cross-checks.
  const pairs: Pair[] = [];
  const rejectedIds: string[] = [];
  source.value.forEach((item: unknown, index) => {
    const data = validateYaml(source, pairSchema, problems, [index]);
    if (!data) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === "string") rejectedIds.push(id);
      return;
    }
    const { en, nl, ...shared } = data;
    const text = { en, nl };
    const html = Object.fromEntries(
      LANGS.map((lang) => {
        const t = text[lang];
        return [lang, { title: md.renderInline(t.title), hate: md.renderInline(t.hate), love: md.renderInline(t.love), why: md.renderInline(t.why), steps: t.steps.map((step) => md.renderInline(step)) }];
      }),
    ) as Pair["html"];
    pairs.push({ ...shared, text, html, packageName, origin: { file, path: [index], lineOf: source.lineOf } });
  });
  return { pairs, rejectedIds };
}

function loadArticles(dir: string, packageName: string, md: Markdown, rel: (absolute: string) => string, problems: ProblemList, rejected: Rejected, memo: LoadMemo["articles"]): Article[] {
  const articles: Article[] = [];
  for (const { lang, absolute } of articleFiles(dir)) {
    const article = memo.get(absolute, packageName, problems, (own) => loadArticle(absolute, lang, packageName, md, rel, own));
    if (article) articles.push(article);
    else rejected.articleKeys.add(`${lang}:${path.basename(absolute, ".md")}`);
  }
  return articles;
}

export function loadArticle(absolute: string, lang: Lang, packageName: string, md: Markdown, rel: (absolute: string) => string, problems: ProblemList): Article | undefined {
  const file = rel(absolute);
  const text = readText(absolute, file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text);
  if (!split) {
    problems.add({ file, line: 1, message: "has no front matter: start the file with a `---` line, the YAML fields, and another `---` line" });
    return undefined;
  }
  const source = parseYaml(split.yaml, file, problems, 1);
  const front = validateYaml(source, articleFrontMatterSchema, problems);
  if (!front) return undefined;
  const expectedId = path.basename(absolute, ".md");
  if (front.id !== expectedId) {
    problems.add({ file, field: "id", line: source.lineOf(["id"]), message: `is \`${front.id}\` but the file is named \`${expectedId}.md\`: the file name is the article id` });
    return undefined;
  }
  if (split.body.trim() === "") {
    problems.add({ file, line: split.bodyLine, message: "has no text below the front matter" });
    return undefined;
  }
  const rendered = renderArticleBody(md, split.body);
  return { id: front.id, lang, front, html: rendered.html, headings: rendered.headings, words: rendered.words, packageName, origin: { file, path: [], lineOf: source.lineOf } };
}

/**
 * The origin of an article read by another thread, whose line finder could not travel with it:
 * it reads the front matter again, the first time a line is asked for (only to report a problem).
 */
export function articleOrigin(absolute: string, file: string): Article["origin"] {
  let lineOf: Article["origin"]["lineOf"] | undefined;
  return {
    file,
    path: [],
    lineOf(fieldPath) {
      if (!lineOf) {
        const split = splitFrontMatter(fs.readFileSync(absolute, "utf8"));
        lineOf = split ? parseYaml(split.yaml, file, new ProblemList(), 1).lineOf : () => undefined;
      }
      return lineOf(fieldPath);
    },
  };
}

/** Best-effort line of a JSON key, for schema errors in package.json. */
function lineOfJsonKey(text: string, jsonPath: ReadonlyArray<PropertyKey>): number | undefined {
  const key = [...jsonPath].reverse().find((part) => typeof part === "string");
  if (typeof key !== "string") return undefined;
  const index = text.indexOf(`"${key}"`);
  return index < 0 ? undefined : text.slice(0, index).split("\n").length;
}
