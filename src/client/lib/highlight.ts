/**
 * Marks the search terms on a page that a search result opened (`?highlight=term`). Runs on
 * every page, so it stays tiny: Pagefind's highlight script loads only when the URL asks for it.
 */

/**
 * The query parameter the search engine adds to result links (see search/engine.ts). Written out
 * here rather than imported: a module shared with the search code would become a separate chunk
 * that every page view has to fetch. The end-to-end test of highlighting keeps the two in step.
 */
const HIGHLIGHT_PARAM = "highlight";

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean; markOptions: { className: string; exclude: string[] } }) => unknown;
}

export function highlightSearchTerms(): void {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((term) => term.trim());
  if (terms.length === 0) return;
  const prefix = document.body.dataset.prefix ?? "/";
  // A computed specifier, so that esbuild leaves this file to the browser: it belongs to the index.
  const url = new URL(`${prefix.endsWith("/") ? prefix : `${prefix}/`}pagefind/pagefind-highlight.js`, location.href).href;
  import(url)
    .then((module: HighlightModule) => {
      new module.default({
        highlightParam: HIGHLIGHT_PARAM,
        // Its default adds a <style> element, which the Content-Security-Policy refuses; search.css styles the marks.
        addStyles: false,
        markOptions: { className: "search-highlight", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
      });
      // Without a section to jump to, bring the first match into view, unless it is already there.
      const first = document.querySelector<HTMLElement>("mark.search-highlight");
      if (first && !location.hash && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: "center" });
    })
    // Highlighting is a convenience: the page is complete without it.
    .catch(() => undefined);
}
