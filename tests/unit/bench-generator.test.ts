import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, type CorpusSummary } from "../../scripts/bench/generate.ts";
import { findKeyCollisions } from "../../src/client/health-check/encoding.ts";
import { loadCatalog } from "../../src/content/catalog.ts";
import { formatProblems } from "../../src/content/problems.ts";
import type { Article, Catalog, Pair } from "../../src/content/types.ts";
import { LANGS, type Lang } from "../../src/schemas/common.ts";
import { SiteModel } from "../../src/site/model.ts";

const root = path.resolve(import.meta.dirname, "../..");
let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-generator-"));
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function readAll(summary: CorpusSummary): Map<string, string> {
  return new Map(summary.files.map((file) => [file, fs.readFileSync(path.join(summary.dir, file), "utf8")]));
}

function load(dir: string): Catalog {
  const result = loadCatalog({ root, contentDir: dir });
  if (!result.ok) throw new Error(formatProblems(result.problems.items));
  return result.catalog;
}

describe("the bench's content generator", () => {
  it("writes the same files, byte for byte, for the same seed", () => {
    const first = generateCorpus({ dir: path.join(work, "same-a"), articles: 60, seed: 7 });
    const second = generateCorpus({ dir: path.join(work, "same-b"), articles: 60, seed: 7 });
    expect(second.files).toEqual(first.files);
    expect(readAll(second)).toEqual(readAll(first));
  });

  it("writes different text for another seed", () => {
    const first = readAll(generateCorpus({ dir: path.join(work, "seed-a"), articles: 20, seed: 1 }));
    const second = readAll(generateCorpus({ dir: path.join(work, "seed-b"), articles: 20, seed: 2 }));
    const article = [...first.keys()].find((file) => file.endsWith(".md") && file.includes("/articles/en/"))!;
    expect(second.get(article)).toBeDefined();
    expect(second.get(article)).not.toEqual(first.get(article));
  });

  describe("a corpus of 400 article files", () => {
    let summary: CorpusSummary;
    let catalog: Catalog;

    beforeAll(() => {
      summary = generateCorpus({ dir: path.join(work, "valid"), articles: 400 });
      catalog = load(summary.dir);
    });

    it("passes the site's content validation with the counts it promises", () => {
      expect(catalog.articles.length).toBe(400);
      expect(summary.articles).toBe(400);
      expect(catalog.pairs.length).toBe(40);
      expect(catalog.packages.length).toBe(summary.packages);
      for (const lang of LANGS) expect(catalog.articles.filter((article) => article.lang === lang).length).toBe(200);
    });

    it("mixes every kind of article, with 650 words or more in guides, tips and interviews", () => {
      const kinds = new Set(catalog.articles.map((article) => article.front.kind));
      expect([...kinds].sort()).toEqual(["guide", "interview", "story", "tip"]);
      for (const article of catalog.articles.filter((item) => item.front.kind !== "story")) {
        expect(article.words, article.origin.file).toBeGreaterThanOrEqual(650);
        expect(article.headings.length, article.origin.file).toBeGreaterThanOrEqual(3);
      }
    });

    it("cross-references pairs and articles both ways", () => {
      expect(catalog.pairs.every((pair) => pair.related.length > 0)).toBe(true);
      expect(catalog.articles.filter((article) => article.front.pairs.length > 0).length).toBeGreaterThan(catalog.articles.length / 2);
    });

    it("gives no two pairs ids that the health check's share links would confuse", () => {
      expect(findKeyCollisions(catalog.pairs.map((pair) => pair.id))).toEqual([]);
    });

    it("leaves the site model's indexed lookups giving exactly what a scan of every item gives", () => {
      const site = new SiteModel(catalog, "/", { css: "/main.css", scripts: {} }, "2026-11-02");
      // The lookups as they were before the indexes: a scan of every article or pair per call.
      const scan = {
        pairsForAudience: (audienceId: string) => site.pairs.filter((pair) => pair.audiences.includes(audienceId)),
        articlesOfTheme: (lang: Lang, themeId: string) => site.articles[lang].filter((article) => article.front.theme === themeId),
        articlesForAudience: (lang: Lang, audienceId: string) => site.articles[lang].filter((article) => article.front.audiences.includes(audienceId)),
        relatedArticles: (lang: Lang, pair: Pair) => {
          const named = pair.related.map((id) => site.articleById[lang].get(id)).filter((article): article is Article => article !== undefined);
          const naming = site.articles[lang].filter((article) => article.front.pairs.includes(pair.id) && !named.includes(article));
          return [...named, ...naming].filter((article) => article.front.kind !== "story");
        },
        storiesOfPair: (lang: Lang, pairId: string) => site.articles[lang].filter((article) => article.front.kind === "story" && article.front.pairs.includes(pairId)),
        pairsOfArticle: (article: Article) => {
          const named = article.front.pairs.map((id) => site.pairById.get(id)).filter((pair): pair is Pair => pair !== undefined);
          return [...named, ...site.pairs.filter((pair) => pair.related.includes(article.id) && !named.includes(pair))];
        },
        neighbours: (pair: Pair) => {
          const list = site.pairsOfTheme(pair.theme);
          const index = list.indexOf(pair);
          return { previous: list[index - 1], next: list[index + 1] };
        },
      };
      const ids = (items: { id: string }[]) => items.map((item) => item.id);
      for (const audience of catalog.audiences) {
        expect(ids(site.pairsForAudience(audience.id))).toEqual(ids(scan.pairsForAudience(audience.id)));
        for (const lang of LANGS) expect(ids(site.articlesForAudience(lang, audience.id))).toEqual(ids(scan.articlesForAudience(lang, audience.id)));
      }
      for (const theme of catalog.themes) for (const lang of LANGS) expect(ids(site.articlesOfTheme(lang, theme.id))).toEqual(ids(scan.articlesOfTheme(lang, theme.id)));
      let stories = 0;
      for (const pair of site.pairs) {
        expect(site.neighbours(pair)).toEqual(scan.neighbours(pair));
        for (const lang of LANGS) {
          expect(site.relatedArticles(lang, pair)).toEqual(scan.relatedArticles(lang, pair));
          expect(site.storiesOfPair(lang, pair.id)).toEqual(scan.storiesOfPair(lang, pair.id));
          stories += site.storiesOfPair(lang, pair.id).length;
        }
      }
      expect(stories).toBeGreaterThan(0);
      for (const article of catalog.articles) expect(site.pairsOfArticle(article)).toEqual(scan.pairsOfArticle(article));
      // A lookup hands out its own array: changing it leaves the next answer as it was.
      const first = site.articlesOfTheme("en", catalog.themes[0]!.id);
      first.length = 0;
      expect(site.articlesOfTheme("en", catalog.themes[0]!.id)).toEqual(scan.articlesOfTheme("en", catalog.themes[0]!.id));
    });
  });
});
