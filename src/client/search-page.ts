/**
 * The full search page: the same engine as the dialog, with filters, every result (ten at a time)
 * and the query and filters kept in the URL, so that a search can be shared or bookmarked.
 * Opening this page is itself the intent to search, so the engine loads straight away.
 */
import { loadPagefind, type Pagefind, type SearchResponse } from "./search/engine.ts";
import { facets as facetsOf } from "./search/facets.ts";
import { message, resultMessage } from "./search/messages.ts";
import { appendResults, latestOnly, loadResults } from "./search/results.ts";

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const root = document.querySelector<HTMLElement>("[data-search-page]");
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("[data-search-form]")!;
  const input = root.querySelector<HTMLInputElement>("[data-search-input]")!;
  const ui = root.querySelector<HTMLElement>("[data-search-ui]")!;
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]")!;
  const clear = root.querySelector<HTMLButtonElement>("[data-search-clear]")!;
  const facets = facetsOf([...root.querySelectorAll<HTMLInputElement>("[data-facet] input[type=checkbox]")]);
  const searches = latestOnly();
  const sectionsLabel = list.dataset.sectionsLabel ?? "";
  let current: SearchResponse | undefined;
  /** How many results of `current` have been loaded into the list. */
  let shown = 0;

  root.querySelector<HTMLElement>("[data-search-nojs]")!.hidden = true;
  ui.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  facets.read(params);

  const writeUrl = (query: string) => {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    facets.write(next);
    const search = next.toString();
    history.replaceState(history.state, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
  };

  const run = async (debounce: boolean) => {
    const ticket = searches.next();
    const query = input.value.trim();
    const filters = facets.query();
    writeUrl(query);
    try {
      if (!current && (query || facets.selectedGroups().length > 0)) status.textContent = message(status, "loading");
      const pagefind = await loadPagefind();
      // Filter counts come with every search only once all filters are loaded.
      const totals = await pagefind.filters();
      if (!query && facets.selectedGroups().length === 0) {
        if (!searches.isCurrent(ticket)) return;
        current = undefined;
        shown = 0;
        list.replaceChildren();
        status.textContent = "";
        more.hidden = true;
        await facets.updateCounts(pagefind, null, totals);
        return;
      }
      const term = query || null;
      const response = debounce ? await pagefind.debouncedSearch(term, { filters }, DEBOUNCE_MS) : await pagefind.search(term, { filters });
      if (!response || !searches.isCurrent(ticket)) return;
      const items = await loadResults(response.results, 0, PAGE_SIZE);
      if (!searches.isCurrent(ticket)) return;
      current = response;
      shown = items.length;
      list.replaceChildren();
      appendResults(list, items, { headingLevel: 2, sectionsLabel, sectionExcerpts: true });
      status.textContent = resultMessage(status, response.results.length, query);
      more.hidden = response.results.length <= PAGE_SIZE;
      await updateCounts(pagefind, term, response);
    } catch {
      if (searches.isCurrent(ticket)) status.textContent = message(status, "error");
    }
  };

  const updateCounts = (pagefind: Pagefind, term: string | null, response: SearchResponse) => facets.updateCounts(pagefind, term, response.filters);

  input.addEventListener("input", () => void run(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(false);
  });
  // The checkboxes belong to the form through their `form` attribute but sit outside it in the tree.
  root.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "checkbox") void run(false);
  });
  clear.addEventListener("click", () => {
    facets.clear();
    void run(false);
  });

  more.addEventListener("click", async () => {
    if (!current) return;
    const response = current;
    const items = await loadResults(response.results, shown, shown + PAGE_SIZE);
    if (response !== current) return;
    shown += items.length;
    const links = appendResults(list, items, { headingLevel: 2, sectionsLabel, sectionExcerpts: true });
    more.hidden = shown >= response.results.length;
    // Keyboard users continue where the new results start instead of at a vanished button.
    links[0]?.focus();
  });

  void run(false);
}
