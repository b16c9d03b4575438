import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server.ts";
import { launchBrowser, strictPage } from "../support/browser-session.ts";
import { serveSite } from "../support/site.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite("root");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Theme ids of the pair cards a visitor can see. */
const visibleThemes = (page: Page) => page.$$eval(".pair-card", (cards) => cards.filter((card) => (card as HTMLElement).offsetParent !== null).map((card) => (card as HTMLElement).dataset.theme));
const visibleSides = (page: Page, side: "hate" | "love") => page.$$eval(`.pair-card .side--${side}`, (sides) => sides.filter((element) => (element as HTMLElement).offsetParent !== null).length);

describe("the examples index in Chromium", () => {
  it("filters by theme in place and keeps the choice in the URL", async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}en/examples/`);
    const total = (await visibleThemes(page)).length;
    await page.selectOption("#filter-theme", "changes");
    const themes = await visibleThemes(page);
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.length).toBeLessThan(total);
    expect(new Set(themes)).toEqual(new Set(["changes"]));
    expect(new URL(page.url()).searchParams.get("theme")).toBe("changes");
    expect(await page.textContent("[data-filter-status]")).toContain(String(themes.length));
    expect(problems).toEqual([]);
    await context.close();
  });

  it("restores a shared filtered view from its URL", async () => {
    const context = await browser.newContext();
    const { page } = await strictPage(context);
    await page.goto(`${server.url}nl/examples/?theme=usable-security&audience=users&view=love`);
    expect(await page.inputValue("#filter-theme")).toBe("usable-security");
    expect(await page.inputValue("#filter-audience")).toBe("users");
    expect(new Set(await visibleThemes(page))).toEqual(new Set(["usable-security"]));
    expect(await visibleSides(page, "hate")).toBe(0);
    expect(await visibleSides(page, "love")).toBeGreaterThan(0);
    await context.close();
  });

  it("switches between hate, love and both with the keyboard alone", async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}en/examples/`);
    await page.focus('input[data-view-option][value="both"]');
    await page.keyboard.press("ArrowRight");
    expect(await page.isChecked('input[data-view-option][value="hate"]')).toBe(true);
    expect(await visibleSides(page, "love")).toBe(0);
    expect(await visibleSides(page, "hate")).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("view")).toBe("hate");
    await page.keyboard.press("ArrowRight");
    expect(await visibleSides(page, "hate")).toBe(0);
    expect(await visibleSides(page, "love")).toBeGreaterThan(0);
    await page.keyboard.press("ArrowRight");
    expect(await visibleSides(page, "hate")).toBeGreaterThan(0);
    expect(await visibleSides(page, "love")).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe("");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("filters by audience with the keyboard alone", async () => {
    const context = await browser.newContext();
    const { page } = await strictPage(context);
    await page.goto(`${server.url}en/examples/`);
    await page.focus("#filter-audience");
    await page.keyboard.press("ArrowDown");
    const audience = await page.inputValue("#filter-audience");
    expect(audience).not.toBe("");
    const audiences = await page.$$eval(".pair-card", (cards) => cards.filter((card) => (card as HTMLElement).offsetParent !== null).map((card) => (card as HTMLElement).dataset.audiences ?? ""));
    expect(audiences.length).toBeGreaterThan(0);
    for (const list of audiences) expect(list.split(" ")).toContain(audience);
    await context.close();
  });

  it("toggles the sides without JavaScript, and links to real theme pages instead of the filter", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}en/examples/`);
    expect(await page.isVisible("[data-filter-form]")).toBe(false);
    expect(await page.isVisible('[data-filter-links] a[href="/en/themes/changes/"]')).toBe(true);
    await page.check('input[data-view-option][value="love"]');
    expect(await visibleSides(page, "hate")).toBe(0);
    expect(await visibleSides(page, "love")).toBeGreaterThan(0);
    await context.close();
  });
});
