import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build-site.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";
import { axeViolations } from "../support/axe.ts";
import { launchBrowser, withStrictPage } from "../support/browser-session.ts";
import { searchPageResults, statusCount } from "../support/search-page.ts";
import { prefixOf, serveSite, type SiteVariant } from "../support/site.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh context per test: no cached index, no service worker, nothing left from another test. */
const withPage = (run: (page: Page, problems: string[], context: BrowserContext) => Promise<void>, options: Parameters<Browser["newContext"]>[0] = {}) => withStrictPage(browser, run, options);

const dialog = "dialog[data-search-dialog]";

/**
 * Waits until the dialog reports a count for the whole query. A busy machine types slowly enough for
 * the debounce to run a search on a prefix first ("uitbeste"), so a count alone is not enough.
 */
async function waitForDialogCount(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    ([selector, typed]) => {
      const text = document.querySelector(`${selector} [data-search-status]`)?.textContent ?? "";
      return /\d/.test(text) && text.includes(typed);
    },
    [dialog, query] as const,
  );
}

/**
 * Opens the dialog with the `/` key, types a query and waits until the dialog says what it found
 * for it. `at once` enters the whole query as one input, as a paste would: then no search runs on a
 * prefix of it, however slowly the machine delivers key presses.
 */
async function searchInDialog(page: Page, query: string, entry: "key by key" | "at once" = "key by key"): Promise<string[]> {
  await page.keyboard.press("/");
  await page.waitForSelector(`${dialog}[open]`);
  if (entry === "at once") await page.keyboard.insertText(query);
  else await page.keyboard.type(query);
  await waitForDialogCount(page, query);
  return page.$$eval(`${dialog} .search-result__title a`, (links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** The path of a result link, without the `?highlight=` that only marks the terms. */
const pathOf = (href: string) => new URL(href, "http://site.test").pathname;

for (const variant of ["root", "prefixed"] satisfies SiteVariant[]) {
  describe(`search on the built site served ${variant === "root" ? "at the root" : `under ${prefixOf(variant)}`}`, () => {
    let server: StaticServer;
    const prefix = prefixOf(variant);

    beforeAll(async () => {
      server = await serveSite(variant);
    });

    afterAll(async () => {
      await server?.close();
    });

    it("an English query in the dialog returns the English page first", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/examples/`);
        const results = await searchInDialog(page, "blameless");
        expect(pathOf(results[0]!)).toBe(`${prefix}en/articles/blameless-reviews/`);
        for (const href of results) expect(pathOf(href).startsWith(`${prefix}en/`), href).toBe(true);
        expect(problems).toEqual([]);
      });
    });

    it("a Dutch query on a Dutch page searches the Dutch index and returns the Dutch page first", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}nl/examples/`);
        const results = await searchInDialog(page, "uitbesteden");
        expect(pathOf(results[0]!)).toBe(`${prefix}nl/articles/outsourcing-the-desk/`);
        for (const href of results) expect(pathOf(href).startsWith(`${prefix}nl/`), href).toBe(true);
        expect(await page.textContent(`${dialog} [data-search-status]`)).toMatch(/resultaten voor ‘uitbesteden’/);
        expect(problems).toEqual([]);
      });
    });

    it("filters on the search page narrow the results, show kind and theme, and stay in the URL", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/search/?q=password`);
        await searchPageResults(page);
        const all = await statusCount(page);
        await page.check('[data-facet="kind"] input[value="example"]');
        await page.waitForFunction((before) => Number(/\d+/.exec(document.querySelector("[data-search-page] [data-search-status]")?.textContent ?? "")?.[0]) < before, all);
        const examples = await statusCount(page);
        expect(examples).toBeGreaterThan(0);
        for (const meta of await page.$$eval(".search-result__meta", (items) => items.map((item) => item.textContent ?? ""))) expect(meta).toMatch(/^Example · /);
        for (const href of await searchPageResults(page)) expect(pathOf(href)).toMatch(new RegExp(`^${prefix}en/examples/`));
        expect(new URL(page.url()).searchParams.getAll("kind")).toEqual(["example"]);
        expect(new URL(page.url()).searchParams.get("q")).toBe("password");

        // A second filter group narrows further; the shared URL brings back the same search.
        await page.check('[data-facet="audience"] input[value="it-managers"]');
        await page.waitForFunction((before) => Number(/\d+/.exec(document.querySelector("[data-search-page] [data-search-status]")?.textContent ?? "")?.[0] ?? before) < before || /No results/.test(document.querySelector("[data-search-page] [data-search-status]")?.textContent ?? ""), examples);
        const narrowed = page.url();
        const shown = await page.$$eval(".search-result__title a", (links) => links.map((link) => link.getAttribute("href")));
        await page.goto(narrowed);
        await searchPageResults(page);
        expect(await page.isChecked('[data-facet="kind"] input[value="example"]')).toBe(true);
        expect(await page.isChecked('[data-facet="audience"] input[value="it-managers"]')).toBe(true);
        expect(await page.inputValue("[data-search-page] [data-search-input]")).toBe("password");
        expect(await page.$$eval(".search-result__title a", (links) => links.map((link) => link.getAttribute("href")))).toEqual(shown);
        expect(problems).toEqual([]);
      });
    });

    it("a result opens its page with the search terms highlighted", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/search/?q=blameless`);
        const [first] = await searchPageResults(page);
        const title = await page.textContent(".search-result__title a");
        const [response] = await Promise.all([page.waitForNavigation(), page.click(".search-result__title a")]);
        expect(response?.status()).toBe(200);
        expect(pathOf(page.url())).toBe(pathOf(first!));
        expect((await page.textContent("h1"))?.trim()).toBe(title);
        await page.waitForSelector("main mark.search-highlight");
        const marked = await page.$$eval("main mark.search-highlight", (marks) => marks.map((mark) => mark.textContent?.toLowerCase()));
        expect(marked.length).toBeGreaterThan(0);
        for (const text of marked) expect(text).toContain("blameless");
        expect(problems).toEqual([]);
      });
    });

    it("every result link and section link of a broad query opens a real page", async () => {
      await withPage(async (page) => {
        await page.goto(`${server.url}en/search/?q=laptop`);
        await searchPageResults(page);
        const total = await statusCount(page);
        while (await page.isVisible("[data-search-more]")) {
          const before = await page.locator(".search-result").count();
          await page.click("[data-search-more]");
          await page.waitForFunction((count) => document.querySelectorAll(".search-result").length > count, before);
        }
        const hrefs = await page.$$eval(".search-results a[href]", (links) => links.map((link) => (link as HTMLAnchorElement).href));
        expect(await page.locator(".search-result").count()).toBe(total);
        for (const href of new Set(hrefs)) {
          const url = new URL(href);
          expect(url.pathname.startsWith(prefix), href).toBe(true);
          const response = await page.request.get(href);
          expect(response.status(), href).toBe(200);
          if (url.hash) expect(await response.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
        }
      });
    });

    it("works with the keyboard alone: open with /, move with arrows, open a result with Enter", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/articles/`);
        await page.keyboard.press("/");
        await page.waitForSelector(`${dialog}[open]`);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-dialog-q");
        await page.keyboard.type("blameless");
        await waitForDialogCount(page, "blameless");
        expect(await page.getAttribute(`${dialog} [data-search-status]`, "role")).toBe("status");

        // Tab stays inside the modal dialog: the page behind it is inert.
        for (let step = 0; step < 25; step++) {
          await page.keyboard.press("Tab");
          const outside = await page.evaluate((selector) => {
            const active = document.activeElement;
            return active !== null && active !== document.body && !active.closest(selector);
          }, dialog);
          expect(outside, `focus left the dialog after ${step + 1} Tab presses`).toBe(false);
        }

        await page.focus("#search-dialog-q");
        await page.keyboard.press("ArrowDown");
        const focused = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
        expect(pathOf(focused)).toBe(`${prefix}en/articles/blameless-reviews/`);
        await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
        expect(pathOf(page.url())).toBe(`${prefix}en/articles/blameless-reviews/`);
        expect(problems).toEqual([]);
      });
    });

    it("one Escape closes the dialog, even with a query typed, and gives focus back to the search button that opened it", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}nl/themes/`);
        await page.focus("[data-search-trigger]");
        await page.keyboard.press("Enter");
        await page.waitForSelector(`${dialog}[open]`);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-dialog-q");
        expect(await page.textContent(`${dialog} label`)).toBe("Zoek in voorbeelden en artikelen");
        await page.keyboard.type("storing");
        await page.keyboard.press("Escape");
        await page.waitForSelector(`${dialog}:not([open])`, { state: "attached" });
        expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-search-trigger"))).toBe(true);

        // Ctrl+K opens it again, with the query still there.
        await page.keyboard.press("Control+k");
        await page.waitForSelector(`${dialog}[open]`);
        expect(await page.inputValue(`${dialog} [data-search-input]`)).toBe("storing");
        expect(problems).toEqual([]);
      });
    });

    it("Enter in the dialog shows every result on the search page, with the query in the URL", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/`);
        await searchInDialog(page, "outage");
        await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
        expect(pathOf(page.url())).toBe(`${prefix}en/search/`);
        expect(new URL(page.url()).searchParams.get("q")).toBe("outage");
        expect((await searchPageResults(page)).length).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      });
    });
  });
}

describe("search accessibility", () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveSite("root");
  });

  afterAll(async () => {
    await server?.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`the search page with results, sections and filters passes axe in the ${colorScheme} theme`, async () => {
      await withPage(
        async (page) => {
          await page.goto(`${server.url}en/search/?q=outage&kind=article`);
          await searchPageResults(page);
          await page.waitForSelector(".search-result__sections");
          expect(await axeViolations(page, "main")).toEqual([]);
        },
        { colorScheme },
      );
    });

    it(`the open dialog with results passes axe in the ${colorScheme} theme`, async () => {
      await withPage(
        async (page) => {
          await page.goto(`${server.url}nl/examples/`);
          await searchInDialog(page, "wachtwoord");
          expect(await axeViolations(page, dialog)).toEqual([]);
        },
        { colorScheme },
      );
    });
  }
});

describe("search loads only when a visitor shows intent", () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveSite("root");
  });

  afterAll(async () => {
    await server?.close();
  });

  it("a plain page view loads no search code and no part of the index", async () => {
    await withPage(async (page) => {
      const requested: string[] = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      for (const path of ["en/", "en/articles/blameless-reviews/", "nl/examples/ninety-day-password/"]) {
        await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
      }
      expect(requested.filter((url) => url.includes("/pagefind/"))).toEqual([]);
      expect(requested.filter((url) => /\/assets\/.*\.js$/.test(url) && !/\/assets\/site-[^/]+\.js$/.test(url))).toEqual([]);
    });
  });

  it("focus on the home page's search field starts loading the engine", async () => {
    await withPage(async (page) => {
      const requested: string[] = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.url}en/`, { waitUntil: "networkidle" });
      await page.focus("input[data-search-intent]");
      await page.waitForResponse((response) => response.url().includes("/pagefind/wasm.en.pagefind"));
      expect(requested.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);
    });
  });

  it("a first query on the shipped site transfers at most 120 KB", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}en/examples/`, { waitUntil: "networkidle" });
      const responses: Response[] = [];
      page.on("response", (response) => responses.push(response));
      // The budget is for one query: typed key by key on a busy machine, a pause over the debounce also searches a prefix.
      await searchInDialog(page, "password", "at once");
      await page.waitForLoadState("networkidle");
      const search = responses.filter((response) => /\/(pagefind|assets\/chunks)\/|\/search\/$/.test(new URL(response.url()).pathname));
      let raw = 0;
      let served = 0;
      for (const response of search) {
        const body = await response.body();
        raw += body.length;
        // Pagefind's index, fragments and WebAssembly are gzip files already; a host compresses the rest (JS, JSON, HTML).
        served += /\.(pagefind|pf_\w+)$/.test(new URL(response.url()).pathname) ? body.length : gzipSync(body).length;
      }
      console.info(`First query "password": ${search.length} requests, ${(raw / 1024).toFixed(1)} KB as files, ${(served / 1024).toFixed(1)} KB over a compressing host.`);
      expect(search.some((response) => response.url().includes("/pagefind/index/"))).toBe(true);
      expect(served).toBeLessThanOrEqual(120 * 1024);
    });
  });

  it("Pagefind requests its entry file under one stable URL, which a cache can answer", async () => {
    await withPage(async (page) => {
      const entries: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("pagefind-entry.json")) entries.push(new URL(request.url()).search);
      });
      for (let visit = 0; visit < 2; visit++) {
        await page.goto(`${server.url}en/examples/`);
        await searchInDialog(page, "ticket");
      }
      const tagged = entries.filter((search) => search.startsWith("?ts="));
      expect(tagged.length).toBe(2);
      expect(tagged[0]).toMatch(/^\?ts=[0-9a-f]{8}$/);
      expect(tagged[1]).toBe(tagged[0]);
    });
  });
});

describe("the search page without JavaScript", () => {
  it("says plainly that search needs JavaScript and links to the examples and themes", async () => {
    const server = await serveSite("prefixed");
    try {
      await withPage(
        async (page) => {
          await page.goto(`${server.url}nl/search/`);
          expect(await page.isVisible("[data-search-nojs]")).toBe(true);
          expect(await page.isVisible("[data-search-ui]")).toBe(false);
          expect(await page.textContent("[data-search-nojs]")).toContain("Zoeken werkt alleen met JavaScript");
          const links = await page.$$eval("[data-search-nojs] a", (anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
          expect(links).toContain(`${prefixOf("prefixed")}nl/examples/`);
          expect(links).toContain(`${prefixOf("prefixed")}nl/themes/`);
        },
        { javaScriptEnabled: false },
      );
    } finally {
      await server.close();
    }
  });
});

describe("search results from hostile content", () => {
  // No quotes: the Markdown typographer would turn them into curly ones, and the test would compare the wrong text.
  const hostileTitle = "<img src=x onerror=window.pwned=1> desk <b>bold</b>";
  const hostileArticleTitle = "<script>window.pwned=2</script> morning";
  let server: StaticServer;

  beforeAll(async () => {
    // The valid fixture package, with markup and script where a contributor might put them by mistake (or on purpose).
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-hostile-"));
    const packageDir = path.join(work, "content", "sample");
    fs.cpSync(path.resolve(import.meta.dirname, "../fixtures/content/valid/sample"), packageDir, { recursive: true });
    const pairs = path.join(packageDir, "pairs.yaml");
    fs.writeFileSync(pairs, fs.readFileSync(pairs, "utf8").replace("title: The desk that never answers", `title: '${hostileTitle}'`));
    const article = path.join(packageDir, "articles/en/fixture-story-desk.md");
    fs.writeFileSync(article, fs.readFileSync(article, "utf8").replace("title: The morning the desk picked up", `title: "${hostileArticleTitle}"`));
    const out = path.join(work, "site");
    const result = await buildSite({ output: out, contentDir: path.join(work, "content") });
    if (!result.ok) throw new Error(result.message);
    server = await serveStatic(out);
  });

  afterAll(async () => {
    await server?.close();
  });

  it("shows titles and excerpts with markup or script as text and runs nothing", async () => {
    await withPage(async (page, problems) => {
      let alerted = false;
      page.on("dialog", (alert) => {
        alerted = true;
        void alert.dismiss();
      });
      await page.goto(`${server.url}en/search/?q=desk`);
      await searchPageResults(page);
      const titles = await page.$$eval(".search-result__title a", (links) => links.map((link) => link.textContent));
      expect(titles).toContain(hostileTitle);
      expect(titles).toContain(hostileArticleTitle);
      expect(await page.$$eval(".search-results img, .search-results script, .search-results b", (elements) => elements.length)).toBe(0);
      // The story's body has `<script>alert(1)</script>` as text: its excerpt shows it as text too.
      await page.fill("[data-search-page] [data-search-input]", "alert");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelector(".search-result__excerpt")?.textContent?.includes("<script>"));
      const marks = await page.$$eval(".search-results *", (elements) => [...new Set(elements.map((element) => element.tagName.toLowerCase()))]);
      expect(marks.every((tag) => ["li", "h2", "a", "p", "mark", "ul", "span"].includes(tag)), marks.join(" ")).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(alerted).toBe(false);
      expect(problems).toEqual([]);
    });
  });
});
