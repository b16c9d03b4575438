import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/content/catalog.ts";
import type { Catalog } from "../../src/content/types.ts";
import { LANGS } from "../../src/schemas/common.ts";
import { builtSite, readPage } from "../support/site.ts";

const root = path.resolve(import.meta.dirname, "../..");
let catalog: Catalog;
let site: string;

beforeAll(() => {
  const result = loadCatalog({ root });
  if (!result.ok) throw new Error("the shipped content is invalid");
  catalog = result.catalog;
  site = builtSite("root");
});

/** The pair ids of the cards on a page, in order. */
function pairsOn(file: string): string[] {
  return [...readPage(site, file).matchAll(/class="pair-card" data-pair="([^"]+)"/g)].map((match) => match[1]!);
}

function articleLinksOn(file: string, lang: string): string[] {
  const html = readPage(site, file);
  return [...html.matchAll(new RegExp(`class="article-card__title"><a href="/${lang}/articles/([^/]+)/"`, "g"))].map((match) => match[1]!);
}

describe("the love/hate examples in the built site", () => {
  it("gives every pair a page in both languages", () => {
    for (const pair of catalog.pairs) {
      for (const lang of LANGS) {
        const page = readPage(site, `${lang}/examples/${pair.id}/index.html`);
        expect(page).toContain('class="side side--hate"');
        expect(page).toContain('class="side side--love"');
      }
    }
  });

  it("lists every pair once on the examples index", () => {
    for (const lang of LANGS) expect(pairsOn(`${lang}/examples/index.html`).sort()).toEqual(catalog.pairs.map((pair) => pair.id).sort());
  });

  it("lists exactly the pairs and articles of a theme on its theme page", () => {
    for (const theme of catalog.themes) {
      for (const lang of LANGS) {
        const file = `${lang}/themes/${theme.id}/index.html`;
        expect(pairsOn(file).sort(), file).toEqual(catalog.pairs.filter((pair) => pair.theme === theme.id).map((pair) => pair.id).sort());
        const articles = catalog.articles.filter((article) => article.lang === lang && article.front.theme === theme.id).map((article) => article.id);
        expect(articleLinksOn(file, lang).sort(), file).toEqual(articles.sort());
      }
    }
  });

  it("lists exactly the pairs and articles for an audience on its hub", () => {
    for (const audience of catalog.audiences) {
      for (const lang of LANGS) {
        const file = `${lang}/for/${audience.id}/index.html`;
        expect(pairsOn(file).sort(), file).toEqual(catalog.pairs.filter((pair) => pair.audiences.includes(audience.id)).map((pair) => pair.id).sort());
        const articles = catalog.articles.filter((article) => article.lang === lang && article.front.audiences.includes(audience.id)).map((article) => article.id);
        expect(articleLinksOn(file, lang).sort(), file).toEqual(articles.sort());
      }
    }
  });

  it("resolves every related article, story and pair link on a pair page", () => {
    const broken: string[] = [];
    for (const pair of catalog.pairs) {
      for (const lang of LANGS) {
        const html = readPage(site, `${lang}/examples/${pair.id}/index.html`);
        for (const [, href] of html.matchAll(/href="(\/(?:en|nl)\/(?:articles|examples)\/[^"]+\/)"/g)) {
          if (!fs.existsSync(path.join(site, href!, "index.html"))) broken.push(`${lang}/${pair.id} -> ${href}`);
        }
        for (const related of pair.related) expect(html, `${pair.id} names ${related}`).toContain(`/${lang}/articles/${related}/`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("links a pair page to the same pair in the other language", () => {
    const pair = catalog.pairs[0]!;
    expect(readPage(site, `en/examples/${pair.id}/index.html`)).toContain(`href="/nl/examples/${pair.id}/" hreflang="nl" lang="nl"`);
    expect(readPage(site, `nl/examples/${pair.id}/index.html`)).toContain(`href="/en/examples/${pair.id}/" hreflang="en" lang="en"`);
  });

  it("shows each story on the pages of the pairs it illustrates", () => {
    const stories = catalog.articles.filter((article) => article.front.kind === "story");
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      for (const pairId of story.front.pairs) expect(readPage(site, `${story.lang}/examples/${pairId}/index.html`)).toContain(`/${story.lang}/articles/${story.id}/`);
    }
  });
});
