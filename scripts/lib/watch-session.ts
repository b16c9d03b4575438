/**
 * Eleventy in watch mode, as `npm start` runs it (development mode, the project config, `watch()`),
 * with rebuilds started by the caller instead of by the file watcher. For the bench's rebuild
 * measurement and the watch-rebuild tests: chokidar is closed after the first build, so that
 * other edits in this working tree cannot start a rebuild in the middle of a measurement or a test.
 */
import fs from "node:fs";
import path from "node:path";
import { searchIndexSettled } from "../../src/eleventy/post-build.ts";
import { ensureTypeScriptLoader } from "./typescript-loader.ts";

/** The watch-mode parts of Eleventy 3.1's API that src/types/eleventy.d.ts leaves out. */
interface WatchingEleventy {
  init(): Promise<void>;
  /** Builds, starts chokidar and returns the function chokidar calls with a changed path. */
  watch(): Promise<(changed: string) => Promise<void>>;
  watcher?: { close(): Promise<void> };
  stopWatch(): Promise<void>;
}

export interface WatchSession {
  /** Runs the rebuild that Eleventy's watcher runs when `changedFile` changes; resolves when the pages are written. */
  rebuild(changedFile: string): Promise<void>;
  /** Resolves when the background search index refresh of the last rebuild has finished. */
  searchIndexSettled(): Promise<void>;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "../..");

/** Starts a development watch session of `contentDir` into `output` (emptied first) and waits for its first build. */
export async function startWatchSession(options: { contentDir: string; output: string }): Promise<WatchSession> {
  process.env.SITE_MODE = "development";
  process.env.SITE_CONTENT_DIR = path.resolve(options.contentDir);
  fs.rmSync(options.output, { recursive: true, force: true });
  // Eleventy first: once tsx is registered, each of its modules would go through tsx's thread.
  const { Eleventy } = await import("@11ty/eleventy");
  await ensureTypeScriptLoader();
  const eleventy = new Eleventy(path.join(root, "src/pages"), path.resolve(options.output), {
    configPath: path.join(root, "eleventy.config.ts"),
    runMode: "watch",
    quietMode: true,
  }) as unknown as WatchingEleventy;
  await eleventy.init();
  const watchRun = await eleventy.watch();
  await eleventy.watcher?.close();
  return {
    rebuild: (changedFile) => watchRun(changedFile),
    searchIndexSettled,
    stop: () => eleventy.stopWatch(),
  };
}
