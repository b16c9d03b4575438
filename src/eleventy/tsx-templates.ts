import path from "node:path";
import { pathToFileURL } from "node:url";
import { Html } from "../jsx/jsx-runtime.ts";
import { flatString } from "../content/flat-string.ts";
import { bundledPages, type PageModule } from "./bundled-pages.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Pages are `.11ty.tsx` files: TSX that src/jsx/jsx-runtime.ts turns into static HTML at build
 * time; no framework code reaches the browser. A template may also return a string (feeds,
 * sitemap), passed through as is. A page module exports `data` (Eleventy's data for it, read as an
 * `11ty.js` template's would be) and `render`.
 *
 * The engine loads the page modules itself rather than leave that to Eleventy's JavaScript
 * engine, so that a build from the bundled config renders the pages from the same bundle (see
 * src/eleventy/bundled-pages.ts).
 */
export function tsxTemplates(config: EleventyConfig): void {
  const modules = new Map<string, Promise<PageModule>>();
  const pageModule = (inputPath: string): Promise<PageModule> => {
    let loading = modules.get(inputPath);
    if (!loading) {
      loading = loadPage(config.directories.input, inputPath);
      modules.set(inputPath, loading);
      // A page that failed to load is loaded again next time, not failed from memory.
      loading.catch(() => modules.delete(inputPath));
    }
    return loading;
  };
  config.addExtension(["11ty.tsx", "11ty.ts"], {
    key: "11ty.js",
    // The module is the template: Eleventy has no text to read or compile.
    read: false,
    getData: true,
    getInstanceFromInputPath: pageModule,
    // One compiled render function per page file; without this Eleventy builds the key from the text it did not read.
    compileOptions: { getCacheKey: (_text, inputPath) => inputPath },
    compile(text, inputPath) {
      // Text is what Eleventy renders besides the page itself (an `eleventyComputed` string): as is, as 11ty.js does.
      if (typeof text === "string") return async () => text;
      return async (data) => finalPage((await pageModule(inputPath)).render(data as never));
    },
  });
  config.addTemplateFormats(["11ty.tsx", "11ty.ts"]);
}

/**
 * A page's module: from the bundle when this code runs from one (every page is in it, so a page
 * missing there is a bug, told at once), otherwise imported from its file. Modules stay loaded for
 * the life of the process: `npm start` restarts Eleventy when a page's code changes (scripts/serve.ts).
 */
async function loadPage(pagesDir: string, inputPath: string): Promise<PageModule> {
  const name = pageName(pagesDir, inputPath);
  const bundled = bundledPages.get(name);
  if (!bundled && bundledPages.size > 0) throw new Error(`the site bundle has no page "${name}" (it has ${[...bundledPages.keys()].slice(0, 3).join(", ")}…): see scripts/lib/site-bundle.ts`);
  const page = bundled ?? ((await import(pathToFileURL(path.resolve(inputPath)).href)) as PageModule);
  if (typeof page.render !== "function") throw new Error(`${inputPath} must export a \`render\` function`);
  return page;
}

/** A page's name in `bundledPages`: its path inside the pages folder, with forward slashes. */
export function pageName(pagesDir: string, inputPath: string): string {
  return path.relative(path.resolve(pagesDir), path.resolve(inputPath)).split(path.sep).join("/");
}

/** A page as it is written: a string as the template returned it, or the JSX printed as a document. */
function finalPage(output: unknown): string {
  if (typeof output === "string") return output;
  if (Html.is(output)) return flatString(`<!doctype html>\n${output.html}`);
  throw new Error("a template must return JSX or a string");
}
