import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server.ts";
import { CSP_HEADER } from "../../src/site/csp.ts";
import { launchBrowser, strictPage } from "../support/browser-session.ts";
import { builtSite, prefixOf, serveSite, type SiteVariant } from "../support/site.ts";

/**
 * Uses every scripted feature of the site (search dialog and page, filters, the health check,
 * offline mode) with the policy enforced twice: by the `<meta>` tag in every page and by the
 * `_headers` file of the build, applied as Netlify and Cloudflare Pages apply it. A page that broke
 * either would fire `securitypolicyviolation`, which strictPage collects with any page error.
 */

/** `_headers` rules as [pattern, headers], in file order. */
function readHeadersFile(file: string): [RegExp, [string, string][]][] {
  const rules: [RegExp, [string, string][]][] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push([new RegExp(`^${pattern}$`), []]);
    } else {
      const colon = line.indexOf(":");
      rules.at(-1)?.[1].push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** A host that reads `_headers`: the static server's responses, with every matching rule's headers added. */
async function serveWithHeaders(variant: SiteVariant): Promise<StaticServer & { upstream: StaticServer }> {
  const upstream = await serveSite(variant);
  const rules = readHeadersFile(path.join(builtSite(variant), "_headers"));
  const server = http.createServer(async (request, response) => {
    const answer = await fetch(upstream.origin + (request.url ?? "/"), { redirect: "manual", headers: { accept: request.headers.accept ?? "*/*" } });
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)) headers[name] = value;
    });
    const pathname = new URL(request.url ?? "/", "http://host.invalid").pathname;
    for (const [pattern, extra] of rules) if (pattern.test(pathname)) for (const [name, value] of extra) headers[name] = value;
    response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + prefixOf(variant),
    upstream,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await upstream.close();
    },
  };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for a feature another file builds, failing with what was expected rather than a bare timeout. */
async function expectFeature(page: Page, selector: string, what: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 15_000 }).catch(() => {
    throw new Error(`${what}: ${selector} did not appear within 15 s`);
  });
}

for (const variant of ["root", "prefixed"] satisfies SiteVariant[]) {
  describe(`the Content-Security-Policy in Chromium, served ${variant === "root" ? "at the root" : `under ${prefixOf(variant)}`} by a host that reads _headers`, () => {
    let server: Awaited<ReturnType<typeof serveWithHeaders>>;

    beforeAll(async () => {
      server = await serveWithHeaders(variant);
    });

    afterAll(async () => {
      await server?.close();
    });

    /** A visitor with a fresh browser profile; fails the test on any violation or page error. */
    async function visit(run: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
      const context = await browser.newContext();
      try {
        const { page, problems } = await strictPage(context);
        await run(page, context);
        // Reports arrive as events: let any late one land before judging.
        await page.waitForTimeout(200);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }

    it("is sent as a header with every page, beside the meta tag", async () => {
      const response = await fetch(`${server.url}en/`);
      expect(response.headers.get("content-security-policy")).toBe(CSP_HEADER);
      expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
    });

    it("holds while a visitor searches in the dialog and opens a result", async () => {
      await visit(async (page) => {
        await page.goto(`${server.url}en/articles/`);
        await page.keyboard.press("/");
        await expectFeature(page, "dialog[open] [data-search-input]", "the `/` key should open the search dialog");
        await page.keyboard.type("outage");
        await expectFeature(page, "dialog[open] [data-search-results] li a", "the dialog should list results");
        await Promise.all([page.waitForNavigation(), page.locator("dialog[open] [data-search-results] li a").first().click()]);
        // The result page highlights the terms with Pagefind's highlighter.
        await expectFeature(page, "main mark", "the opened result should mark the search terms");
      });
    });

    it("holds while a visitor searches on the search page and narrows the results with filters", async () => {
      await visit(async (page) => {
        await page.goto(`${server.url}nl/search/?q=wachtwoord`);
        await expectFeature(page, "[data-search-page] [data-search-results] li", "the search page should run the query from ?q=");
        await page.locator("[data-search-facets] input[type=checkbox]").first().check();
        await page.waitForFunction(() => /[?&](kind|theme|audience|package)=/.test(location.search));
        await page.locator("[data-search-page] [data-search-input]").fill("servicedesk");
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "servicedesk");
      });
    });

    it("holds while a visitor filters the examples and switches between hate and love", async () => {
      await visit(async (page) => {
        await page.goto(`${server.url}en/examples/`);
        await expectFeature(page, "[data-filter-form]:not([hidden])", "the examples filter should be shown when JavaScript runs");
        await page.selectOption("#filter-theme", { index: 2 });
        await page.selectOption("#filter-audience", { index: 1 });
        await page.check('input[data-view-option][value="love"]');
        await page.check('input[data-view-option][value="hate"]');
        await page.waitForFunction(() => new URLSearchParams(location.search).has("theme"));
      });
    });

    it("holds while a visitor answers the health check and opens the shared result", async () => {
      await visit(async (page) => {
        await page.goto(`${server.url}en/health-check/`);
        await expectFeature(page, "fieldset[data-hc-pair] input[type=radio]", "the health check should ask one question per example");
        await page.evaluate(() => {
          document.querySelectorAll("fieldset[data-hc-pair]").forEach((set, index) => set.querySelector<HTMLInputElement>(`input[value="${(index % 5) + 1}"]`)?.click());
        });
        await expectFeature(page, "[data-hc-results-body]:not([hidden])", "answering every example should show the result");
        await page.fill("#hc-name", "IT");
        const shared = await page.inputValue("#hc-share-link");
        expect(shared).toContain("#");
        await page.goto(shared);
        await expectFeature(page, "[data-hc-results-body]:not([hidden])", "a shared result link should show the result");
      });
    });

    it("holds offline, while pages, search and the health check come from the service worker", async () => {
      await visit(async (page, context) => {
        await page.goto(`${server.url}en/`);
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined)).catch(() => {
          throw new Error("no service worker became ready: the offline feature registers sw.js on every page");
        });
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
        await context.setOffline(true);
        await page.goto(`${server.url}en/search/?q=password`);
        await expectFeature(page, "[data-search-page] [data-search-results] li", "search should work offline");
        await page.goto(`${server.url}en/health-check/`);
        await page.waitForSelector("[data-hc-nojs]", { state: "hidden" });
        await page.goto(`${server.url}en/no-such-page-was-ever-saved/`);
        await expectFeature(page, "main h1", "an unsaved page should show the offline page");
      });
    });
  });
}
