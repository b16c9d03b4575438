import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { pairKey } from "../../src/client/health-check/encoding.ts";
import { LANGS, type Lang } from "../../src/schemas/common.ts";
import { SeededRandom } from "./random.ts";
import { inventVocabulary, TextWriter } from "./text.ts";

export interface CorpusOptions {
  /** An empty (or missing) folder; becomes a folder of content packages. */
  dir: string;
  /** Article files in total, both languages together: `articles / 2` ids, each in en and nl. */
  articles: number;
  seed?: number;
  /** The project root whose `_data/` themes and audiences the content must name. */
  root?: string;
}

export interface CorpusSummary {
  dir: string;
  packages: number;
  pairs: number;
  /** Article files (en + nl). */
  articles: number;
  /** Every file written, relative to `dir`, sorted. */
  files: string[];
  /** Bytes of Markdown across all article files. */
  markdownBytes: number;
}

export const DEFAULT_SEED = 20_261_102;
const projectRoot = path.resolve(import.meta.dirname, "../..");

interface ArticlePlan {
  id: string;
  kind: "guide" | "tip" | "interview" | "story";
  theme: string;
  audiences: string[];
  date: string;
  pairs: string[];
  packageIndex: number;
}

interface PairPlan {
  id: string;
  theme: string;
  audiences: string[];
  related: string[];
  packageIndex: number;
}

/** Ids named in `_data/{file}`, so that the corpus stays valid when themes or audiences change. */
function taxonomyIds(root: string, file: string): string[] {
  const list = parse(fs.readFileSync(path.join(root, "_data", file), "utf8")) as { id: string }[];
  return list.map((entry) => entry.id);
}

/** A YAML scalar that needs no thought about colons, quotes or `#`: JSON strings are YAML. */
const q = (text: string) => JSON.stringify(text);

/**
 * Writes synthetic content packages that pass the site's validation: `articles / 2` article ids
 * in both languages (about 10% stories, 10% interviews, the rest guides and tips of 650+ words),
 * and one pair per ten article files, cross-referenced both ways. The same seed writes the same bytes.
 */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const root = options.root ?? projectRoot;
  const random = new SeededRandom(options.seed ?? DEFAULT_SEED);
  const themes = taxonomyIds(root, "themes.yaml");
  const audiences = taxonomyIds(root, "audiences.yaml");
  const idCount = Math.max(1, Math.floor(options.articles / 2));
  const pairCount = Math.max(1, Math.round(options.articles / 10));
  // Two or more packages, one per hundred ids, at most ten; never more than there are ids, or one would be empty.
  const packageCount = Math.min(10, idCount, Math.max(2, Math.ceil(idCount / 100)));
  const vocabulary: Record<Lang, string[]> = { en: inventVocabulary(random, Math.min(4000, 300 + idCount)), nl: inventVocabulary(random, Math.min(4000, 300 + idCount)) };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const idWidth = String(idCount).length;

  // The health check's share links name a pair by a 21-bit hash of its id and the build refuses
  // two ids with one hash; at 1,000 pairs that happens by chance, so a colliding id gets a suffix.
  const usedKeys = new Set<number>();
  const pairId = (index: number) => {
    let id = `bench-pair-${pad(index + 1, idWidth)}`;
    for (let attempt = 2; usedKeys.has(pairKey(id)); attempt++) id = `bench-pair-${pad(index + 1, idWidth)}-${attempt}`;
    usedKeys.add(pairKey(id));
    return id;
  };
  const pairs: PairPlan[] = Array.from({ length: pairCount }, (_, index) => ({
    id: pairId(index),
    theme: random.pick(themes),
    audiences: random.sample(audiences, random.int(1, audiences.length)),
    related: [],
    packageIndex: index % packageCount,
  }));
  const articles: ArticlePlan[] = Array.from({ length: idCount }, (_, index) => {
    const roll = random.next();
    const kind = roll < 0.1 ? "story" : roll < 0.2 ? "interview" : roll < 0.6 ? "guide" : "tip";
    const day = random.int(0, 2400);
    return {
      id: `bench-article-${pad(index + 1, idWidth)}`,
      kind,
      theme: random.pick(themes),
      audiences: random.sample(audiences, random.int(1, 2)),
      date: new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      pairs: random.sample(pairs, kind === "story" ? random.int(1, 2) : random.int(0, 3)).map((pair) => pair.id),
      packageIndex: Math.floor((index * packageCount) / idCount),
    };
  });
  for (const pair of pairs) pair.related = random.sample(articles, random.int(1, 3)).map((article) => article.id);

  const files = new Map<string, string>();
  let markdownBytes = 0;
  for (let p = 0; p < packageCount; p++) {
    const name = `bench-${pad(p + 1, 2)}`;
    files.set(`${name}/package.json`, packageJson(name, p));
    files.set(`${name}/README.md`, `# ${name}\n\nSynthetic content for \`npm run bench\`. Never rendered.\n`);
    const own = pairs.filter((pair) => pair.packageIndex === p);
    if (own.length > 0) files.set(`${name}/pairs.yaml`, own.map((pair) => pairYaml(pair, random, vocabulary)).join(""));
    for (const article of articles.filter((item) => item.packageIndex === p)) {
      const sources = sourcesFor(article.id, random, article.kind === "story" ? 0 : random.int(1, 3));
      const person = article.kind === "interview" ? { name: `${random.pick(["Sam", "Noor", "Daan", "Lotte", "Alex", "Mira"])} ${random.pick(["de Vries", "Jansen", "Okafor", "Bakker", "Smit"])}`, role: random.pick(["CIO", "Service desk lead", "IT manager", "Security officer"]), organisation: `a fictional ${random.pick(["housing association", "hospital", "school board", "logistics firm"])} with ${random.int(50, 5000)} staff` } : undefined;
      for (const lang of LANGS) {
        const text = new TextWriter(random, lang, vocabulary[lang]);
        const body = article.kind === "story" ? text.storyBody(random.int(160, 300)) : text.longBody(random.int(650, 1000), article.kind === "interview");
        const markdown = articleMarkdown(article, text.title(), text.summary(60, 280), sources, person, body);
        markdownBytes += Buffer.byteLength(markdown);
        files.set(`${name}/articles/${lang}/${article.id}.md`, markdown);
      }
    }
  }

  fs.mkdirSync(options.dir, { recursive: true });
  for (const [file, content] of files) {
    const absolute = path.join(options.dir, file);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, content);
  }
  return { dir: options.dir, packages: packageCount, pairs: pairCount, articles: idCount * LANGS.length, files: [...files.keys()].sort(), markdownBytes };
}

