/**
 * Loaded on every page, and kept tiny. It waits for a sign that the visitor wants to search
 * (focus on a search field, the `/` key, Ctrl/Cmd+K, a click on the search button) before it
 * loads any search code, highlights search terms when a search result opened this page, and
 * registers the service worker for offline use.
 */
import { highlightSearchTerms } from "./lib/highlight.ts";
import { onSearchIntent } from "./lib/search-intent.ts";
import { registerServiceWorker } from "./lib/service-worker-registration.ts";

onSearchIntent(async (trigger) => {
  const { openSearchDialog } = await import("./search/dialog.ts");
  openSearchDialog(trigger);
});
highlightSearchTerms();
registerServiceWorker();
