import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const projectRoot = path.resolve(import.meta.dirname, "../..");
/** Files that shape the bundle without being in it: JSX settings and the `#jsx` import map. */
const SETTINGS = ["tsconfig.json", "package.json"];
/** The generated entry's name in the bundle; it has no file (the record keeps its text instead). */
const ENTRY_NAME = "site-bundle-entry.ts";

/** What a bundle was made from, to tell whether it still matches the sources. */
interface BundleRecord {
  /** The bundler: esbuild's version and this file's own text, hashed. Another bundler may bundle differently. */
  bundler: string;
  /** The project the bundle belongs to: it holds that folder's paths, so a moved or copied project bundles again. */
  root: string;
  /** The bundle's file name, by its content: a process that loaded an older bundle never gets it back from Node's module cache. */
  file: string;
  entry: string;
  /** A hash of every source file as it went into the bundle, and of every settings file, by path relative to the root. */
  hashes: Record<string, string>;
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
 * The bundle is kept in node_modules/.cache and made again when one of its source files no longer
 * hashes as it did when it was bundled (a few milliseconds to check), when a page was added or
 * removed, or when the project moved or the bundler changed. It has no source map:
 * Node would read it at every load, which costs what the bundle saves. A stack trace from the
 * build therefore names the bundle, whose comments name each source file.
 */
export async function siteBundle(root = projectRoot): Promise<string> {
  // Inside the project, so that the bundle's imports of packages resolve from node_modules as the sources' do.
  const cacheDir = path.join(root, "node_modules/.cache/ilmitd-site");
  const pages = fs.readdirSync(path.join(root, "src/pages"), { recursive: true, encoding: "utf8" }).filter((file) => /\.11ty\.tsx?$/.test(file));
  const entry = entryFor(pages.map((file) => file.split(path.sep).join("/")).sort());
  const recordFile = path.join(cacheDir, "site.json");
  const bundler = `${esbuild.version}:${hashOf(fs.readFileSync(import.meta.filename))}`;
  const previous = readRecord(recordFile);
  if (previous && isCurrent(previous, { bundler, root, entry })) {
    const bundle = path.join(cacheDir, previous.file);
    try {
      // Marked as in use, so that a build bundling newer sources meanwhile leaves it alone (see removeOldBundles).
      fs.utimesSync(bundle, new Date(), new Date());
      return bundle;
    } catch {
      // Gone: bundle again.
    }
  }

  // Each source is hashed as it goes into the bundle, so the record describes exactly what was bundled.
  const hashes: Record<string, string> = {};
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
    plugins: [keepFileLocations(root, hashes)],
  });
  const code = result.outputFiles[0]!.contents;
  const file = `site-${hashOf(code).slice(0, 16)}.mjs`;
  for (const setting of SETTINGS) hashes[setting] = hashOfFile(path.join(root, setting));
  fs.mkdirSync(cacheDir, { recursive: true });
  const bundle = path.join(cacheDir, file);
  // Named by its content: a bundle that exists is this one. New files are renamed into place, so
  // that builds running side by side (the tests do) never read a half-written file.
  if (!fs.existsSync(bundle)) writeAtomically(bundle, code);
  writeAtomically(recordFile, JSON.stringify({ bundler, root, file, entry, hashes } satisfies BundleRecord));
  removeOldBundles(cacheDir, file);
  return bundle;
}

/**
 * Bundles of earlier sources, once unused for an hour: a build that reuses a bundle marks it (see
 * siteBundle), so one still being loaded is never removed.
 */
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
 * from the source. Hashes each source as it reads it, into `hashes`.
 */
function keepFileLocations(root: string, hashes: Record<string, string>): esbuild.Plugin {
  return {
    name: "keep-file-locations",
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await fs.promises.readFile(args.path, "utf8");
        hashes[path.relative(root, args.path)] = hashOf(source);
        const contents = source
          .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
          .replaceAll("import.meta.filename", JSON.stringify(args.path))
          .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
        return { contents, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    },
  };
}

function readRecord(file: string): BundleRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as BundleRecord;
  } catch {
    // No bundle yet, or an unreadable record: make the bundle.
    return undefined;
  }
}

/** Whether a bundle still matches the sources: same bundler, project and pages, and every file hashes the same. */
function isCurrent(record: BundleRecord, now: Pick<BundleRecord, "bundler" | "root" | "entry">): boolean {
  if (record.bundler !== now.bundler || record.root !== now.root || record.entry !== now.entry) return false;
  return Object.entries(record.hashes).every(([file, hash]) => hashOfFile(path.join(now.root, file)) === hash);
}

function hashOf(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

function hashOfFile(file: string): string {
  try {
    return hashOf(fs.readFileSync(file));
  } catch {
    return "missing";
  }
}

function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}