function packageJson(name: string, index: number): string {
  const manifest = {
    name: `@bench/${name}`,
    version: "1.0.0",
    description: "Synthetic content for the benchmark.",
    license: "CC0-1.0",
    private: true,
    contentPackage: {
      title: { en: `Bench package ${index + 1}`, nl: `Benchpakket ${index + 1}` },
      summary: { en: "Seeded synthetic pairs and articles that measure the build.", nl: "Gegenereerde paren en artikelen die de build meten." },
      order: index + 1,
      untranslated: [],
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function sourcesFor(id: string, random: SeededRandom, count: number): { title: string; url: string }[] {
  return Array.from({ length: count }, (_, index) => ({ title: `Example source ${random.int(1, 999)} for ${id}`, url: `https://example.org/sources/${id}/${index + 1}` }));
}

function pairYaml(pair: PairPlan, random: SeededRandom, vocabulary: Record<Lang, string[]>): string {
  const lines = [`- id: ${pair.id}`, `  theme: ${pair.theme}`, `  audiences: [${pair.audiences.join(", ")}]`];
  for (const lang of LANGS) {
    const text = new TextWriter(random, lang, vocabulary[lang]);
    lines.push(`  ${lang}:`, `    title: ${q(text.title())}`, `    hate: ${q(text.summary(120, 600))}`, `    love: ${q(text.summary(120, 600))}`, `    why: ${q(text.summary(120, 600))}`, "    steps:");
    for (let i = random.int(3, 6); i > 0; i--) lines.push(`      - ${q(text.summary(30, 280))}`);
  }
  lines.push("  sources:");
  for (const source of sourcesFor(pair.id, random, random.int(1, 2))) lines.push(`    - title: ${q(source.title)}`, `      url: ${source.url}`);
  lines.push(`  related: [${pair.related.join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

function articleMarkdown(article: ArticlePlan, title: string, summary: string, sources: { title: string; url: string }[], person: { name: string; role: string; organisation: string } | undefined, body: string): string {
  const lines = ["---", `id: ${article.id}`, `title: ${q(title)}`, `summary: ${q(summary)}`, `kind: ${article.kind}`, `audiences: [${article.audiences.join(", ")}]`, `theme: ${article.theme}`, `date: "${article.date}"`];
  if (sources.length === 0) lines.push("sources: []");
  else {
    lines.push("sources:");
    for (const source of sources) lines.push(`  - title: ${q(source.title)}`, `    url: ${source.url}`);
  }
  lines.push(`pairs: [${article.pairs.join(", ")}]`);
  if (person) lines.push("person:", `  name: ${q(person.name)}`, `  role: ${q(person.role)}`, `  organisation: ${q(person.organisation)}`);
  lines.push("---", "");
  return `${lines.join("\n")}\n${body}`;
}
