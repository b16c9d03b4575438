/** The slice of Eleventy's configuration API the plugins use (Eleventy ships no types for it). */
export interface EleventyConfig {
  pathPrefix: string;
  directories: { input: string; output: string };
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void | Promise<void>, options?: T): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: unknown) => unknown): void;
  /** Transforms by name, in the order they run. */
  transforms: Record<string, unknown>;
  addExtension(extensions: string[], options: TemplateExtension): void;
  addPassthroughCopy(map: Record<string, string>): void;
  setServerPassthroughCopyBehavior(mode: "copy" | "passthrough"): void;
  addTemplateFormats(formats: string | string[]): void;
  on(event: "eleventy.before" | "eleventy.after", callback: (event: { directories: { output: string }; runMode: "build" | "watch" | "serve" }) => unknown): void;
  /** Before each watch rebuild, with the changed files as Eleventy names them (`./content/...`, relative to the working folder). */
  on(event: "eleventy.beforeWatch", callback: (changedFiles: string[]) => unknown): void;
  /**
   * Once every page's URL is known and before any page is rendered: each URL with the template it
   * comes from. A page without a URL (`permalink: false`) is listed under the key "false".
   */
  on(event: "eleventy.contentMap", callback: (map: { urlToInputPath: Record<string, unknown> }) => unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  setWatchThrottleWaitTime(ms: number): void;
  setQuietMode(quiet: boolean): void;
  setUseGitIgnore(use: boolean): void;
  ignores: { add(pattern: string): void };
}

/** A custom template language (`addExtension`), as far as this site uses one. */
export interface TemplateExtension {
  /** The built-in engine it extends ("11ty.js"). */
  key: string;
  /** Whether Eleventy reads the file's text for `compile`. */
  read: boolean;
  /** True: the template's data is the `data` export of what `getInstanceFromInputPath` returns. */
  getData: boolean;
  getInstanceFromInputPath(inputPath: string): Promise<unknown>;
  compileOptions: { getCacheKey(text: unknown, inputPath: string): string };
  /** The render function for one template, from its path; given text (not the page itself), for that text. */
  compile(text: unknown, inputPath: string): (data: unknown) => Promise<string>;
}
