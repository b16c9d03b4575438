import path from "node:path";
import { loadCatalog } from "../content/catalog.ts";
import { ContentError } from "../content/problems.ts";
import { normalizePrefix } from "../site/paths.ts";
import { SiteModel } from "../site/model.ts";
import { buildAssets } from "./assets.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Loads the content packages and `_data/` as the global `site` model. Content is read here, not
 * as Eleventy templates, so that every file is validated with line numbers before any page is
 * written, no template language ever touches Markdown, and a package README never becomes a page.
 */
export function contentPackages(config: EleventyConfig, options: BuildOptions): void {
  config.addWatchTarget(options.contentDir);
  config.addWatchTarget(path.join(options.root, "_data"));
  const pathPrefix = normalizePrefix(config.pathPrefix);
  config.addGlobalData("site", async () => {
    const result = loadCatalog({ root: options.root, contentDir: options.contentDir });
    if (!result.ok) throw new ContentError(result.problems.items);
    const assets = await buildAssets(options.root, config.directories.output, options.mode);
    return new SiteModel(result.catalog, pathPrefix, assets, options.buildDate);
  });
}
