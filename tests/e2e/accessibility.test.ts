import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server.ts";
import { AXE_SOURCE, AXE_TAGS } from "../support/axe.ts";
import { launchBrowser } from "../support/browser-session.ts";
import { builtSite, htmlFiles, serveSite } from "../support/site.ts";

/**
 * axe-core in real Chromium on every page of the built site, in both languages, in the light
 * theme at desktop width and the dark theme at 320 CSS pixels (a phone, and the width WCAG 1.4.10
 * asks content to reflow to), plus the states scripts create: the search dialog and the search
 * page with results, the filtered examples, the health check with a result.
 */

/**
 * Violations accepted on purpose, each with its reason. A rule listed here is still run; only a
 * violation whose rule and target match an entry is let through. Empty: nothing is excused.
 */
const EXCEPTIONS: { rule: string; target: RegExp; reason: string }[] = [];

interface Theme {
  name: "light" | "dark";
  options: Parameters<Browser["newContext"]>[0];
}
const THEMES: Theme[] = [
  { name: "light", options: { colorScheme: "light", viewport: { width: 1280, height: 800 } } },
  { name: "dark", options: { colorScheme: "dark", viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true } },
];

/** Pages audited at once per theme: waiting on the browser, not the processor, bounds this test. */
const LANES = 2;

let browser: Browser;
let server: StaticServer;
const contexts = new Map<Theme["name"], BrowserContext>();
/** Per lane, one page in each theme. */
const lanes: Map<Theme["name"], Page>[] = [];

beforeAll(async () => {
  server = await serveSite("root");
  browser = await launchBrowser();
  for (const theme of THEMES) {
    // Service workers are another feature's business; here they would only add work to every page.
    const context = await browser.newContext({ ...theme.options, reducedMotion: "reduce", serviceWorkers: "block" });
    contexts.set(theme.name, context);
  }
  for (let lane = 0; lane < LANES; lane++) {
    const pages = new Map<Theme["name"], Page>();
    for (const theme of THEMES) pages.set(theme.name, await contexts.get(theme.name)!.newPage());
    lanes.push(pages);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on what the page shows now and returns one readable line per violating element. */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = { type: "tag", values: AXE_TAGS };
  const violations = await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: only, resultTypes: ["violations"] })
        .then((result) => result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target: target.map(String), failureSummary })) }))),
    runOnly,
  );
  const lines: string[] = [];
  for (const violation of violations) {
    for (const node of violation.nodes) {
      const target = node.target.join(" ");
      if (EXCEPTIONS.some((exception) => exception.rule === violation.id && exception.target.test(target))) continue;
      lines.push(`${label}: ${violation.id} (${violation.impact}) ${violation.help} at ${target}: ${(node.failureSummary ?? "").replace(/\s+/g, " ")}`);
    }
  }
  return lines;
}

/** How many CSS pixels the page scrolls sideways, and the widest element that causes it. */
async function sidewaysOverflow(page: Page, label: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return null;
    const culprit = [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1).pop();
    return { overflow, culprit: culprit ? `<${culprit.tagName.toLowerCase()} class="${culprit.className}">` : "" };
  });
  return found ? [`${label}: scrolls ${found.overflow}px sideways at 320px wide, past ${found.culprit}`] : [];
}

/** The URL of a built file: `en/index.html` is `en/`. */
const urlOf = (file: string) => server.url + file.replace(/(^|\/)index\.html$/, "$1");

/** Audits every page in both themes, a few pages at a time per theme; reflow in the narrow one. */
async function auditPages(files: string[]): Promise<string[]> {
  const problems = new Map<string, string[]>();
  await Promise.all(
    THEMES.map(async (theme) => {
      const queue = [...files];
      await Promise.all(
        lanes.map(async (pages) => {
          const page = pages.get(theme.name)!;
          for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
            await page.goto(urlOf(file));
            const label = `${file} (${theme.name})`;
            problems.set(label, [...(await axeViolations(page, label)), ...(theme.name === "dark" ? await sidewaysOverflow(page, label) : [])]);
          }
        }),
      );
    }),
  );
  return [...problems].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, lines]) => lines);
}

/** Brings a fresh page of each theme into a state with `setUp`, then audits it. */
async function auditState(label: string, setUp: (page: Page) => Promise<void>): Promise<string[]> {
  const results = await Promise.all(
    THEMES.map(async (theme) => {
      const page = await contexts.get(theme.name)!.newPage();
      try {
        await setUp(page);
        return [...(await axeViolations(page, `${label} (${theme.name})`)), ...(theme.name === "dark" ? await sidewaysOverflow(page, `${label} (dark)`) : [])];
      } finally {
        await page.close();
      }
    }),
  );
  return results.flat();
}

/** Waits for a feature another file builds, failing with what was expected rather than a bare timeout. */
async function expectFeature(page: Page, selector: string, what: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 15_000 }).catch(() => {
    throw new Error(`${what}: ${selector} did not appear within 15 s`);
  });
}

const files = () => htmlFiles(builtSite("root"));

