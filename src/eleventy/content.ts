import path from "node:path";
import { loadCatalog } from "../content/catalog.ts";
import { createLoadMemo } from "../content/load-package.ts";
import { startArticlePrefetch } from "../content/parallel-articles.ts";
import { ContentError } from "../content/problems.ts";
import type { Catalog } from "../content/types.ts";
import { normalizePrefix } from "../site/paths.ts";
import { SiteModel, type AssetManifest } from "../site/model.ts";
import { RENDER_ALL, scopeOfChange } from "../site/render-scope.ts";
import { buildAssets } from "./assets.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Loads the content packages and `_data/` as the global `site` model. Content is read here, not
 * as Eleventy templates, so that every file is validated with line numbers before any page is
 * written, no template language ever touches Markdown, and a package README never becomes a page.
 *
 * In watch mode (`npm start`) a rebuild redoes only what the changed files need: unchanged
 * content files come from the load memo, the browser bundles are reused unless browser code or
 * styles changed, and when only article text changed, only those articles' pages are rendered.
 */
export function contentPackages(config: EleventyConfig, options: BuildOptions): void {
  config.addWatchTarget(options.contentDir);
  config.addWatchTarget(path.join(options.root, "_data"));
  const pathPrefix = normalizePrefix(config.pathPrefix);
  const memo = createLoadMemo();
  // Other cores start reading articles now, while Eleventy sets itself up; the first load joins them.
  let prefetch = startArticlePrefetch({ root: options.root, contentDir: options.contentDir });
  /** The last build that finished, and the files changed since: undefined before the first. */
  let lastGood: { catalog: Catalog; assets: AssetManifest; changedSince: Set<string> } | undefined;
  let current: { catalog: Catalog; assets: AssetManifest } | undefined;
  config.on("eleventy.beforeWatch", (queue) => {
    for (const file of queue) lastGood?.changedSince.add(path.resolve(file));
  });
  // Changes are measured from the last build that finished: a failed build's edits count again.
  config.on("eleventy.after", () => {
    if (current) lastGood = { ...current, changedSince: new Set() };
  });
  config.addGlobalData("site", async () => {
    current = undefined;
    const changed = lastGood ? [...lastGood.changedSince] : undefined;
    const assetsChanged = !lastGood || !changed || changed.some((file) => isBrowserSource(options.root, file));
    // esbuild works in its own process: start it first, and load the content meanwhile.
    const assets = assetsChanged ? buildAssets(options.root, config.directories.output, options.mode) : Promise.resolve(lastGood!.assets);
    // Awaited below; until then a failure must not count as unhandled (which would end the process).
    assets.catch(() => undefined);
    await prefetch?.finish(memo);
    prefetch = undefined;
    // Whatever the watcher saw change is read again, however its stamp looks (coarse clocks, deleted files).
    memo.forget(changed ?? []);
    const result = loadCatalog({ root: options.root, contentDir: options.contentDir, memo });
    if (!result.ok) {
      await assets.catch(() => undefined);
      throw new ContentError(result.problems.items);
    }
    const scope = lastGood && changed ? scopeOfChange(lastGood.catalog, result.catalog, changed) : RENDER_ALL;
    current = { catalog: result.catalog, assets: await assets };
    return new SiteModel(result.catalog, pathPrefix, current.assets, options.buildDate, scope);
  });
}

function isBrowserSource(root: string, file: string): boolean {
  return [path.join(root, "src/client"), path.join(root, "src/styles")].some((dir) => file.startsWith(dir + path.sep));
}
