import { assets } from "./src/eleventy/assets.ts";
import { contentPackages } from "./src/eleventy/content.ts";
import { headers } from "./src/eleventy/headers.ts";
import { readBuildOptions } from "./src/eleventy/options.ts";
import { pageWriter } from "./src/eleventy/page-writer.ts";
import { postBuild } from "./src/eleventy/post-build.ts";
import { staticFiles } from "./src/eleventy/static-files.ts";
import { tsxTemplates } from "./src/eleventy/tsx-templates.ts";
import type { EleventyConfig } from "./src/eleventy/types.ts";

/** Wiring only: each concern lives in its own plugin under src/eleventy/. */
export default function (config: EleventyConfig) {
  const options = readBuildOptions();
  config.setUseGitIgnore(false);
  config.addPlugin(tsxTemplates);
  config.addPlugin(contentPackages, options);
  config.addPlugin(assets, options);
  config.addPlugin(staticFiles, options);
  config.addPlugin(postBuild, options);
  config.addPlugin(headers, options);
  // Last: it writes each page once every other transform has had it.
  config.addPlugin(pageWriter, options);
}

export const config = {
  dir: {
    input: "src/pages",
    // Site data is YAML, validated by the content plugin; Eleventy's own data folder stays empty.
    data: "../../_data",
    includes: "../components",
  },
  // Nothing in this site is Markdown run through Eleventy, and no template language pre-processes anything.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ["11ty.tsx", "11ty.ts"],
};
