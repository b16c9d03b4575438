import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server.ts";
import { encodeResult } from "../../src/client/health-check/encoding.ts";
import { axeViolations } from "../support/axe.ts";
import { launchBrowser, withStrictPage } from "../support/browser-session.ts";
import { prefixOf, serveSite, type SiteVariant } from "../support/site.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh context per visitor: its own local storage, as another person's browser would have. */
const visitor = <T>(run: (page: Page, problems: string[], context: BrowserContext) => Promise<T>, options: Parameters<Browser["newContext"]>[0] = {}) => withStrictPage(browser, run, options);

const pairIds = (page: Page) => page.$$eval("fieldset[data-hc-pair]", (sets) => sets.map((set) => (set as HTMLElement).dataset.hcPair ?? ""));
const answer = (page: Page, id: string, value: number) => page.check(`#hc-pair-${id} input[value="${value}"]`);
const checkedValue = (page: Page, id: string) => page.$eval(`#hc-pair-${id}`, (set) => set.querySelector<HTMLInputElement>("input:checked")?.value ?? null);
const progress = (page: Page) => page.textContent("[data-hc-progress-text]");
/** The result table as rows of cell texts, header and footer included. */
const tableRows = (page: Page, selector: string) =>
  page.$$eval(`${selector} table tr`, (rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())));
const shareLink = (page: Page) => page.inputValue("#hc-share-link");

/**
 * Answers every example with the value `pick` gives its position, and names the result. The
 * clicks happen in the page (a real click event on each radio, as a visitor's would be) so that
 * 45 answers take a moment rather than Playwright's per-action checks; the tests that are about
 * how a visitor answers use real key presses and clicks.
 */
async function answerAll(page: Page, name: string, pick: (index: number) => number): Promise<string> {
  const values = (await pairIds(page)).map((_, index) => pick(index));
  await page.evaluate((list) => {
    document.querySelectorAll("fieldset[data-hc-pair]").forEach((set, index) => set.querySelector<HTMLInputElement>(`input[value="${list[index]}"]`)?.click());
  }, values);
  await page.fill("#hc-name", name);
  return shareLink(page);
}

