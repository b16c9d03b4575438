/**
 * The search dialog every page opens from the header button, `/` or Ctrl/Cmd+K. A native modal
 * `<dialog>` gives the focus trap, Escape and the inert page behind it; this module adds the
 * search, arrow-key movement between results and returning focus to where it was.
 */
import type { Trigger } from "../lib/search-intent.ts";
import { loadPagefind, sitePrefix } from "./engine.ts";
import { message, resultMessage } from "./messages.ts";
import { appendResults, latestOnly, loadResults } from "./results.ts";

/** Results shown in the dialog; the search page shows them all. Each one costs a fragment download. */
const DIALOG_RESULTS = 5;
const DEBOUNCE_MS = 150;

interface SearchDialog {
  open(returnFocus: Element | null): void;
}

let dialog: Promise<SearchDialog> | undefined;

export function openSearchDialog(trigger: Trigger): void {
  // Focus on a search field is a sign of intent, not a request for a dialog: get the engine ready
  // so that the field's own search page answers quickly.
  if (trigger.kind === "focus") {
    loadPagefind().catch(() => undefined);
    return;
  }
  // On the search page the page itself is the search: move there instead of opening a second one.
  const pageInput = document.querySelector<HTMLInputElement>("[data-search-page] [data-search-input]");
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  const returnFocus = document.activeElement;
  loadPagefind().catch(() => undefined);
  dialog ??= createDialog().catch((error: unknown) => {
    dialog = undefined;
    throw error;
  });
  dialog.then(
    (ready) => ready.open(returnFocus),
    // Without the dialog (offline before anything was cached, say), the search page still works.
    () => window.location.assign(searchPageUrl()),
  );
}

function searchPageUrl(): string {
  const link = document.querySelector<HTMLAnchorElement>("[data-search-trigger]");
  return link?.href ?? new URL(`${sitePrefix()}${document.body.dataset.lang ?? "en"}/search/`, location.href).href;
}

/** The dialog's markup comes from the search page in this page's language, rendered and escaped at build time. */
async function createDialog(): Promise<SearchDialog> {
  const response = await fetch(searchPageUrl());
  if (!response.ok) throw new Error(`search page: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const template = page.querySelector<HTMLTemplateElement>("template[data-search-dialog-template]");
  const source = template?.content.querySelector("dialog");
  if (!source) throw new Error("search page has no dialog template");
  const element = document.importNode(source, true);
  document.body.append(element);
  return wireDialog(element);
}

function wireDialog(element: HTMLDialogElement): SearchDialog {
  const form = element.querySelector<HTMLFormElement>("[data-search-dialog-form]")!;
  const input = element.querySelector<HTMLInputElement>("[data-search-input]")!;
  const status = element.querySelector<HTMLElement>("[data-search-status]")!;
  const list = element.querySelector<HTMLOListElement>("[data-search-results]")!;
  const all = element.querySelector<HTMLElement>("[data-search-all]")!;
  const allLink = all.querySelector<HTMLAnchorElement>("a")!;
  const closeButton = element.querySelector<HTMLButtonElement>("[data-search-close]")!;
  const searches = latestOnly();
  let returnFocus: Element | null = null;

  const run = async (query: string) => {
    const ticket = searches.next();
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      all.hidden = true;
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.debouncedSearch(query, {}, DEBOUNCE_MS);
      if (!response || !searches.isCurrent(ticket)) return;
      const items = await loadResults(response.results, 0, DIALOG_RESULTS);
      if (!searches.isCurrent(ticket)) return;
      list.replaceChildren();
      appendResults(list, items, { headingLevel: 2, sectionsLabel: list.dataset.sectionsLabel ?? "", sectionExcerpts: false });
      status.textContent = resultMessage(status, response.results.length, query);
      const url = new URL(form.action);
      url.searchParams.set("q", query);
      allLink.href = url.pathname + url.search;
      all.hidden = response.results.length === 0;
    } catch {
      if (searches.isCurrent(ticket)) status.textContent = message(status, "error");
    }
  };

  input.addEventListener("input", () => {
    const query = input.value.trim();
    if (query) {
      // Tells screen reader users something is happening while the engine loads the first time.
      if (!status.textContent) status.textContent = message(status, "loading");
    }
    void run(query);
  });

  // Enter goes to the full search page with this query, like the form does without JavaScript.
  form.addEventListener("submit", (event) => {
    if (!input.value.trim()) event.preventDefault();
  });

  closeButton.addEventListener("click", () => element.close());

  // A click on the backdrop (the dialog element itself, outside the panel) closes it.
  element.addEventListener("click", (event) => {
    if (event.target === element) element.close();
  });

  element.addEventListener("keydown", (event) => {
    // In a search field Chromium's first Escape only empties the field; one Escape should close.
    if (event.key === "Escape") {
      event.preventDefault();
      element.close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>("a[href]")];
    const index = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (index === -1) return;
    const next = stops[index + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  element.addEventListener("close", () => {
    const target = returnFocus instanceof HTMLElement && returnFocus.isConnected && returnFocus !== document.body ? returnFocus : document.querySelector<HTMLElement>("[data-search-trigger]");
    target?.focus();
  });

  return {
    open(from) {
      returnFocus = from;
      if (!element.open) element.showModal();
      input.focus();
      input.select();
    },
  };
}
