/** The examples filter as it lives in the URL: `?theme=…&audience=…&view=hate|love`. Pure, so it is easy to test. */
export type View = "both" | "hate" | "love";

export interface FilterState {
  theme: string;
  audience: string;
  view: View;
}

const VIEWS: readonly View[] = ["both", "hate", "love"];

/** Unknown values fall back to "everything" rather than an empty page. */
export function readFilterState(search: string, known: { themes: Set<string>; audiences: Set<string> }): FilterState {
  const params = new URLSearchParams(search);
  const theme = params.get("theme") ?? "";
  const audience = params.get("audience") ?? "";
  const view = params.get("view") ?? "both";
  return {
    theme: known.themes.has(theme) ? theme : "",
    audience: known.audiences.has(audience) ? audience : "",
    view: (VIEWS as readonly string[]).includes(view) ? (view as View) : "both",
  };
}

/** The query string for a state, leaving out defaults so that the plain page keeps its plain URL. */
export function writeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.theme) params.set("theme", state.theme);
  if (state.audience) params.set("audience", state.audience);
  if (state.view !== "both") params.set("view", state.view);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function matches(state: FilterState, item: { theme: string; audiences: string[] }): boolean {
  return (!state.theme || item.theme === state.theme) && (!state.audience || item.audiences.includes(state.audience));
}
