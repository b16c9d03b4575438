import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as esbuild from "esbuild";
import { parse } from "yaml";
import { DATA_GLOBAL, keyOfPath, offlineKey, REVISION_LENGTH, SHARED_GROUP, type PrecacheEntry, type UpdateStrings, type WorkerData } from "../client/service-worker/data.ts";
import { LANGS, type Lang } from "../schemas/common.ts";
import type { BuildOptions } from "./options.ts";

/** The budget: what one language's visitor downloads when the worker installs. */
export const PRECACHE_BUDGET_BYTES = 1_500_000;

/** Types a static host compresses; the rest (images, Pagefind's files) are stored compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".xml", ".txt"]);

export interface PrecacheSummary {
  version: string;
  /** Per language: files, raw bytes and bytes transferred (shared group included), and the tiers left to on-demand. */
  languages: Record<string, { files: number; bytes: number; transferBytes: number; onDemand: string[] }>;
}

/**
 * Writes `sw.js` at the root of the site (so its scope is the whole path prefix), under a stable
 * name. In production it carries the precache list: the files of every page, with a revision
 * each; in development a worker that removes itself, so `npm start` leaves nothing behind.
 */
export async function writeServiceWorker(outputDir: string, options: BuildOptions): Promise<PrecacheSummary | undefined> {
  const workerDir = path.join(options.root, "src/client/service-worker");
  if (options.mode === "development") {
    fs.writeFileSync(path.join(outputDir, "sw.js"), await bundle(path.join(workerDir, "dev-sw.ts"), ""));
    return undefined;
  }
  const { data, summary } = await precacheList(outputDir, options.root);
  const banner = `self.${DATA_GLOBAL}=${JSON.stringify(data)};`;
  fs.writeFileSync(path.join(outputDir, "sw.js"), await bundle(path.join(workerDir, "sw.ts"), banner));
  return summary;
}

async function bundle(entry: string, banner: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    // A classic script: module workers are not yet supported by every browser the site serves.
    format: "iife",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    legalComments: "none",
    banner: { js: banner },
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild wrote no service worker");
  return output.text;
}

interface Tier {
  name: string;
  patterns: string[];
  ignores?: string[];
}

/**
 * Groups the built files: `shared` for every visitor, then per language in tiers of falling
 * importance. A language takes whole tiers while it stays within the budget; Pagefind files of a
 * tier left out are cached when first used instead.
 */
async function precacheList(outputDir: string, root: string): Promise<{ data: WorkerData; summary: PrecacheSummary }> {
  const pagefind = readPagefindLanguages(outputDir);
  const shared = await listFiles(outputDir, [
    "index.html",
    "assets/**/*.{js,css}",
    "icons/icon.svg",
    "icons/icon-192.png",
    ...LANGS.map((lang) => `${offlineKey(lang)}index.html`),
    // Pagefind's code (search, and the highlighter result pages load) and entry file.
    "pagefind/*.{js,json}",
  ]);
  const sharedTransfer = shared.reduce((sum, file) => sum + transferSize(outputDir, file), 0);
  const groups: Record<string, PrecacheEntry[]> = { [SHARED_GROUP]: shared.map((file) => entryOf(outputDir, file)) };
  const summary: PrecacheSummary = { version: "", languages: {} };
  for (const lang of LANGS) {
    const index = pagefind[lang];
    const tiers: Tier[] = [
      {
        name: "core",
        patterns: [`${lang}/index.html`, `${lang}/*/index.html`, `${lang}/manifest.webmanifest`, ...(index ? [`pagefind/wasm.${index.wasm}.pagefind`, `pagefind/pagefind.${index.hash}.pf_meta`, `pagefind/filter/${lang}_*.pf_filter`] : [])],
        ignores: [`${offlineKey(lang)}index.html`],
      },
      { name: "pages", patterns: [`${lang}/*/*/**/index.html`] },
      ...(index ? [{ name: "search index", patterns: [`pagefind/index/${lang}_*.pf_index`] }, { name: "search results", patterns: [`pagefind/fragment/${lang}_*.pf_fragment`] }] : []),
    ];
    let transfer = sharedTransfer;
    const files: string[] = [];
    const onDemand: string[] = [];
    for (const tier of tiers) {
      // The core is always precached; later tiers only whole, in order, while the budget holds.
      if (onDemand.length > 0) {
        onDemand.push(tier.name);
        continue;
      }
      const tierFiles = await listFiles(outputDir, tier.patterns, tier.ignores);
      const tierTransfer = sizeWithin(outputDir, tierFiles, tier.name === "core" ? Infinity : PRECACHE_BUDGET_BYTES - transfer);
      if (tier.name !== "core" && transfer + tierTransfer > PRECACHE_BUDGET_BYTES) {
        onDemand.push(tier.name);
        continue;
      }
      transfer += tierTransfer;
      files.push(...tierFiles);
    }
    if (onDemand.length > 0) console.warn(`[service worker] ${lang}: ${onDemand.join(", ")} left out of the precache to stay within ${PRECACHE_BUDGET_BYTES} bytes; cached on use instead.`);
    groups[lang] = files.map((file) => entryOf(outputDir, file));
    summary.languages[lang] = {
      files: shared.length + files.length,
      bytes: [...shared, ...files].reduce((sum, file) => sum + fs.statSync(path.join(outputDir, file)).size, 0),
      transferBytes: transfer,
      onDemand,
    };
  }
  const version = crypto.createHash("sha256").update(JSON.stringify(groups)).digest("hex").slice(0, 12);
  summary.version = version;
  return { data: { version, languages: [...LANGS], groups, ui: readUpdateStrings(root) }, summary };
}