for (const variant of ["root", "prefixed"] satisfies SiteVariant[]) {
  describe(`the health check in Chromium, served ${variant === "root" ? "at the root" : `under ${prefixOf(variant)}`}`, () => {
    let server: StaticServer;
    let pageUrl: string;

    beforeAll(async () => {
      server = await serveSite(variant);
      pageUrl = `${server.url}en/health-check/`;
    });

    afterAll(async () => {
      await server?.close();
    });

    it("answers are kept after a reload, and start over removes them", async () => {
      await visitor(async (page, problems) => {
        await page.goto(pageUrl);
        const ids = await pairIds(page);
        expect(ids.length).toBeGreaterThan(10);
        expect(await progress(page)).toBe(`0 of ${ids.length} examples answered`);
        await answer(page, ids[0]!, 2);
        await answer(page, ids[1]!, 5);
        await answer(page, ids[2]!, 0);
        await page.fill("#hc-name", "Service desk");
        await page.reload();
        expect(await checkedValue(page, ids[0]!)).toBe("2");
        expect(await checkedValue(page, ids[1]!)).toBe("5");
        expect(await checkedValue(page, ids[2]!)).toBe("0");
        expect(await checkedValue(page, ids[3]!)).toBeNull();
        expect(await page.inputValue("#hc-name")).toBe("Service desk");
        expect(await progress(page)).toBe(`3 of ${ids.length} examples answered`);
        expect(await page.textContent("#hc-results-title")).toBe("Your result: Service desk");

        await page.click("[data-hc-reset]");
        expect(await page.getAttribute("[data-hc-reset]", "aria-expanded")).toBe("true");
        await page.click("[data-hc-reset-yes]");
        expect(await checkedValue(page, ids[0]!)).toBeNull();
        expect(await page.inputValue("#hc-name")).toBe("");
        expect(await progress(page)).toBe(`0 of ${ids.length} examples answered`);
        expect(await page.textContent("[data-hc-reset-status]")).toBe("All your answers have been removed.");
        expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes("health-check")))).toEqual([]);
        await page.reload();
        expect(await checkedValue(page, ids[0]!)).toBeNull();
        expect(problems).toEqual([]);
      });
    });

    it("start over asks first, and keeping the answers changes nothing", async () => {
      await visitor(async (page) => {
        await page.goto(pageUrl);
        const [first] = await pairIds(page);
        await answer(page, first!, 4);
        await page.click("[data-hc-reset]");
        expect(await page.isVisible("[data-hc-reset-confirm]")).toBe(true);
        await page.keyboard.press("Escape");
        expect(await page.isVisible("[data-hc-reset-confirm]")).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-hc-reset"))).toBe(true);
        await page.click("[data-hc-reset]");
        await page.click("[data-hc-reset-no]");
        expect(await checkedValue(page, first!)).toBe("4");
      });
    });

    it("the questionnaire can be answered with the keyboard alone, and the result follows", async () => {
      await visitor(async (page, problems) => {
        await page.goto(pageUrl);
        const [first, second] = await pairIds(page);
        await page.focus(`#hc-pair-${first} input[value="1"]`);
        // Arrow keys move along the scale and choose; Tab goes on to the next example.
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        expect(await checkedValue(page, first!)).toBe("3");
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`hc-${second}`);
        await page.keyboard.press("Space");
        expect(await checkedValue(page, second!)).toBe("1");
        expect(await page.textContent("[data-hc-overall]")).toBe("Overall: 25 out of 100, closer to hate");
        expect(problems).toEqual([]);
      });
    });

    it("the audience filter shows only that audience's examples and counts progress among them", async () => {
      await visitor(async (page) => {
        await page.goto(pageUrl);
        const total = (await pairIds(page)).length;
        await page.selectOption("#hc-audience", "users");
        const visible = await page.$$eval("fieldset[data-hc-pair]", (sets) => sets.filter((set) => !(set as HTMLElement).hidden).map((set) => (set as HTMLElement).dataset.audiences ?? ""));
        expect(visible.length).toBeGreaterThan(0);
        expect(visible.length).toBeLessThan(total);
        expect(visible.every((audiences) => audiences.split(" ").includes("users"))).toBe(true);
        expect(await progress(page)).toBe(`0 of ${visible.length} examples answered`);
        await page.reload();
        expect(await page.inputValue("#hc-audience")).toBe("users");
      });
    });

    it("a share link opens the same result, read-only, in another browser, whose own answers stay untouched", async () => {
      const { link, table } = await visitor(async (page) => {
        await page.goto(pageUrl);
        const link = await answerAll(page, "IT team", (index) => [1, 2, 3, 4, 5, 0][index % 6]!);
        return { link, table: await tableRows(page, "[data-hc-table]") };
      });
      expect(link.startsWith(`${pageUrl}#v1.`)).toBe(true);
      await visitor(async (page, problems) => {
        await page.goto(pageUrl);
        const [first] = await pairIds(page);
        await answer(page, first!, 5);
        await page.goto(link);
        await page.waitForSelector("[data-hc-shared-note]:not([hidden])");
        expect(await page.textContent("#hc-results-title")).toBe("A shared result: IT team");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("hc-results-title");
        expect(await tableRows(page, "[data-hc-table]")).toEqual(table);
        expect(await page.isVisible("[data-hc-form]")).toBe(false);
        expect(await page.isVisible("#hc-name")).toBe(false);
        expect(await page.isVisible("[data-hc-compare-with-mine]")).toBe(true);
        // Back to your own questionnaire: your answer is still there, the shared ones are not.
        await page.goBack();
        expect(await checkedValue(page, first!)).toBe("5");
        await page.goForward();
        await page.click("[data-hc-compare-with-mine]");
        await page.waitForSelector("[data-hc-comparison]:not([hidden])");
        expect((await tableRows(page, "[data-hc-comparison-table]"))[0]).toEqual(["Theme", "IT team", "My answers", "Gap"]);
        await page.goto(pageUrl);
        expect(await checkedValue(page, first!)).toBe("5");
        expect(await progress(page)).toContain("1 of");
        expect(problems).toEqual([]);
      });
    });

    it("the copy button puts the share link on the clipboard", async () => {
      await visitor(
        async (page) => {
          await page.goto(pageUrl);
          const [first] = await pairIds(page);
          await answer(page, first!, 3);
          await page.click("[data-hc-share] [data-hc-copy]");
          await page.waitForFunction(() => document.querySelector("[data-hc-share] [data-hc-copy-status]")?.textContent !== "");
          expect(await page.textContent("[data-hc-share] [data-hc-copy-status]")).toBe("The link has been copied.");
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shareLink(page));
        },
        { permissions: ["clipboard-read", "clipboard-write"] },
      );
    });

    it("a damaged, altered or foreign link shows a clear message and never breaks the page", async () => {
      const link = await visitor(async (page) => {
        await page.goto(pageUrl);
        return answerAll(page, "", () => 4);
      });
      const code = link.slice(link.indexOf("#") + 1);
      const cases: [string, string][] = [
        [code.slice(0, -5), "This link is incomplete or was changed on the way"],
        [`${code.slice(0, 8)}${code[8] === "A" ? "B" : "A"}${code.slice(9)}`, "This link is incomplete or was changed on the way"],
        ["v3.AAAA", "newer version of the health check"],
        ["v1.", "This link is incomplete"],
        ["v1.!!!", "This link is incomplete"],
        ["compare=v1.AAAA,nonsense", "Link 2: This is not a link to a health check result."],
      ];
      await visitor(async (page, problems) => {
        for (const [fragment, message] of cases) {
          await page.goto(`${pageUrl}#${fragment}`);
          await page.waitForSelector("[data-hc-error]:not([hidden])");
          expect(await page.textContent("[data-hc-error-list]")).toContain(message);
          expect(await page.isVisible("[data-hc-form]")).toBe(false);
          expect(await page.isVisible("[data-hc-results]")).toBe(false);
        }
        expect(problems).toEqual([]);
      });
    });

    it("two results compare side by side with the gap per theme, and the comparison has its own link", async () => {
      const itLink = await visitor(async (page) => {
        await page.goto(pageUrl);
        return answerAll(page, "IT team", () => 5);
      });
      const comparisonLink = await visitor(async (page, problems) => {
        await page.goto(pageUrl);
        await answerAll(page, "Users", () => 1);
        await page.fill("#hc-compare-links", itLink);
        await page.click("[data-hc-compare-form] button[type=submit]");
        await page.waitForSelector("[data-hc-comparison]:not([hidden])");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("hc-comparison-title");
        const rows = await tableRows(page, "[data-hc-comparison-table]");
        expect(rows[0]).toEqual(["Theme", "IT team", "Users", "Gap"]);
        expect(rows.slice(1).every((row) => row.slice(1).join(" ") === "100 0 100")).toBe(true);
        expect(await page.$$eval("[data-hc-legend] li", (items) => items.map((item) => item.textContent?.trim()))).toEqual(["A IT team", "B Users"]);
        expect(await page.$$eval("[data-hc-comparison-chart] svg .hc-chart__bar", (bars) => bars.length)).toBe((rows.length - 2) * 2);
        expect(await page.$$eval("[data-hc-pair-gaps] li", (items) => items.length)).toBeGreaterThan(0);
        expect(problems).toEqual([]);
        return page.inputValue("#hc-comparison-link");
      });
      expect(comparisonLink).toContain("#compare=v1.");
      await visitor(async (page) => {
        await page.goto(comparisonLink);
        await page.waitForSelector("[data-hc-comparison]:not([hidden])");
        expect((await tableRows(page, "[data-hc-comparison-table]"))[0]).toEqual(["Theme", "IT team", "Users", "Gap"]);
      });
    });

    it("a link made when the site had other examples shows what it can and says what it left out", async () => {
      await visitor(async (page, problems) => {
        await page.goto(pageUrl);
        const ids = await pairIds(page);
        const code = encodeResult({ label: "Last year", answers: new Map([[ids[0]!, 2], [ids[1]!, 4], ["a-pair-since-removed", 1]]) });
        await page.goto(`${pageUrl}#${code}`);
        await page.waitForSelector("[data-hc-shared-note]:not([hidden])");
        expect(await page.$$eval("[data-hc-shared-warnings] li", (items) => items.map((item) => item.textContent))).toEqual([
          "Answers left out because this site no longer has their examples: 1.",
          `Examples on this site that this link says nothing about (added later or not answered): ${ids.length - 2}.`,
        ]);
        expect(await page.textContent("[data-hc-overall]")).toBe("Overall: 50 out of 100, somewhere in between");
        expect(problems).toEqual([]);
      });
    });

    it("a link that cannot be compared is named in the form, and nothing changes", async () => {
      await visitor(async (page) => {
        await page.goto(pageUrl);
        const [first] = await pairIds(page);
        await answer(page, first!, 2);
        await page.fill("#hc-compare-links", `${pageUrl}#v1.AAAAAAA\nhello`);
        await page.click("[data-hc-compare-form] button[type=submit]");
        const errors = await page.textContent("[data-hc-compare-errors]");
        expect(errors).toContain("Link 1: This link is incomplete");
        expect(errors).toContain("Link 2: This is not a link to a health check result.");
        expect(await page.getAttribute("#hc-compare-links", "aria-invalid")).toBe("true");
        expect(new URL(page.url()).hash).toBe("");
      });
    });

    it("the print view shows the report without the questionnaire or the buttons", async () => {
      await visitor(async (page, problems) => {
        await page.goto(pageUrl);
        await answerAll(page, "IT team", (index) => (index % 5) + 1);
        await page.emulateMedia({ media: "print" });
        expect(await page.isVisible("[data-hc-form]")).toBe(false);
        expect(await page.isVisible("[data-hc-toolbar]")).toBe(false);
        expect(await page.isVisible("[data-hc-actions]")).toBe(false);
        expect(await page.isVisible(".site-header")).toBe(false);
        expect(await page.isVisible("[data-hc-chart] svg")).toBe(true);
        expect(await page.isVisible("[data-hc-table] table")).toBe(true);
        expect(await page.isVisible("[data-hc-advice]")).toBe(true);
        const pdf = await page.pdf({ format: "A4" });
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        expect(problems).toEqual([]);
      });
    });

    it("without any answer, printing gives the questionnaire as a paper form", async () => {
      await visitor(async (page) => {
        await page.goto(pageUrl);
        await page.emulateMedia({ media: "print" });
        expect(await page.isVisible("[data-hc-form]")).toBe(true);
      });
    });

    it("the downloads hold every answer as CSV and a Markdown report with links under this site's address", async () => {
      await visitor(
        async (page) => {
          await page.goto(pageUrl);
          const ids = await pairIds(page);
          await answerAll(page, "IT team", () => 2);
          const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("[data-hc-download-csv]")]);
          expect(csvDownload.suggestedFilename()).toMatch(/^health-check-it-team-\d{4}-\d{2}-\d{2}\.csv$/);
          const csv = fs.readFileSync((await csvDownload.path())!, "utf8");
          const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
          expect(lines[0]).toBe("Theme,Example id,Example,Answer (1 hate to 5 love),Meaning,Score (0 to 100),Link");
          expect(lines.length).toBe(ids.length + 1);
          expect(lines[1]).toContain(`,${ids[0]},`);
          expect(lines[1]).toContain(",2,Closer to hate,25,");
          const [mdDownload] = await Promise.all([page.waitForEvent("download"), page.click("[data-hc-download-md]")]);
          const markdown = fs.readFileSync((await mdDownload.path())!, "utf8");
          expect(markdown.startsWith("# Health check: IT team\n")).toBe(true);
          expect(markdown).toContain("**Overall: 25 out of 100, closer to hate**");
          expect(markdown).toContain(`(<${server.url}en/examples/${ids[0]}/>)`);
        },
        { acceptDownloads: true },
      );
    });

    it("nothing is sent anywhere: answering, naming, sharing and comparing send no request that carries an answer", async () => {
      await visitor(async (page) => {
        await page.goto(pageUrl);
        await page.waitForLoadState("networkidle");
        const requests: { method: string; url: string; body: string | null }[] = [];
        page.on("request", (request) => {
          if (!request.url().startsWith("blob:")) requests.push({ method: request.method(), url: request.url(), body: request.postData() });
        });
        const link = await answerAll(page, "IT team", (index) => (index % 5) + 1);
        await page.fill("#hc-compare-links", link);
        await page.click("[data-hc-compare-form] button[type=submit]");
        await page.waitForSelector("[data-hc-comparison]:not([hidden])");
        await page.goto(link);
        await page.waitForSelector("[data-hc-shared-note]:not([hidden])");
        // The browser may fetch the tab icon again; nothing else, and never with data in it.
        for (const request of requests) {
          expect(request.method, request.url).toBe("GET");
          expect(request.body).toBeNull();
          expect(request.url.startsWith(server.origin), request.url).toBe(true);
          expect(request.url, request.url).not.toMatch(/[?#]/);
        }
        expect(requests.filter((request) => !request.url.endsWith("/icons/icon.svg"))).toEqual([]);
      });
    });

    it("links in the result and the share link stay under the site's address", async () => {
      await visitor(async (page) => {
        await page.goto(pageUrl);
        const link = await answerAll(page, "", () => 1);
        expect(link.startsWith(`${server.url}en/health-check/#v1.`)).toBe(true);
        const hrefs = await page.$$eval("[data-hc-advice] a", (links) => links.map((link) => link.getAttribute("href") ?? ""));
        expect(hrefs.length).toBeGreaterThan(3);
        for (const href of hrefs) expect(href.startsWith(`${prefixOf(variant)}en/`), href).toBe(true);
        const first = hrefs[0]!;
        const response = await page.goto(new URL(first, server.url).href);
        expect(response?.status()).toBe(200);
      });
    });
  });
}

