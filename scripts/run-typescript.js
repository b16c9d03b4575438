// @ts-check
/**
 * `node scripts/run-typescript.js SCRIPT.ts [ARGS]`: runs a TypeScript script as `tsx` does, but
 * loads the build's JavaScript libraries first. `npm run build`, `npm start` and the bench's
 * builds start here.
 *
 * Why: once tsx's loader is registered, Node sends every module it imports, plain JavaScript in
 * node_modules included, to the loader's thread and waits for the answer, one round trip each.
 * Eleventy and what it imports are hundreds of modules, and the build's other libraries add
 * more. Loaded before tsx, they are plain Node imports; when the TypeScript asks for them later,
 * it gets the same modules from Node's cache. This takes about 0.3 s off the start of every build.
 *
 * This file is plain JavaScript because it runs before anything can load TypeScript.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { LIBRARIES_LOADED, LOADED_BEFORE_A_BUILD, LOADED_BY_A_BUILD, TSX_REGISTERED } from "./lib/preloaded-libraries.js";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/run-typescript.js SCRIPT.ts [ARGS]");
  process.exit(2);
}

// Eleventy registers a loader hook of its own when it loads, on a thread that takes it about 0.07 s
// to start. The hook re-imports JavaScript modules that changed while Eleventy watches; here none
// ever does: the config, plugins and pages are TypeScript, and `npm start` restarts Eleventy
// when one of them changes (scripts/serve.ts). tsx starts the thread soon after, for itself.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";

const started = performance.now();
const startedCpu = process.cpuUsage();
await Promise.all(LOADED_BY_A_BUILD.map((library) => import(library)));
performance.measure(LIBRARIES_LOADED, { start: started, end: performance.now(), detail: process.cpuUsage(startedCpu) });
await Promise.all(LOADED_BEFORE_A_BUILD.map((library) => import(library)));

// TypeScript for ES modules, with source maps in stack traces (this project has no CommonJS).
(await import("tsx/esm/api")).register();
Object.defineProperty(globalThis, TSX_REGISTERED, { value: true });

// The script sees the command line it would see under tsx: `process.argv[1]` is the script itself.
const scriptPath = path.resolve(script);
process.argv.splice(1, process.argv.length - 1, scriptPath, ...args);
await import(pathToFileURL(scriptPath).href);
