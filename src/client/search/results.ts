/** Shared by the dialog and the search page: load a slice of results and put them in a list. */
import type { ResultData, SearchResult } from "./engine.ts";
import { resultItem, type ResultItemOptions } from "./result-item.ts";

/** Loads the data of results `from` to `to` (each is one small fragment file) in parallel. */
export function loadResults(results: SearchResult[], from: number, to: number): Promise<ResultData[]> {
  return Promise.all(results.slice(from, to).map((result) => result.data()));
}

/** Appends result items to a list and returns their title links, in order. */
export function appendResults(list: HTMLElement, items: ResultData[], options: ResultItemOptions): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  for (const data of items) {
    const item = resultItem(data, options);
    if (!item) continue;
    list.append(item);
    const link = item.querySelector<HTMLAnchorElement>(".search-result__title a");
    if (link) links.push(link);
  }
  return links;
}

/** A counter that tells a late answer to an old query from the answer to the current one. */
export function latestOnly(): { next(): number; isCurrent(ticket: number): boolean } {
  let current = 0;
  return { next: () => ++current, isCurrent: (ticket) => ticket === current };
}
