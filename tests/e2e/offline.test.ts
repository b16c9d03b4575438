import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build-site.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";
import { axeViolations } from "../support/axe.ts";
import { launchBrowser, withStrictPage } from "../support/browser-session.ts";
import { searchPageResults, statusCount } from "../support/search-page.ts";
import { builtSite, htmlFiles, prefixOf, serveSite, type SiteVariant } from "../support/site.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh context per test: its own service workers, caches and offline state. */
const withPage = (run: (page: Page, problems: string[], context: BrowserContext) => Promise<void>, options: { colorScheme?: "light" | "dark" } = {}) => withStrictPage(browser, run, options);

/** Waits until the worker is active and controls the page: the visit has saved the site. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

const heading = (page: Page) => page.textContent("h1");

for (const variant of ["root", "prefixed"] satisfies SiteVariant[]) {
  describe(`offline use of the built site served ${variant === "root" ? "at the root" : `under ${prefixOf(variant)}`}`, () => {
    let server: StaticServer;
    const prefix = prefixOf(variant);

    beforeAll(async () => {
      server = await serveSite(variant);
    });

    afterAll(async () => {
      await server?.close();
    });

    it("after one visit the worker controls the whole prefix, and its caches belong to that scope", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        const worker = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return { scope: registration.scope, script: registration.active?.scriptURL };
        });
        expect(worker).toEqual({ scope: server.url, script: `${server.url}sw.js` });
        const names = await cacheNames(page);
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(name).toContain(`|${server.url}|`);
        expect(problems).toEqual([]);
      });
    });

    it("offline, a visitor searches with a filter and opens a result", async () => {
      await withPage(async (page, problems, context) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        await context.setOffline(true);

        await page.goto(`${server.url}en/search/?q=password`);
        const all = await searchPageResults(page);
        expect(all.length).toBeGreaterThan(1);
        const before = await statusCount(page);
        await page.check('[data-facet="kind"] input[value="example"]');
        await page.waitForFunction((count) => Number(/\d+/.exec(document.querySelector("[data-search-page] [data-search-status]")?.textContent ?? "")?.[0]) < count, before);
        const examples = await searchPageResults(page);
        expect(examples.length).toBeGreaterThan(0);
        for (const href of examples) expect(new URL(href, server.origin).pathname.startsWith(`${prefix}en/examples/`), href).toBe(true);

        const first = page.locator("[data-search-page] .search-result__title a").first();
        const title = (await first.textContent())?.trim();
        await first.click();
        await page.waitForURL((url) => url.pathname.startsWith(`${prefix}en/examples/`));
        expect((await heading(page))?.trim()).toBe(title);
        // The result page marks the search terms with Pagefind's highlighter, also saved.
        await page.waitForSelector("mark.search-highlight");
        expect(problems).toEqual([]);
      });
    });

    it("offline, every page of the visitor's language opens, with its styles", async () => {
      await withPage(async (page, problems, context) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        await context.setOffline(true);
        const pages = htmlFiles(builtSite(variant))
          .filter((file) => file.startsWith("en/"))
          .map((file) => `${server.url}${file.replace(/index\.html$/, "")}`);
        expect(pages.length).toBeGreaterThan(50);
        const failed = await page.evaluate(async (urls) => {
          const answers = await Promise.all(urls.map(async (url) => ({ url, response: await fetch(url).catch(() => undefined) })));
          return answers.filter(({ response }) => !response?.ok).map(({ url }) => url);
        }, pages);
        expect(failed).toEqual([]);
        for (const url of [`${server.url}en/examples/`, `${server.url}en/themes/service-desk/`, `${server.url}en/articles/`]) {
          await page.goto(url);
          expect(await page.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0)).toBeGreaterThan(0);
        }
        expect(problems).toEqual([]);
      });
    });

    it("offline, the health check works", async () => {
      await withPage(async (page, problems, context) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        await context.setOffline(true);
        await page.goto(`${server.url}en/health-check/`);
        // Its script runs (from the saved copy) and replaces the no-script notice.
        await page.waitForSelector("[data-hc-nojs]", { state: "hidden" });
        expect(problems).toEqual([]);
      });
    });

    it("offline, a page that was never saved shows the offline page in its language, whose links work", async () => {
      await withPage(async (page, problems, context) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        await context.setOffline(true);

        await page.goto(`${server.url}en/no-such-page/`);
        expect(await heading(page)).toBe("You are offline");
        expect(await page.getAttribute("html", "lang")).toBe("en");
        await page.click(`main a[href="${prefix}en/examples/"]`);
        await page.waitForURL(`${server.url}en/examples/`);
        expect(await heading(page)).toBe("Love and hate examples");

        // Dutch was never read, so none of it is saved: its offline page still speaks Dutch.
        await page.goto(`${server.url}nl/examples/`);
        expect(await heading(page)).toBe("Je bent offline");
        expect(await page.getAttribute("html", "lang")).toBe("nl");
        expect(problems).toEqual([]);
      });
    });

    it("online, an unknown URL gets the site's 404 page, which is never saved", async () => {
      await withPage(async (page, problems) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        const response = await page.goto(`${server.url}en/no-such-page/`);
        expect(response?.status()).toBe(404);
        expect(await heading(page)).toBe("Page not found");
        const saved = await page.evaluate(async (url) => (await caches.match(url, { ignoreSearch: true })) !== undefined, `${server.url}en/no-such-page/`);
        expect(saved).toBe(false);
        expect(problems).toEqual([]);
      });
    });

    it("reading the other language online saves it for offline use too", async () => {
      await withPage(async (page, problems, context) => {
        await page.goto(`${server.url}en/`);
        await waitForWorker(page);
        await page.goto(`${server.url}nl/`);
        await page.waitForFunction(async () => {
          for (const name of await caches.keys()) {
            if (!name.includes("|nl|")) continue;
            const cache = await caches.open(name);
            if (await cache.match(new URL("__precache-record.json", (await navigator.serviceWorker.ready).scope).href)) return true;
          }
          return false;
        });
        await context.setOffline(true);
        await page.goto(`${server.url}nl/examples/`);
        expect(await heading(page)).toBe("Voorbeelden van love en hate");
        expect(problems).toEqual([]);
      });
    });
  });
}

describe("updates and development builds, deployed one after another into one folder", () => {
  const fixture = path.resolve(import.meta.dirname, "../fixtures/content/valid");
  const oldTitle = "The ticket that bounces between teams";
  const newTitle = "The ticket that bounces between all the teams";
  let work: string;
  let live: string;
  const builds = { a: "", b: "", dev: "" };
  let server: StaticServer;

  /** Replaces the served folder's content with a build, as a deploy would. */
  function deploy(build: string): void {
    fs.rmSync(live, { recursive: true, force: true });
    fs.cpSync(build, live, { recursive: true });
  }

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-offline-"));
    const content = path.join(work, "content");
    fs.cpSync(fixture, content, { recursive: true });
    live = path.join(work, "live");
    builds.a = path.join(work, "a");
    builds.b = path.join(work, "b");
    builds.dev = path.join(work, "dev");
    for (const [output, mode] of [[builds.a, "production"], [builds.dev, "development"]] as const) {
      const result = await buildSite({ output, contentDir: content, mode });
      if (!result.ok) throw new Error(result.message);
    }
    // Build B changes one example's title: its page, the lists and the search index all differ.
    const pairs = path.join(content, "sample/pairs.yaml");
    const yaml = fs.readFileSync(pairs, "utf8");
    expect(yaml).toContain(`title: ${oldTitle}\n`);
    fs.writeFileSync(pairs, yaml.replace(`title: ${oldTitle}\n`, `title: ${newTitle}\n`));
    const result = await buildSite({ output: builds.b, contentDir: content });
    if (!result.ok) throw new Error(result.message);
    deploy(builds.a);
    server = await serveStatic(live);
  });

  afterAll(async () => {
    await server?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const pairUrl = () => `${server.url}en/examples/fixture-ping-pong/`;

  it("after build B is deployed, the visitor keeps build A until they accept the update, then gets B and A's caches are gone", async () => {
    deploy(builds.a);
    await withPage(async (page, problems, context) => {
      await page.goto(`${server.url}en/`);
      await waitForWorker(page);
      const cachesOfA = await cacheNames(page);
      expect(cachesOfA.length).toBeGreaterThan(0);

      deploy(builds.b);
      // Navigating makes the browser look for a new sw.js; until accepted, pages come from A.
      await page.goto(pairUrl());
      expect(await heading(page)).toBe(oldTitle);
      const prompt = page.getByRole("status").filter({ hasText: "A new version of this site is available." });
      await prompt.waitFor();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null)).toBe(true);
      expect(await heading(page)).toBe(oldTitle);

      const reloaded = page.waitForEvent("load");
      await prompt.getByRole("button", { name: "Reload" }).click();
      await reloaded;
      expect(await heading(page)).toBe(newTitle);
      // Deleting A's caches is part of B's activation, which may finish just after the reload.
      await expect.poll(async () => (await cacheNames(page)).filter((name) => cachesOfA.includes(name)), { timeout: 20_000 }).toEqual([]);
      expect((await cacheNames(page)).length).toBeGreaterThan(0);

      // Offline, pages and search both answer from B: no old index beside new pages.
      await context.setOffline(true);
      await page.goto(`${server.url}en/search/?q=bounces`);
      await searchPageResults(page);
      const titles = await page.$$eval("[data-search-page] .search-result__title a", (links) => links.map((link) => link.textContent?.trim()));
      expect(titles).toContain(newTitle);
      expect(titles).not.toContain(oldTitle);
      expect(problems).toEqual([]);
    });
  });

  it("dismissing the update keeps the page on build A, and the next page load offers it again", async () => {
    deploy(builds.a);
    await withPage(async (page, problems) => {
      await page.goto(`${server.url}en/`);
      await waitForWorker(page);
      deploy(builds.b);
      await page.goto(pairUrl());
      const prompt = page.getByRole("status").filter({ hasText: "A new version of this site is available." });
      await prompt.getByRole("button", { name: "Not now" }).click();
      await prompt.waitFor({ state: "detached" });
      await page.goto(`${server.url}en/examples/`);
      expect(await page.textContent("main")).toContain(oldTitle);
      await page.getByRole("status").filter({ hasText: "A new version of this site is available." }).waitFor();
      expect(problems).toEqual([]);
    });
  });

  it("when the visitor accepts the update in one tab, their other tab says it still shows the old version", async () => {
    deploy(builds.a);
    await withPage(async (page, problems, context) => {
      await page.goto(`${server.url}en/`);
      await waitForWorker(page);
      const other = await context.newPage();
      await other.goto(`${server.url}en/examples/`);
      await waitForWorker(other);

      deploy(builds.b);
      await page.goto(pairUrl());
      const prompt = page.getByRole("status").filter({ hasText: "A new version of this site is available." });
      const reloaded = page.waitForEvent("load");
      await prompt.getByRole("button", { name: "Reload" }).click();
      await reloaded;
      expect(await heading(page)).toBe(newTitle);

      const notice = other.getByRole("status").filter({ hasText: "This site was updated in another tab." });
      await notice.waitFor();
      expect(await other.textContent("main")).toContain(oldTitle);
      const otherReloaded = other.waitForEvent("load");
      await notice.getByRole("button", { name: "Reload" }).click();
      await otherReloaded;
      expect(await other.textContent("main")).toContain(newTitle);
      expect(problems).toEqual([]);
    });
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`the update prompt comes right after the skip link, accepts from the keyboard and passes axe in the ${colorScheme} theme`, async () => {
      deploy(builds.a);
      await withPage(
        async (page, problems) => {
          await page.goto(`${server.url}nl/`);
          await waitForWorker(page);
          deploy(builds.b);
          await page.goto(`${server.url}nl/examples/fixture-ping-pong/`);
          const prompt = page.getByRole("status").filter({ hasText: "Er is een nieuwe versie van deze site." });
          await prompt.waitFor();
          expect(await axeViolations(page, "[data-update-prompt]")).toEqual([]);
          await page.keyboard.press("Tab");
          expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
          await page.keyboard.press("Tab");
          expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Herladen");
          const reloaded = page.waitForEvent("load");
          await page.keyboard.press("Enter");
          await reloaded;
          expect(await heading(page)).toBe("Het ticket dat heen en weer stuitert");
          expect(await page.locator("[data-update-prompt]").count()).toBe(0);
          expect(problems).toEqual([]);
        },
        { colorScheme },
      );
    });
  }

  it("a development build (npm start) removes the production worker and its caches", async () => {
    deploy(builds.a);
    await withPage(async (page, problems) => {
      await page.goto(`${server.url}en/`);
      await waitForWorker(page);
      expect((await cacheNames(page)).length).toBeGreaterThan(0);

      deploy(builds.dev);
      await page.goto(`${server.url}en/examples/`);
      // The development worker reloads the pages the old one served; read the state between loads.
      const state = async () => {
        try {
          return await page.evaluate(async () => ({ workers: (await navigator.serviceWorker.getRegistrations()).length, caches: (await caches.keys()).length }));
        } catch {
          return undefined;
        }
      };
      await expect.poll(state, { timeout: 20_000 }).toEqual({ workers: 0, caches: 0 });
      // Its pages may register it again (a plain server hides that it is a development build),
      // but it never stays and never saves anything. The worker unregisters before it reloads the
      // page, so the state above can be read while its reload is still to come: a reload of ours
      // that collides with it ("not attached to an active page") is simply made again.
      await expect.poll(() => page.reload().then(() => true, () => false), { timeout: 20_000 }).toBe(true);
      await expect.poll(state, { timeout: 20_000 }).toEqual({ workers: 0, caches: 0 });
      expect(problems).toEqual([]);
    });
  });
});
