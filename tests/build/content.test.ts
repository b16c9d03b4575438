import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/content/catalog.ts";
import type { Catalog } from "../../src/content/types.ts";
import { LANGS } from "../../src/schemas/common.ts";

const root = path.resolve(import.meta.dirname, "../..");
let catalog: Catalog;

beforeAll(() => {
  const result = loadCatalog({ root });
  if (!result.ok) throw new Error(result.problems.items.map((problem) => `${problem.file} ${problem.field ?? ""} ${problem.message}`).join("\n"));
  catalog = result.catalog;
});

const articlesOf = (lang: string, kinds: string[]) => catalog.articles.filter((article) => article.lang === lang && kinds.includes(article.front.kind));
const pairsOfPackage = (name: string) => catalog.pairs.filter((pair) => pair.packageName === name);

describe("the shipped content", () => {
  it("has at least 24 pairs and 8 guides or tips about the service desk, changes and outages", () => {
    const part1 = ["@ilmitd/service-desk", "@ilmitd/changes-and-outages"];
    expect(part1.flatMap(pairsOfPackage).length).toBeGreaterThanOrEqual(24);
    for (const lang of LANGS) expect(articlesOf(lang, ["guide", "tip"]).filter((article) => part1.includes(article.packageName)).length).toBeGreaterThanOrEqual(8);
  });

  it("has at least 44 pairs and 18 guides or tips in each language", () => {
    expect(catalog.pairs.length).toBeGreaterThanOrEqual(44);
    for (const lang of LANGS) expect(articlesOf(lang, ["guide", "tip"]).length).toBeGreaterThanOrEqual(18);
  });

  it("has a CIO interview, a service-desk lead interview and at least six stories in each language", () => {
    for (const lang of LANGS) {
      const interviews = articlesOf(lang, ["interview"]);
      expect(interviews.map((article) => article.front.person?.role ?? "").join(" | ")).toMatch(/CIO/);
      expect(interviews.map((article) => article.front.person?.role ?? "").join(" | ")).toMatch(/service.?desk/i);
      expect(articlesOf(lang, ["story"]).length).toBeGreaterThanOrEqual(6);
    }
  });

  it("covers the three complaints that started it all", () => {
    for (const id of ["unreachable-desk", "lunchtime-patch", "full-mailbox"]) expect(catalog.pairs.map((pair) => pair.id)).toContain(id);
  });

  it("gives every pair at least one source URL, three steps and related reading", () => {
    for (const pair of catalog.pairs) {
      expect(pair.sources.length, pair.id).toBeGreaterThanOrEqual(1);
      for (const lang of LANGS) expect(pair.text[lang].steps.length, pair.id).toBeGreaterThanOrEqual(3);
      const linked = pair.related.length + catalog.articles.filter((article) => article.front.pairs.includes(pair.id)).length;
      expect(linked, `${pair.id} has no related article`).toBeGreaterThan(0);
    }
  });

  it("covers every theme of the brief with pairs", () => {
    for (const theme of catalog.themes) expect(catalog.pairs.some((pair) => pair.theme === theme.id), theme.id).toBe(true);
  });

  it("links every guide, tip and interview to at least one pair", () => {
    for (const article of catalog.articles.filter((item) => item.front.kind !== "story")) expect(article.front.pairs.length, `${article.lang}/${article.id}`).toBeGreaterThan(0);
  });
});
