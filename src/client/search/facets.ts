/**
 * The search page's filters: checkboxes grouped per Pagefind filter. Values within a group are
 * alternatives ("Example or Story"), groups narrow each other ("… and about Security").
 */
import type { FilterCounts, FilterQuery, Pagefind } from "./engine.ts";

export interface Facets {
  /** Checks the boxes the URL names, by their language-independent ids. */
  read(params: URLSearchParams): void;
  write(params: URLSearchParams): void;
  clear(): void;
  /** The Pagefind filters for the checked boxes, optionally leaving one group out. */
  query(except?: string): FilterQuery;
  selectedGroups(): string[];
  updateCounts(pagefind: Pagefind, term: string | null, base: FilterCounts): Promise<void>;
}

// A plain object rather than a class: class fields would pull a helper into a chunk of its own.
export function facets(boxes: HTMLInputElement[]): Facets {
  const query = (except?: string): FilterQuery => {
    const result: FilterQuery = {};
    for (const box of boxes) {
      if (!box.checked || box.name === except) continue;
      (result[box.name] ??= { any: [] }).any.push(box.dataset.filterValue ?? box.value);
    }
    return result;
  };
  const selectedGroups = () => [...new Set(boxes.filter((box) => box.checked).map((box) => box.name))];
  return {
    read(params) {
      for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
    },
    write(params) {
      for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    },
    clear() {
      for (const box of boxes) box.checked = false;
    },
    query,
    selectedGroups,
    updateCounts: (pagefind, term, base) => updateCounts(boxes, query, selectedGroups(), pagefind, term, base),
  };
}

/**
 * Shows next to each value how many results choosing it would give. For a group with nothing
 * checked, Pagefind's own counts answer that. For a group with a choice, ticking another value
 * widens the results, so its counts come from the same search without that group's filter.
 */
async function updateCounts(boxes: HTMLInputElement[], query: Facets["query"], selected: string[], pagefind: Pagefind, term: string | null, base: FilterCounts): Promise<void> {
  const counts: FilterCounts = { ...base };
  for (const group of selected) {
    const others = query(group);
    const wider = term === null && Object.keys(others).length === 0 ? await pagefind.filters() : (await pagefind.search(term, { filters: others })).filters;
    counts[group] = wider[group] ?? {};
  }
  for (const box of boxes) {
    const count = counts[box.name]?.[box.dataset.filterValue ?? ""] ?? 0;
    const label = box.closest("label");
    const output = label?.querySelector<HTMLElement>("[data-facet-count]");
    if (output) output.textContent = `(${count})`;
    label?.classList.toggle("facet__option--empty", count === 0 && !box.checked);
  }
}
