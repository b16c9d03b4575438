/**
 * The form that starts a comparison: pasted share links (whole links, bare codes or an earlier
 * comparison link), optionally with your own answers. Every link is read before anything
 * changes, and each one that cannot be read is named with its reason.
 */
import { MAX_COMPARED } from "./comparison.ts";
import { el, must } from "./dom.ts";
import { decodeResult } from "./encoding.ts";
import { codesInText } from "./route.ts";
import { problemText } from "./problems.ts";
import { fill, type ClientStrings } from "./strings.ts";
import type { HcCatalog } from "./types.ts";

export interface CompareForm {
  section: HTMLElement;
  /** Shows the codes of the comparison on screen as links, so they can be edited. */
  prefill(links: string[]): void;
  /** Offers "add my own answers" only when there are some. */
  setOwnAvailable(available: boolean): void;
}

export function compareForm(root: HTMLElement, catalog: HcCatalog, strings: ClientStrings, ownCode: () => string, submit: (codes: string[]) => void): CompareForm {
  const section = must(root, "[data-hc-compare]");
  const form = must<HTMLFormElement>(section, "[data-hc-compare-form]");
  const links = must<HTMLTextAreaElement>(section, "[data-hc-compare-links]");
  const mine = must<HTMLInputElement>(section, "[data-hc-compare-mine]");
  const mineField = must(section, "[data-hc-compare-mine-field]");
  const errors = must(section, "[data-hc-compare-errors]");

  function showErrors(messages: string[]): void {
    errors.replaceChildren(...(messages.length > 0 ? [el("ul", { class: "hc-warnings" }, ...messages.map((message) => el("li", {}, message)))] : []));
    if (messages.length > 0) {
      links.setAttribute("aria-invalid", "true");
      links.focus();
    } else links.removeAttribute("aria-invalid");
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const codes = links.value
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .flatMap(codesInText);
    const messages: string[] = [];
    codes.forEach((code, index) => {
      const decoded = decodeResult(code, catalog);
      if (!decoded.ok) messages.push(fill(strings.compareLinkError, { position: index + 1, problem: problemText(strings, decoded.problem) }));
    });
    if (mine.checked && !mineField.hidden) codes.push(ownCode());
    if (messages.length === 0 && codes.length < 2) messages.push(strings.compareNeedTwo);
    if (codes.length > MAX_COMPARED) messages.push(fill(strings.compareTooMany, { max: MAX_COMPARED }));
    showErrors(messages);
    if (messages.length === 0) submit(codes);
  });

  return {
    section,
    prefill(list) {
      links.value = list.join("\n");
      mine.checked = false;
      showErrors([]);
    },
    setOwnAvailable(available) {
      mineField.hidden = !available;
    },
  };
}
