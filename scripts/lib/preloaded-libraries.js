// @ts-check
/**
 * The libraries scripts/run-typescript.js loads before tsx, and what it leaves behind for the
 * TypeScript it runs. Plain JavaScript, because the launcher imports it before anything can load
 * TypeScript.
 *
 * A library missing from both lists is no error: it then loads through tsx, only more slowly. The
 * split matters for the bench, and tests/build/run-typescript.test.ts keeps it true.
 */

/** What scripts/build-site.ts imports itself: every build script has loaded these before a build starts. */
export const LOADED_BEFORE_A_BUILD = ["esbuild", "pagefind", "yaml", "zod"];

/**
 * What a build loads only once it runs: Eleventy, and what the config and templates import.
 * Under plain tsx this loading is part of the first build's Eleventy stage, so the first build
 * counts the launcher's time for it as its own and the figures stay comparable.
 */
export const LOADED_BY_A_BUILD = ["@11ty/eleventy", "js-yaml", "markdown-it", "markdown-it-anchor"];

/** The performance measure that covers loading LOADED_BY_A_BUILD. */
export const LIBRARIES_LOADED = "run-typescript:libraries-loaded";

/** A global flag, set once tsx is registered, so that the build does not register a second copy. */
export const TSX_REGISTERED = Symbol.for("ilmitd.tsx-registered");
