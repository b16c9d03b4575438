/**
 * Loaded on every page, and kept tiny: it only waits for a sign that the visitor wants to search
 * (focus on a search field, the `/` key, Ctrl/Cmd+K, a click on the search button) and then
 * loads the search code. Nothing of search is fetched on a plain page view.
 */
import { onSearchIntent } from "./lib/search-intent.ts";

onSearchIntent(async (trigger) => {
  const { openSearchDialog } = await import("./search/dialog.ts");
  openSearchDialog(trigger);
});
