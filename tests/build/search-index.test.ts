import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metaCacheTagOf } from "../../src/client/search/cache-tag.ts";
import { buildSearchIndex } from "../../src/eleventy/search-index.ts";
import { builtSite, fragments, htmlFiles, readPage, type SiteVariant } from "../support/site.ts";

const LANGS = ["en", "nl"] as const;

/** The URL Pagefind gives a built page: its folder, without the path prefix (the browser adds it). */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;

/** The pages search must find: every example and every article, per language, as built. */
function contentPages(site: string, lang: string): string[] {
  return htmlFiles(site)
    .filter((file) => new RegExp(`^${lang}/(examples|articles)/[^/]+/index\\.html$`).test(file))
    .map(urlOf)
    .sort();
}

for (const variant of ["root", "prefixed"] satisfies SiteVariant[]) {
  describe(`the search index of the ${variant} build`, () => {
    const site = builtSite(variant);

    it("holds every example and article page in each language, in that language's index, and no page twice", () => {
      const records = fragments(site);
      const entry = JSON.parse(fs.readFileSync(path.join(site, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(entry.languages).sort()).toEqual([...LANGS]);
      for (const lang of LANGS) {
        const expected = contentPages(site, lang);
        expect(expected.length).toBeGreaterThan(10);
        const indexed = records.filter((record) => record.language === lang).map((record) => record.url);
        expect(indexed.length, `${lang}: a page indexed twice`).toBe(new Set(indexed).size);
        expect([...indexed].sort()).toEqual(expected);
        expect(entry.languages[lang]!.page_count).toBe(expected.length);
      }
      const everywhere = records.map((record) => record.url);
      expect(everywhere.length).toBe(new Set(everywhere).size);
    });

    it("indexes no listing, search, home or other page without content of its own", () => {
      const urls = new Set(fragments(site).map((record) => record.url));
      for (const file of htmlFiles(site)) {
        if (/^(en|nl)\/(examples|articles)\/[^/]+\/index\.html$/.test(file)) continue;
        expect(urls.has(urlOf(file)), file).toBe(false);
      }
    });

    it("gives every page a title, its kind and theme to show, and its kind, theme, audience and package to filter by", () => {
      for (const record of fragments(site)) {
        expect(record.meta.title, record.url).toBeTruthy();
        expect(record.meta.kind, record.url).toBeTruthy();
        expect(record.meta.theme, record.url).toBeTruthy();
        for (const filter of ["kind", "theme", "audience", "package"]) expect(record.filters[filter]?.length, `${record.url} ${filter}`).toBeGreaterThan(0);
      }
      const nlExample = fragments(site).find((record) => record.url === "/nl/examples/ninety-day-password/");
      expect(nlExample?.filters.kind).toEqual(["Voorbeeld"]);
      const enGuide = fragments(site).find((record) => record.url === "/en/articles/passwords-modern-rules/");
      expect(enGuide?.filters.kind).toEqual(["Article"]);
      expect(enGuide?.meta.kind).toBe("Guide");
    });

    it("keeps labels, dates and the other language's title out of the indexed text", () => {
      const page = fragments(site).find((record) => record.url === "/en/examples/ninety-day-password/")!;
      const html = readPage(site, "en/examples/ninety-day-password/index.html");
      expect(html).toContain("Lees in het Nederlands");
      expect(page.content).not.toContain("Lees in het Nederlands");
      expect(page.content).not.toContain("What goes wrong");
      expect(page.content.startsWith(page.meta.title!)).toBe(true);
    });

    it("ships none of Pagefind's own interfaces, which the Content-Security-Policy would refuse, nor its unused web worker", () => {
      const files = fs.readdirSync(path.join(site, "pagefind"));
      expect(files).toContain("pagefind.js");
      expect(files).toContain("pagefind-highlight.js");
      expect(files.filter((name) => /ui\.(js|css)$/.test(name))).toEqual([]);
      // The browser searches on the main thread (`noWorker`), so the worker would only fill the offline cache.
      expect(files).not.toContain("pagefind-worker.js");
    });
  });
}

describe("the search index step", () => {
  it("reports the stable entry URL the browser will request, so that a service worker can precache it", async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-search-index-"));
    for (const file of htmlFiles(builtSite("root"))) {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.copyFileSync(path.join(builtSite("root"), file), path.join(copy, file));
    }
    const result = await buildSearchIndex(copy);
    const entry = fs.readFileSync(path.join(copy, "pagefind", "pagefind-entry.json"), "utf8");
    expect(result.metaCacheTag).toBe(metaCacheTagOf(entry));
    expect(result.entryUrl).toBe(`pagefind/pagefind-entry.json?ts=${result.metaCacheTag}`);
    expect(result.pages).toBe(contentPages(copy, "en").length + contentPages(copy, "nl").length);
    // The same pages give the same index, and so the same tag: rebuilding does not empty anyone's cache.
    expect(result.metaCacheTag).toBe(metaCacheTagOf(fs.readFileSync(path.join(builtSite("root"), "pagefind", "pagefind-entry.json"), "utf8")));
  });
});
