/**
 * Status texts in the page's language. The server renders them as `data-*` attributes on the
 * status element (from `_data/ui/`), so the browser code carries no strings of its own.
 */
export type MessageName = "loading" | "error" | "one" | "many" | "none" | "filteredOne" | "filteredMany" | "filteredNone";

export function message(status: HTMLElement, name: MessageName, vars: { count?: number; query?: string } = {}): string {
  const template = status.dataset[name] ?? "";
  return template.replaceAll("{count}", String(vars.count ?? 0)).replaceAll("{query}", vars.query ?? "");
}

/** The status for a finished search: with a query it names the query, without one the filters. */
export function resultMessage(status: HTMLElement, count: number, query: string): string {
  if (query) return message(status, count === 0 ? "none" : count === 1 ? "one" : "many", { count, query });
  return message(status, count === 0 ? "filteredNone" : count === 1 ? "filteredOne" : "filteredMany", { count });
}
