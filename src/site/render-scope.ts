import path from "node:path";
import type { Article, Catalog } from "../content/types.ts";

/**
 * Which pages a build renders. A build renders every page, except a watch rebuild (`npm start`)
 * after edits that changed only the body text of existing articles: such an edit shows on the
 * article's own page and in its language's feeds (which carry whole articles), and nowhere else,
 * because every list, card and cross-link shows front matter only. Pages left out of a rebuild
 * keep the files the previous build wrote (Eleventy never deletes output).
 */
export type RenderScope = { kind: "all" } | { kind: "articles"; /** `lang:id` of each article to render. */ keys: ReadonlySet<string> };

export const RENDER_ALL: RenderScope = { kind: "all" };

export function articleKey(article: Pick<Article, "lang" | "id">): string {
  return `${article.lang}:${article.id}`;
}

/**
 * The smallest scope that is still correct after `changedFiles` turned `previous` into `next`.
 * It relies on the load memo (src/content/file-memo.ts): an unchanged file comes back as the very
 * same object, so identity tells which items changed. Anything it cannot prove harmless renders all.
 */
export function scopeOfChange(previous: Catalog | undefined, next: Catalog, changedFiles: readonly string[]): RenderScope {
  if (!previous || changedFiles.length === 0) return RENDER_ALL;
  // A template, component, style, script, `_data/` or pairs.yaml edit can change any page.
  if (!changedFiles.every(isArticleFile)) return RENDER_ALL;
  if (!sameItems(previous.pairs, next.pairs) || previous.articles.length !== next.articles.length) return RENDER_ALL;
  // Themes, interface strings, fixed pages and package titles show everywhere; a file may have changed
  // after the watcher made its list and before it was read. Small: comparing them costs little.
  if (JSON.stringify(sharedParts(previous)) !== JSON.stringify(sharedParts(next))) return RENDER_ALL;
  const keys = new Set<string>();
  for (const [index, after] of next.articles.entries()) {
    const before = previous.articles[index]!;
    if (before === after) continue;
    // A new title, date, theme or any other front matter field shows on lists and cards.
    if (articleKey(before) !== articleKey(after) || before.packageName !== after.packageName || JSON.stringify(before.front) !== JSON.stringify(after.front)) return RENDER_ALL;
    keys.add(articleKey(after));
  }
  return { kind: "articles", keys };
}

/** `content/<package>/articles/<lang>/<id>.md`, wherever the content folder is. */
function isArticleFile(file: string): boolean {
  const parts = file.split(path.sep);
  return file.endsWith(".md") && parts.at(-3) === "articles";
}

function sharedParts({ site, languages, themes, audiences, ui, pages, packages }: Catalog) {
  return { site, languages, themes, audiences, ui, pages, packages };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
