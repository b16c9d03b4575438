import { Html } from "../jsx/jsx-runtime.ts";
import { flatString } from "../content/flat-string.ts";
import type { EleventyConfig, TemplateThis } from "./types.ts";

/**
 * Pages are `.11ty.tsx` files: TSX that src/jsx/jsx-runtime.ts turns into static HTML at build
 * time; no framework code reaches the browser. A template may also return a string (feeds,
 * sitemap), passed through as is.
 */
export function tsxTemplates(config: EleventyConfig): void {
  config.addExtension(["11ty.tsx", "11ty.ts"], {
    key: "11ty.js",
    compile() {
      return async function (this: TemplateThis, data: unknown) {
        const output = await this.defaultRenderer(data);
        if (typeof output === "string") return output;
        if (Html.is(output)) return flatString(`<!doctype html>\n${output.html}`);
        throw new Error("a template must return JSX or a string");
      };
    },
  });
  config.addTemplateFormats(["11ty.tsx", "11ty.ts"]);
}