describe("axe-core on every page, light at 1280px and dark at 320px", () => {
  it("finds nothing on any English page, and every one reflows at 320px", async () => {
    const english = files().filter((file) => file.startsWith("en/"));
    expect(english.length).toBeGreaterThan(50);
    expect(await auditPages(english)).toEqual([]);
  }, 600_000);

  it("finds nothing on any Dutch page, and every one reflows at 320px", async () => {
    const dutch = files().filter((file) => file.startsWith("nl/"));
    expect(dutch.length).toBeGreaterThan(50);
    expect(await auditPages(dutch)).toEqual([]);
  }, 600_000);

  it("finds nothing on the pages of no language: the language chooser and the 404 page", async () => {
    const neutral = files().filter((file) => !/^(en|nl)\//.test(file));
    expect(neutral).toEqual(expect.arrayContaining(["404.html", "index.html"]));
    expect(await auditPages(neutral)).toEqual([]);
  }, 120_000);
});

describe("axe-core on the states that scripts create", () => {
  it("finds nothing with the search dialog open and showing results, in both languages", async () => {
    for (const lang of ["en", "nl"]) {
      const problems = await auditState(`search dialog (${lang})`, async (page) => {
        await page.goto(`${server.url}${lang}/examples/`);
        await page.keyboard.press("/");
        await expectFeature(page, "dialog[open] [data-search-input]", "the `/` key should open the search dialog");
        await page.keyboard.type(lang === "en" ? "service desk" : "servicedesk");
        await expectFeature(page, "dialog[open] [data-search-results] li", "the open search dialog should list results");
      });
      expect(problems).toEqual([]);
    }
  }, 120_000);

  it("finds nothing on the search page with results and a filter applied", async () => {
    const problems = await auditState("search page", async (page) => {
      await page.goto(`${server.url}en/search/?q=ticket`);
      await expectFeature(page, "[data-search-page] [data-search-results] li", "the search page should run the query from ?q=");
      const facet = page.locator("[data-search-facets] input[type=checkbox]").first();
      await facet.check();
      await page.waitForFunction(() => /[?&](kind|theme|audience|package)=/.test(location.search));
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it("finds nothing on the examples filtered by theme and showing one side", async () => {
    const problems = await auditState("filtered examples", async (page) => {
      await page.goto(`${server.url}nl/examples/?theme=changes&view=love`);
      await expectFeature(page, "[data-filter-form]:not([hidden])", "the examples filter should be shown when JavaScript runs");
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it("finds nothing on the health check with a result, and on a shared result", async () => {
    let shared = "";
    const problems = await auditState("health check result", async (page) => {
      await page.goto(`${server.url}en/health-check/`);
      await expectFeature(page, "fieldset[data-hc-pair] input[type=radio]", "the health check should ask one question per example");
      // Clicks inside the page: a real click event on each radio, without Playwright's per-action checks for 45 of them.
      await page.evaluate(() => {
        document.querySelectorAll("fieldset[data-hc-pair]").forEach((set, index) => set.querySelector<HTMLInputElement>(`input[value="${(index % 5) + 1}"]`)?.click());
      });
      await expectFeature(page, "[data-hc-results-body]:not([hidden])", "answering every example should show the result");
      shared ||= await page.inputValue("#hc-share-link");
    });
    expect(problems).toEqual([]);
    expect(shared).toContain("#");
    expect(await auditState("shared health check result", async (page) => {
      await page.goto(shared);
      await expectFeature(page, "[data-hc-results-body]:not([hidden])", "a shared result link should show the result");
    })).toEqual([]);
  }, 120_000);
});

/**
 * A page of its own at `url`, in front and holding the window's focus: `:focus` styles apply only
 * in a focused document, and on a busy machine the focus can arrive a moment after navigation.
 */
async function frontPage(url: string): Promise<Page> {
  const page = await contexts.get("light")!.newPage();
  await page.goto(url);
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => document.hasFocus()), { timeout: 5_000 }).toBe(true);
  return page;
}

describe("keyboard and motion", () => {
  it("reaches the skip link first, and the skip link moves focus to the main content", async () => {
    const page = await frontPage(`${server.url}en/articles/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#main");
    // On screen once focused. Polled: on a busy machine the style was sometimes read before it showed the focus.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.activeElement!).top), { timeout: 5_000 }).not.toMatch(/^-/);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("shows a visible focus indicator on each of the first 25 tab stops of a page", async () => {
    const page = await frontPage(`${server.url}nl/examples/`);
    const invisible: string[] = [];
    for (let stop = 0; stop < 25; stop++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const hasRing = (shown: Element) => {
          const style = getComputedStyle(shown);
          return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || (style.boxShadow !== "none" && style.boxShadow !== "");
        };
        // A radio or checkbox may show its focus on its label (the whole pill) instead.
        const label = element.matches("input[type=radio], input[type=checkbox]") ? element.closest("label") : null;
        const ring = hasRing(element) || (label !== null && hasRing(label));
        return { ring, name: `<${element.tagName.toLowerCase()}> ${(element.textContent ?? element.getAttribute("aria-label") ?? "").trim().slice(0, 40)}` };
      });
      if (focus && !focus.ring) invisible.push(focus.name);
    }
    expect(invisible).toEqual([]);
    await page.close();
  });

  it("stops smooth scrolling when the visitor asks for reduced motion", async () => {
    const reducedPage = await frontPage(`${server.url}en/`);
    expect(await reducedPage.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    await reducedPage.close();
    const context = await browser.newContext({ reducedMotion: "no-preference", serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}en/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
    await context.close();
  });
});
