import path from "node:path";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/** Files served as they are (icons), copied for real in every mode so that search and the worker see them. */
export function staticFiles(config: EleventyConfig, options: BuildOptions): void {
  config.addPassthroughCopy({ [path.join(options.root, "src/static")]: "/" });
  config.setServerPassthroughCopyBehavior("copy");
}
