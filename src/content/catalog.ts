import path from "node:path";
import { crossCheck } from "./cross-check.ts";
import { discoverPackages } from "./discover.ts";
import { createLoadMemo, loadPackage, type LoadMemo } from "./load-package.ts";
import { loadTaxonomy } from "./load-taxonomy.ts";
import { createMarkdown } from "./markdown.ts";
import { ProblemList, relativeFile } from "./problems.ts";
import type { Article, Catalog, ContentPackage, Pair, Rejected } from "./types.ts";

export interface LoadOptions {
  /** The project root: holds `_data/` and, by default, `content/`. */
  root: string;
  /** Where the workspace content packages live; `content/` under the root unless given. */
  contentDir?: string;
  /** Results of earlier loads in this watch session; files whose stamp is unchanged are not read again. */
  memo?: LoadMemo;
}

export type LoadResult = { ok: true; catalog: Catalog } | { ok: false; problems: ProblemList };

/** Loads, validates and cross-checks all content. Collects every problem instead of stopping at the first. */
export function loadCatalog(options: LoadOptions): LoadResult {
  const root = path.resolve(options.root);
  const contentDir = path.resolve(root, options.contentDir ?? "content");
  const problems = new ProblemList();
  const memo = options.memo ?? createLoadMemo();
  const md = createMarkdown();
  const taxonomy = loadTaxonomy(root, md, problems);
  const packages: ContentPackage[] = [];
  const pairs: Pair[] = [];
  const articles: Article[] = [];
  const rejected: Rejected = { pairIds: new Set(), articleKeys: new Set() };
  const locations = discoverPackages(root, contentDir, taxonomy?.site.packages ?? [], problems);
  if (locations.length === 0) problems.add({ file: relativeFile(root, contentDir), message: "holds no content packages: add one with `npm run new -- package NAME`" });
  for (const location of locations) {
    const loaded = loadPackage(root, location.dir, location.origin, md, problems, rejected, memo);
    if (!loaded) continue;
    packages.push(loaded.pkg);
    pairs.push(...loaded.pairs);
    articles.push(...loaded.articles);
  }
  if (!taxonomy) return { ok: false, problems };
  crossCheck(taxonomy, packages, pairs, articles, rejected, problems);
  if (!problems.isEmpty) return { ok: false, problems };
  packages.sort((a, b) => a.manifest.order - b.manifest.order || a.name.localeCompare(b.name));
  return { ok: true, catalog: { ...taxonomy, packages, pairs, articles } };
}
