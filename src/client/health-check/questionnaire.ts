/**
 * Your own answers: the radios, the audience filter, progress and "start over", kept in
 * localStorage so that a visitor can come back. Storage can be unavailable (private modes,
 * policies): the check then works for the visit and simply forgets afterwards.
 */
import { all, must } from "./dom.ts";
import { cleanLabel } from "./encoding.ts";
import { emptyState, parseState, serializeState, storageKey, type SavedState } from "./storage.ts";
import { fill, type ClientStrings } from "./strings.ts";
import { isAnswer, type HcCatalog } from "./types.ts";

export interface Questionnaire {
  state(): SavedState;
  /** Called after every change of answers or name, wherever it came from. */
  onChange(listener: () => void): void;
  show(visible: boolean): void;
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not kept after this visit; nothing else to do.
  }
}

/** `onFinish` runs when the visitor asks for the result at the end of the questions. */
export function questionnaire(root: HTMLElement, catalog: HcCatalog, strings: ClientStrings, prefix: string, onFinish: () => void): Questionnaire {
  const key = storageKey(prefix);
  const pairIds = new Set(catalog.pairs.map((pair) => pair.id));
  const audienceSelect = must<HTMLSelectElement>(root, "[data-hc-audience]");
  const audiences = new Set([...audienceSelect.options].map((option) => option.value).filter(Boolean));
  const load = () => parseState(readStorage(key), pairIds, audiences);
  let state = load();
  const listeners: (() => void)[] = [];

  const toolbar = must(root, "[data-hc-toolbar]");
  const form = must<HTMLFormElement>(root, "[data-hc-form]");
  const sections = all(form, "[data-hc-theme]");
  const fieldsets = all<HTMLFieldSetElement>(form, "fieldset[data-hc-pair]");
  const progressBar = must<HTMLProgressElement>(toolbar, "[data-hc-progress-bar]");
  const progressText = must(toolbar, "[data-hc-progress-text]");
  const nameInput = must<HTMLInputElement>(root, "[data-hc-name]");
  const resetButton = must<HTMLButtonElement>(toolbar, "[data-hc-reset]");
  const confirm = must(toolbar, "[data-hc-reset-confirm]");
  const confirmYes = must<HTMLButtonElement>(confirm, "[data-hc-reset-yes]");
  const confirmNo = must<HTMLButtonElement>(confirm, "[data-hc-reset-no]");
  const resetStatus = must(toolbar, "[data-hc-reset-status]");
  confirm.id ||= "hc-confirm";
  resetButton.setAttribute("aria-controls", confirm.id);
  resetButton.setAttribute("aria-expanded", "false");

  const save = () => writeStorage(key, state.answers.size === 0 && state.label === "" && state.audience === "" ? null : serializeState(state));
  const changed = () => listeners.forEach((listener) => listener());

  function applyAnswers(): void {
    for (const fieldset of fieldsets) {
      const answer = state.answers.get(fieldset.dataset.hcPair ?? "");
      for (const radio of all<HTMLInputElement>(fieldset, "input[type=radio]")) radio.checked = answer !== undefined && radio.value === String(answer);
    }
    if (cleanLabel(nameInput.value) !== state.label) nameInput.value = state.label;
    audienceSelect.value = state.audience;
  }

  function applyFilter(): void {
    for (const fieldset of fieldsets) fieldset.hidden = state.audience !== "" && !(fieldset.dataset.audiences ?? "").split(" ").includes(state.audience);
    for (const section of sections) section.hidden = all(section, "fieldset[data-hc-pair]").every((fieldset) => fieldset.hidden);
  }

  function updateProgress(): void {
    const count = (list: HTMLFieldSetElement[]) => ({ total: list.length, answered: list.filter((fieldset) => state.answers.has(fieldset.dataset.hcPair ?? "")).length });
    const overall = count(fieldsets.filter((fieldset) => !fieldset.hidden));
    progressBar.max = Math.max(overall.total, 1);
    progressBar.value = overall.answered;
    const text = fill(strings.progress, overall);
    if (progressText.textContent !== text) progressText.textContent = text;
    for (const section of sections) {
      const label = must(section, "[data-hc-theme-progress]");
      label.textContent = fill(strings.themeProgress, count(all<HTMLFieldSetElement>(section, "fieldset[data-hc-pair]").filter((fieldset) => !fieldset.hidden)));
      label.hidden = false;
    }
  }

  function refresh(): void {
    applyAnswers();
    applyFilter();
    updateProgress();
  }

  form.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio") return;
    const id = input.closest<HTMLFieldSetElement>("fieldset[data-hc-pair]")?.dataset.hcPair;
    const answer = Number(input.value);
    if (!id || !isAnswer(answer)) return;
    state.answers.set(id, answer);
    save();
    updateProgress();
    changed();
  });
  // Nothing is submitted anywhere: the button (and Enter in a radio) leads on to the result.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onFinish();
  });
  must(form, "[data-hc-form-end]").hidden = false;

  audienceSelect.addEventListener("change", () => {
    state.audience = audiences.has(audienceSelect.value) ? audienceSelect.value : "";
    save();
    applyFilter();
    updateProgress();
  });

  nameInput.addEventListener("input", () => {
    state.label = cleanLabel(nameInput.value);
    save();
    changed();
  });

  const closeConfirm = () => {
    confirm.hidden = true;
    resetButton.setAttribute("aria-expanded", "false");
    resetButton.focus();
  };
  resetButton.addEventListener("click", () => {
    confirm.hidden = false;
    resetButton.setAttribute("aria-expanded", "true");
    confirmNo.focus();
  });
  confirmNo.addEventListener("click", closeConfirm);
  confirm.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeConfirm();
  });
  confirmYes.addEventListener("click", () => {
    state = emptyState();
    writeStorage(key, null);
    nameInput.value = "";
    refresh();
    closeConfirm();
    resetStatus.textContent = strings.resetDone;
    changed();
  });

  // Another tab answered too: follow it rather than overwrite it on the next change.
  window.addEventListener("storage", (event) => {
    if (event.key !== key && event.key !== null) return;
    state = load();
    refresh();
    changed();
  });

  refresh();
  return {
    state: () => state,
    onChange: (listener) => void listeners.push(listener),
    show(visible) {
      toolbar.hidden = !visible;
      form.hidden = !visible;
    },
  };
}
