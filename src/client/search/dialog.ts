import type { Trigger } from "../lib/search-intent.ts";

/** Placeholder until the search dialog lands: a click goes to the search page. */
export function openSearchDialog(trigger: Trigger): void {
  if (trigger.kind === "focus") return;
  const link = document.querySelector<HTMLAnchorElement>("[data-search-trigger]");
  if (link) window.location.href = link.href;
}
