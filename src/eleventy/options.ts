import path from "node:path";

/** Settings a build takes from its environment, so that scripts and tests can point one config at other content. */
export interface BuildOptions {
  /** The project root: `_data/` and `src/` live here. */
  root: string;
  /** The folder of workspace content packages; `content/` unless SITE_CONTENT_DIR says otherwise (tests, bench). */
  contentDir: string;
  /** `YYYY-MM-DD`; from SOURCE_DATE_EPOCH when set, so that two builds of one commit are identical. */
  buildDate: string;
  /** "production" writes the search index and the service worker; "development" keeps builds fast and leaves no worker behind. */
  mode: "production" | "development";
  /**
   * Set by `buildSite` for a one-off build: Eleventy runs dry while src/eleventy/page-writer.ts
   * writes the pages, and `buildSite` runs the post-build steps itself (src/eleventy/post-build.ts).
   */
  oneOffBuild: boolean;
}

export function readBuildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const root = path.resolve(import.meta.dirname, "../..");
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  return {
    root,
    contentDir: path.resolve(root, env.SITE_CONTENT_DIR ?? "content"),
    buildDate: new Date(epoch).toISOString().slice(0, 10),
    mode: env.SITE_MODE === "development" ? "development" : "production",
    oneOffBuild: env.SITE_ONE_OFF_BUILD === "1",
  };
}
