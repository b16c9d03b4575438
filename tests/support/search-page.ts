import type { Page } from "playwright-core";

/** Waits until the search page reports a count, and returns its result links in order. */
export async function searchPageResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /\d/.test(document.querySelector("[data-search-page] [data-search-status]")?.textContent ?? ""));
  return page.$$eval("[data-search-page] .search-result__title a", (links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** The number the search page's status line reports. */
export async function statusCount(page: Page): Promise<number> {
  const text = (await page.textContent("[data-search-page] [data-search-status]")) ?? "";
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
}
