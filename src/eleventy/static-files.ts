import path from "node:path";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/** Files served as they are (icons), relative to the project root; they go to the root of the site. */
export const STATIC_DIR = "src/static";

/** Copied for real in every mode so that search and the worker see them (src/eleventy/page-writer.ts copies them in a dry run). */
export function staticFiles(config: EleventyConfig, options: BuildOptions): void {
  config.addPassthroughCopy({ [path.join(options.root, STATIC_DIR)]: "/" });
  config.setServerPassthroughCopyBehavior("copy");
}
