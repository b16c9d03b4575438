// @ts-check
/**
 * `node scripts/run-typescript.js SCRIPT.ts [ARGS]`: runs a TypeScript script as `tsx` does, but as
 * one esbuild bundle of the script and the project files it imports, with no TypeScript loader.
 * `npm run build`, `npm start`'s development server and the bench's builds start here.
 *
 * Why: once tsx's loader is registered, Node sends every module it imports, plain JavaScript in
 * node_modules included, to the loader's thread and waits for the answer, one round trip each;
 * registering it alone blocks for about 0.08 s while that thread starts. The bundle is kept in
 * node_modules/.cache and reused while its sources are unchanged (scripts/lib/cached-bundle.js).
 * Packages stay imports, loaded from node_modules as under tsx.
 *
 * What the script loads later from the TypeScript, by a path it works out (Eleventy's config and
 * pages in watch mode), needs a loader after all: it calls `ensureTypeScriptLoader`
 * (scripts/lib/typescript-loader.ts) first. A thread that runs TypeScript registers tsx for itself
 * (src/content/parallel-articles.ts).
 *
 * This file is plain JavaScript because it runs before anything can load TypeScript.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cachedBundle } from "./lib/cached-bundle.js";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/run-typescript.js SCRIPT.ts [ARGS]");
  process.exit(2);
}

// Eleventy registers a loader hook of its own when it loads, on a thread that takes it about 0.07 s
// to start. The hook re-imports JavaScript modules that changed while Eleventy watches; here none
// ever does: the config, plugins and pages are TypeScript, and `npm start` restarts Eleventy
// when one of them changes (scripts/serve.ts).
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";

const root = path.resolve(import.meta.dirname, "..");
const scriptPath = path.resolve(script);
const bundle = await cachedBundle({
  root,
  // One bundle per script: "scripts/build.ts" is kept as "script-scripts-build-ts".
  name: `script-${path.relative(root, scriptPath).replace(/[^A-Za-z0-9]+/g, "-")}`,
  entry: `import ${JSON.stringify(scriptPath)};`,
  external: "all",
});

// The script sees the command line it would see under tsx: `process.argv[1]` is the script itself.
process.argv.splice(1, process.argv.length - 1, scriptPath, ...args);
await import(pathToFileURL(bundle).href);
