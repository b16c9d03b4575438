import fs from "node:fs";
import path from "node:path";
import { cachedBundle } from "./cached-bundle.js";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * Packages the site bundle leaves as imports, loaded from node_modules:
 * - what scripts/build-site.ts imports itself, which a build script has therefore loaded before
 *   its build starts: a second copy in the bundle would only cost time (the test of this file
 *   keeps the list true to the imports);
 * - workbox-build, which the service-worker step loads after Eleventy, once;
 * - Eleventy's development server, which a build never starts (and whose code is not valid as
 *   an ES module).
 */
export const SITE_BUNDLE_EXTERNAL = ["esbuild", "pagefind", "yaml", "zod", "workbox-build", "@11ty/eleventy-dev-server"];

/**
 * Eleventy, the Eleventy config, its plugins and every page as one JavaScript module, for a
 * one-off build (see scripts/lib/cached-bundle.js for why, and how it is kept current). Imported
 * from node_modules, Eleventy alone takes about 0.3 s to load; the config and pages from the
 * TypeScript are about a hundred more modules through tsx's loader. As one module, Eleventy
 * takes about 0.14 s.
 *
 * The entry puts each page module in `bundledPages`, where the template engine takes it from
 * (see src/eleventy/bundled-pages.ts), so the config and the pages share one copy of every module,
 * and exports the `Eleventy` class that buildSite runs with this same module as its config.
 */
export async function siteBundle(root = projectRoot): Promise<string> {
  const pages = fs.readdirSync(path.join(root, "src/pages"), { recursive: true, encoding: "utf8" }).filter((file) => /\.11ty\.tsx?$/.test(file));
  const entry = entryFor(pages.map((file) => file.split(path.sep).join("/")).sort());
  return cachedBundle({ root, name: "site", entry, external: SITE_BUNDLE_EXTERNAL });
}

/** The bundle's entry: every page module into `bundledPages`, then the config as the module's exports, `bundledPages` (for the tests) and Eleventy. */
function entryFor(pages: string[]): string {
  const lines = [`import { bundledPages } from "./src/eleventy/bundled-pages.ts";`];
  pages.forEach((file, index) => {
    lines.push(`import * as page${index} from ${JSON.stringify(`./src/pages/${file}`)};`);
    lines.push(`bundledPages.set(${JSON.stringify(file)}, page${index});`);
  });
  lines.push(`export { default, config } from "./eleventy.config.ts";`, `export { bundledPages };`, `export { Eleventy } from "@11ty/eleventy";`);
  return lines.join("\n");
}