describe("the health check page, beyond one visit", () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveSite("root");
  });

  afterAll(async () => {
    await server?.close();
  });

  it("without JavaScript the page says the check needs it, and every question can still be read", async () => {
    await visitor(
      async (page) => {
        await page.goto(`${server.url}en/health-check/`);
        expect(await page.isVisible("[data-hc-nojs]")).toBe(true);
        expect(await page.textContent("[data-hc-nojs]")).toContain("needs JavaScript");
        expect(await page.isVisible("[data-hc-toolbar]")).toBe(false);
        expect(await page.$$eval("fieldset[data-hc-pair] legend", (legends) => legends.filter((legend) => (legend as HTMLElement).offsetParent !== null).length)).toBeGreaterThan(10);
      },
      { javaScriptEnabled: false },
    );
  });

  it("the Dutch page speaks Dutch from the questions to the result", async () => {
    await visitor(async (page, problems) => {
      await page.goto(`${server.url}nl/health-check/`);
      const ids = await pairIds(page);
      expect(await progress(page)).toBe(`0 van ${ids.length} voorbeelden beantwoord`);
      await answer(page, ids[0]!, 5);
      expect(await page.textContent("#hc-results-title")).toBe("Je uitslag");
      expect(await page.textContent("[data-hc-overall]")).toBe("Totaal: 100 van de 100, dichter bij love");
      expect(await page.textContent(`#hc-pair-${ids[0]} .hc-option--0`)).toBe("Overslaan");
      expect(problems).toEqual([]);
    });
  });

  it("the English and Dutch pages share one set of answers", async () => {
    await visitor(async (page) => {
      await page.goto(`${server.url}en/health-check/`);
      const [first] = await pairIds(page);
      await answer(page, first!, 4);
      await page.goto(`${server.url}nl/health-check/`);
      expect(await checkedValue(page, first!)).toBe("4");
    });
  });

  it("axe finds no accessibility problems in the questionnaire, a result, a shared result or a comparison", async () => {
    await visitor(async (page) => {
      await page.goto(`${server.url}en/health-check/`);
      expect(await axeViolations(page, "main")).toEqual([]);
      const link = await answerAll(page, "IT team", (index) => (index % 6) as number);
      expect(await axeViolations(page, "main")).toEqual([]);
      await page.fill("#hc-compare-links", link);
      await page.click("[data-hc-compare-form] button[type=submit]");
      await page.waitForSelector("[data-hc-comparison]:not([hidden])");
      expect(await axeViolations(page, "main")).toEqual([]);
      await page.goto(link);
      await page.waitForSelector("[data-hc-shared-note]:not([hidden])");
      expect(await axeViolations(page, "main")).toEqual([]);
    });
  });

  it("in dark mode too, axe finds no contrast problems in the chart legend, table or answers", async () => {
    await visitor(
      async (page) => {
        await page.goto(`${server.url}en/health-check/`);
        const link = await answerAll(page, "IT team", (index) => (index % 5) + 1);
        await page.fill("#hc-compare-links", link);
        await page.click("[data-hc-compare-form] button[type=submit]");
        await page.waitForSelector("[data-hc-comparison]:not([hidden])");
        expect(await axeViolations(page, "main")).toEqual([]);
      },
      { colorScheme: "dark" },
    );
  });
});
