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
      const bundled = bundledPages.get(pageName(config.directories.input, inputPath));
      loading = (bundled ? Promise.resolve(bundled) : (import(pathToFileURL(path.resolve(inputPath)).href) as Promise<PageModule>)).then((page) => {
        if (typeof page.render !== "function") throw new Error(`${inputPath} must export a \`render\` function`);
        return page;
      });
      modules.set(inputPath, loading);
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
    compile(_text, inputPath) {
      return async (data) => finalPage((await pageModule(inputPath)).render(data as never));
    },
  });
  config.addTemplateFormats(["11ty.tsx", "11ty.ts"]);
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