/** Files matching the patterns, relative to the output folder, found by Workbox's own globbing. */
async function listFiles(outputDir: string, patterns: string[], ignores: string[] = []): Promise<string[]> {
  // The one module needed, not the package index, which also loads the bundler behind generateSW (a second per build).
  const { getManifest } = await import("workbox-build/build/get-manifest.js");
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: outputDir,
    globPatterns: patterns,
    globIgnores: ["**/*.map", ...ignores],
    // No file of this site comes near it; the budget, not this limit, decides what is precached.
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  });
  const real = warnings.filter((warning) => !warning.includes("did not match any files"));
  if (real.length > 0) throw new Error(`service worker: ${real.join("; ")}`);
  return (manifestEntries ?? []).map((entry) => (typeof entry === "string" ? entry : entry.url)).sort();
}

function entryOf(outputDir: string, file: string): PrecacheEntry {
  const hash = crypto.createHash("sha256").update(fs.readFileSync(path.join(outputDir, file))).digest("hex");
  return [keyOfPath(file), hash.slice(0, REVISION_LENGTH)];
}

/** Bytes a visitor downloads for a file from a host that compresses text (gzip, default level). */
function transferSize(outputDir: string, file: string): number {
  const full = path.join(outputDir, file);
  return COMPRESSIBLE.has(path.extname(file)) ? zlib.gzipSync(fs.readFileSync(full)).length : fs.statSync(full).size;
}

/** The transfer size of the files, or Infinity as soon as it passes `limit` (no need to compress a huge site's every page). */
function sizeWithin(outputDir: string, files: string[], limit: number): number {
  let total = 0;
  for (const file of files) {
    total += transferSize(outputDir, file);
    if (total > limit) return Infinity;
  }
  return total;
}

interface PagefindLanguage {
  hash: string;
  wasm: string;
}

function readPagefindLanguages(outputDir: string): Partial<Record<Lang, PagefindLanguage>> {
  const file = path.join(outputDir, "pagefind/pagefind-entry.json");
  if (!fs.existsSync(file)) return {};
  const entry = JSON.parse(fs.readFileSync(file, "utf8")) as { languages?: Record<string, PagefindLanguage> };
  return entry.languages ?? {};
}

/** The update prompt's texts, from _data/ui/offline.yaml (the worker hands them to the pages). */
function readUpdateStrings(root: string): Record<string, UpdateStrings> {
  const file = path.join(root, "_data/ui/offline.yaml");
  const ui = parse(fs.readFileSync(file, "utf8")) as Record<string, Partial<Record<Lang, string>> | undefined>;
  const text = (key: string, lang: Lang): string => {
    const value = ui[key]?.[lang];
    if (!value) throw new Error(`_data/ui/offline.yaml: the interface string \`${key}\` has no ${lang} text`);
    return value;
  };
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      { available: text("update.available", lang), reload: text("update.reload", lang), later: text("update.later", lang), elsewhere: text("update.elsewhere", lang) },
    ]),
  );
}
