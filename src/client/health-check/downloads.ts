/** Points the download links at freshly built files; each render frees the files it replaces. */
import type { ExportContext } from "./export.ts";
import { toCsv, toMarkdown } from "./export.ts";

const urls = new WeakMap<HTMLAnchorElement, string>();

function point(link: HTMLAnchorElement, name: string, text: string, type: string): void {
  const previous = urls.get(link);
  if (previous) URL.revokeObjectURL(previous);
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.set(link, url);
  link.href = url;
  link.download = name;
}

/** `health-check-it-team-2026-05-01`: readable, safe on every file system. */
export function fileBase(prefix: string, label: string, date: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return [prefix, slug, date].filter(Boolean).join("-");
}

export function updateDownloads(csvLink: HTMLAnchorElement, markdownLink: HTMLAnchorElement, context: ExportContext): void {
  const base = fileBase(context.strings.fileName, context.result.label, context.date);
  // The byte order mark tells spreadsheet programs the file is UTF-8 (ë, é, “ ”).
  point(csvLink, `${base}.csv`, `\ufeff${toCsv(context)}`, "text/csv;charset=utf-8");
  point(markdownLink, `${base}.md`, toMarkdown(context), "text/markdown;charset=utf-8");
}

/** Today in the visitor's own time zone, `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
