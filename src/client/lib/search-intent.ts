type Trigger = { kind: "shortcut" } | { kind: "click" } | { kind: "focus"; input: HTMLInputElement };

/** Calls `open` when the visitor shows they want to search; the page keeps working without it. */
export function onSearchIntent(open: (trigger: Trigger) => void): void {
  const isTyping = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  document.addEventListener("keydown", (event) => {
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (slash || commandK) {
      event.preventDefault();
      open({ kind: "shortcut" });
    }
  });
  for (const trigger of document.querySelectorAll<HTMLAnchorElement>("[data-search-trigger]")) {
    // With JavaScript the link opens the search dialog (except on the search page itself): say so.
    if (!document.querySelector("[data-search-page]")) trigger.setAttribute("aria-haspopup", "dialog");
    trigger.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      open({ kind: "click" });
    });
  }
  for (const input of document.querySelectorAll<HTMLInputElement>("[data-search-intent]")) {
    input.addEventListener("focus", () => open({ kind: "focus", input }), { once: true });
  }
}
export type { Trigger };
