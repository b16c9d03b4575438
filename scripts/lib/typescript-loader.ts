/** Set once this process has registered tsx, by any copy of this module. */
const TSX_REGISTERED = Symbol.for("ilmitd.tsx-registered");

/**
 * Eleventy in watch mode (`npm start`, scripts/lib/watch-session.ts) imports eleventy.config.ts
 * and the .11ty.tsx pages from the TypeScript: make sure Node can load it wherever this runs
 * (under scripts/run-typescript.js, which bundles scripts and registers no loader; under `tsx`;
 * in a test runner). Import Eleventy first: once tsx is registered, every module Node loads goes
 * through its thread. A one-off build needs none of this: it is one JavaScript bundle.
 */
export async function ensureTypeScriptLoader(): Promise<void> {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[TSX_REGISTERED] === true) return;
  if (!process.execArgv.some((arg) => /[\\/]tsx[\\/]|^tsx$/.test(arg))) (await import("tsx/esm/api")).register();
  flags[TSX_REGISTERED] = true;
}
