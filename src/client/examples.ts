/**
 * The examples index, enhanced: the theme and audience filter narrows the list in place, and the
 * filter and the hate/love view are kept in the URL so that a filtered view can be shared. The
 * page works without this script: theme and audience pages are real pages, and the view toggle
 * is CSS.
 */
import { matches, readFilterState, writeFilterState, type FilterState, type View } from "./examples/filter-state.ts";

const form = document.querySelector<HTMLElement>("[data-filter-form]");
const links = document.querySelector<HTMLElement>("[data-filter-links]");
const status = document.querySelector<HTMLElement>("[data-filter-status]");
const empty = document.querySelector<HTMLElement>("[data-filter-empty]");
const themeSelect = form?.querySelector<HTMLSelectElement>("select[name=theme]");
const audienceSelect = form?.querySelector<HTMLSelectElement>("select[name=audience]");
const viewOptions = [...document.querySelectorAll<HTMLInputElement>("[data-view-option]")];
const cards = [...document.querySelectorAll<HTMLElement>(".pair-card[data-pair]")];
const groups = [...document.querySelectorAll<HTMLElement>("[data-theme-group]")];

if (form && themeSelect && audienceSelect && status) {
  const known = {
    themes: new Set([...themeSelect.options].map((option) => option.value).filter(Boolean)),
    audiences: new Set([...audienceSelect.options].map((option) => option.value).filter(Boolean)),
  };

  const current = (): FilterState => ({
    theme: themeSelect.value,
    audience: audienceSelect.value,
    view: (viewOptions.find((option) => option.checked)?.value ?? "both") as View,
  });

  const apply = (state: FilterState) => {
    let shown = 0;
    for (const card of cards) {
      const visible = matches(state, { theme: card.dataset.theme ?? "", audiences: (card.dataset.audiences ?? "").split(" ") });
      card.closest("li")!.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector("li:not([hidden])");
    status.textContent = (status.dataset.template ?? "{count}").replace("{count}", String(shown));
    if (empty) empty.hidden = shown > 0;
  };

  const update = () => {
    const state = current();
    apply(state);
    history.replaceState(history.state, "", `${location.pathname}${writeFilterState(state)}${location.hash}`);
  };

  const initial = readFilterState(location.search, known);
  themeSelect.value = initial.theme;
  audienceSelect.value = initial.audience;
  for (const option of viewOptions) option.checked = option.value === initial.view;
  form.hidden = false;
  if (links) links.hidden = true;
  apply(initial);

  form.addEventListener("change", update);
  for (const option of viewOptions) option.addEventListener("change", update);
}
