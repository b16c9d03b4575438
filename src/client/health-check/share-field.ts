/** A read-only link with a copy button. When the clipboard is refused, the link is selected instead. */
import { must } from "./dom.ts";
import type { ClientStrings } from "./strings.ts";

export interface ShareField {
  set(url: string): void;
}

export function shareField(container: HTMLElement, strings: ClientStrings): ShareField {
  const input = must<HTMLInputElement>(container, "[data-hc-share-input]");
  const button = must<HTMLButtonElement>(container, "[data-hc-copy]");
  const status = must(container, "[data-hc-copy-status]");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = strings.copied;
    } catch {
      input.focus();
      input.select();
      status.textContent = strings.copyFailed;
    }
  });
  // Selecting the whole link on focus makes copying by hand one keystroke.
  input.addEventListener("focus", () => input.select());
  return {
    set(url) {
      if (input.value !== url) status.textContent = "";
      input.value = url;
    },
  };
}
