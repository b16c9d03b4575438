import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const projectRoot = path.resolve(import.meta.dirname, "../..");
/** Raise when the bundle options below change: a bundle made with the old ones is then made again. */
const FORMAT = 1;
/** Files that shape the bundle without being in it: JSX settings and the `#jsx` import map. */
const SETTINGS = ["tsconfig.json", "package.json"];
/**
 * File times come from a clock that moves in ticks of a few milliseconds and `Date.now()` drops
 * the fraction of a millisecond, so a file saved just before the bundling began counts as saved
 * during it: bundled again next time, which is only slower.
 */
const CLOCK_MARGIN_MS = 20;
/** The generated entry's name in the bundle; it has no file (the record keeps its text instead). */
const ENTRY_NAME = "site-bundle-entry.ts";

/** What a bundle was made from, to tell whether it still matches the sources. */
interface BundleRecord {
  format: number;
  /** The bundle's file name, by its content: a process that loaded an older bundle never gets it back from Node's module cache. */
  file: string;
  entry: string;
  /** Every source file in the bundle and every settings file, relative to the root, with its size and time. */
  stamps: Record<string, string>;
}

/**
 * The Eleventy config, its plugins and every page as one JavaScript module, for a one-off build.
 *
 * Loaded from the TypeScript, these are about a hundred small modules, and tsx's loader handles
 * each on its own thread while Node waits for the answer. As one module they load in about half
 * the time; with the pages rendered straight from their modules (src/eleventy/tsx-templates.ts),
 * the Eleventy stage at 1,000 articles went from 1.80 to 1.70 s (five alternating runs each). The
 * bundle's entry puts each page module in `bundledPages`, where the template engine takes it
 * from (see src/eleventy/bundled-pages.ts), so the config and the pages share one copy of every
 * module.
 *
 * The bundle is kept in node_modules/.cache and made again only when one of its source files
 * changed (by size and modification time) or a page was added or removed. It has no source map:
 * Node would read it at every load, which costs what the bundle saves. A stack trace from the
 * build therefore names the bundle, whose comments name each source file.
 */
export async function siteBundle(root = projectRoot): Promise<string> {
  // Inside the project, so that the bundle's imports of packages resolve from node_modules as the sources' do.
  const cacheDir = path.join(root, "node_modules/.cache/ilmitd-site");
  const pages = fs.readdirSync(path.join(root, "src/pages"), { recursive: true, encoding: "utf8" }).filter((file) => /\.11ty\.tsx?$/.test(file));
  const entry = entryFor(pages.map((file) => file.split(path.sep).join("/")).sort());
  const recordFile = path.join(cacheDir, "site.json");
  const previous = readRecord(recordFile);
  if (previous && isCurrent(root, previous, entry) && fs.existsSync(path.join(cacheDir, previous.file))) return path.join(cacheDir, previous.file);

  const started = Date.now();
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, sourcefile: ENTRY_NAME, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    // Libraries stay imports, loaded once from node_modules (and by scripts/run-typescript.js before tsx).
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [keepFileLocations],
  });
  const code = result.outputFiles[0]!.contents;
  const file = `site-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
  const sources = [...Object.keys(result.metafile.inputs).filter((input) => input !== ENTRY_NAME), ...SETTINGS];
  fs.mkdirSync(cacheDir, { recursive: true });
  // Renamed into place: builds running side by side (the tests do) never read a half-written file.
  const bundle = path.join(cacheDir, file);
  writeAtomically(bundle, code);
  // A source saved while it was being bundled may be in the bundle as it was before: this build,
  // which started before the edit, uses the bundle, but it is not recorded, so the next one bundles again.
  if (!sources.some((source) => modifiedSince(path.join(root, source), started - CLOCK_MARGIN_MS))) {
    writeAtomically(recordFile, JSON.stringify({ format: FORMAT, file, entry, stamps: stampsOf(root, sources) } satisfies BundleRecord));
  }
  removeOldBundles(cacheDir, file);
  return bundle;
}

function modifiedSince(file: string, time: number): boolean {
  try {
    return fs.statSync(file).mtimeMs >= time;
  } catch {
    return true;
  }
}

/** Bundles from earlier sources, once no build that started with one can still be loading it. */
function removeOldBundles(cacheDir: string, current: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const file of fs.readdirSync(cacheDir)) {
    if (file === current || !/^site-[0-9a-f]+\.mjs$/.test(file)) continue;
    const stale = path.join(cacheDir, file);
    try {
      if (fs.statSync(stale).mtimeMs < hourAgo) fs.rmSync(stale);
    } catch {
      // Another build removed it first.
    }
  }
}

/** The bundle's entry: every page module into `bundledPages`, then the config as the module's exports (and `bundledPages`, for the tests). */
function entryFor(pages: string[]): string {
  const lines = [`import { bundledPages } from "./src/eleventy/bundled-pages.ts";`];
  pages.forEach((file, index) => {
    lines.push(`import * as page${index} from ${JSON.stringify(`./src/pages/${file}`)};`);
    lines.push(`bundledPages.set(${JSON.stringify(file)}, page${index});`);
  });
  lines.push(`export { default, config } from "./eleventy.config.ts";`, `export { bundledPages };`);
  return lines.join("\n");
}

/**
 * Gives every source file the location of its own file, not the bundle's: `import.meta.dirname`
 * finds the project root (src/eleventy/options.ts) and `import.meta.url` the article reader's
 * module (src/content/parallel-articles.ts). Replaced as text, so a comment that names them
 * changes too, harmlessly; `import.meta.resolve` stays, and resolves packages from the bundle as
 * from the source.
 */
const keepFileLocations: esbuild.Plugin = {
  name: "keep-file-locations",
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.promises.readFile(args.path, "utf8");
      const contents = source
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.filename", JSON.stringify(args.path))
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
    });
  },
};

function readRecord(file: string): BundleRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as BundleRecord;
  } catch {
    // No bundle yet, or an unreadable record: make the bundle.
    return undefined;
  }
}

function isCurrent(root: string, record: BundleRecord, entry: string): boolean {
  if (record.format !== FORMAT || record.entry !== entry) return false;
  const now = stampsOf(root, Object.keys(record.stamps));
  return Object.entries(record.stamps).every(([file, stamp]) => now[file] === stamp);
}

function stampsOf(root: string, files: string[]): Record<string, string> {
  const stamps: Record<string, string> = {};
  for (const file of files) {
    try {
      const stat = fs.statSync(path.join(root, file));
      stamps[file] = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      stamps[file] = "missing";
    }
  }
  return stamps;
}

function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}
