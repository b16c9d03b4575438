// @ts-check
/**
 * esbuild bundles of this project's code, kept in node_modules/.cache and reused while every file
 * that went into one still hashes as it did. scripts/run-typescript.js runs each script as one
 * (so no TypeScript loader is needed), and a one-off build loads Eleventy, its config and the
 * pages as another (scripts/lib/site-bundle.ts).
 *
 * Why bundles: Node resolves, reads and compiles every module on its own, and a TypeScript loader
 * (tsx) adds a round trip to its thread for each. Eleventy alone is about 430 modules: about 0.3 s
 * to import from node_modules, about 0.14 s as one bundle.
 *
 * A bundle has no source map: Node would read it at every load, which costs much of what the
 * bundle saves. A stack trace therefore names the bundle, whose comments name each source file.
 *
 * Plain JavaScript, because the launcher loads it before anything can load TypeScript.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

/**
 * @typedef {object} BundleRequest
 * @property {string} root The project the bundle belongs to: imports resolve from here, and the cache lives in its node_modules.
 * @property {string} name Names the bundle's files in the cache: `<name>-<content hash>.mjs`, and the record `<name>.json`.
 * @property {string} entry The entry module's text; its relative imports are relative to `root`.
 * @property {"all" | string[]} external The packages left as imports and loaded from node_modules: all of them, or these (the rest are bundled).
 */

/**
 * What a bundle was made from, to tell whether it still matches.
 * @typedef {object} BundleRecord
 * @property {string} bundler esbuild's version and this file's own text, hashed: another bundler may bundle differently.
 * @property {string} root The project's folder: the bundle holds its paths, so a moved or copied project bundles again.
 * @property {string} file The bundle's file name, by its content: a process that loaded an older bundle never gets it back from Node's module cache.
 * @property {string} entry
 * @property {"all" | string[]} external
 * @property {Record<string, string>} hashes A hash of every file as it went into the bundle, and of every settings file, by path relative to the root.
 */

/** Files that shape a bundle without being in it: JSX settings, and the `#jsx` import map. */
const SETTINGS = ["tsconfig.json", "package.json"];
/** The entry's name in the bundle; it has no file (the record keeps its text instead). */
const ENTRY_NAME = "bundle-entry.ts";
/** Bundles unused for this long are removed when a newer one of the same name is made. */
const UNUSED_FOR_MS = 3_600_000;

/**
 * The path of a current bundle of `request.entry`: the cached one when its record still matches
 * (a few milliseconds to check), else a new one.
 * @param {BundleRequest} request
 * @returns {Promise<string>}
 */
export async function cachedBundle({ root, name, entry, external }) {
  const cacheDir = path.join(root, "node_modules/.cache/ilmitd-bundles");
  const recordFile = path.join(cacheDir, `${name}.json`);
  const bundler = `${esbuild.version}:${hashOf(fs.readFileSync(import.meta.filename))}`;
  const previous = readRecord(recordFile);
  if (previous && isCurrent(previous, { bundler, root, entry, external })) {
    const bundle = path.join(cacheDir, previous.file);
    try {
      // Marked as in use, so that a process bundling newer sources meanwhile leaves it alone (see removeOldBundles).
      fs.utimesSync(bundle, new Date(), new Date());
      return bundle;
    } catch {
      // Gone: bundle again.
    }
  }

  /** @type {Record<string, string>} */
  const hashes = {};
  const bundlesPackages = external !== "all";
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, sourcefile: ENTRY_NAME, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    ...(bundlesPackages ? { external } : { packages: "external" }),
    // Bundled CommonJS packages `require` Node's own modules, which an ES module can do only through a `require` of its own.
    ...(bundlesPackages ? { banner: { js: `import { createRequire as createBundleRequire } from "node:module";\nconst require = createBundleRequire(import.meta.url);` } } : {}),
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [keepFileLocations(root, hashes)],
  });
  // A file esbuild read by itself (none is expected) is hashed as it is now.
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input !== ENTRY_NAME && !(input in hashes)) hashes[input] = hashOfFile(path.join(root, input));
  }
  for (const setting of SETTINGS) hashes[setting] = hashOfFile(path.join(root, setting));
  const code = /** @type {esbuild.OutputFile} */ (result.outputFiles[0]).contents;
  const file = `${name}-${hashOf(code).slice(0, 16)}.mjs`;
  fs.mkdirSync(cacheDir, { recursive: true });
  const bundle = path.join(cacheDir, file);
  // Named by its content: a bundle that exists is this one. New files are renamed into place, so
  // that processes running side by side (the tests do) never read a half-written file.
  if (!fs.existsSync(bundle)) writeAtomically(bundle, code);
  /** @type {BundleRecord} */
  const record = { bundler, root, file, entry, external, hashes };
  writeAtomically(recordFile, JSON.stringify(record));
  removeOldBundles(cacheDir, name, file);
  return bundle;
}

/**
 * Bundles of the same name made from earlier sources, once unused for an hour: a process that
 * reuses a bundle marks it (see cachedBundle), so one still being loaded is never removed.
 * @param {string} cacheDir
 * @param {string} name
 * @param {string} current
 */
function removeOldBundles(cacheDir, name, current) {
  const unusedSince = Date.now() - UNUSED_FOR_MS;
  for (const file of fs.readdirSync(cacheDir)) {
    // Exactly "<name>-<16 hex digits>.mjs": another name that starts with this one is another bundle.
    if (file === current || !file.startsWith(`${name}-`) || !/^[0-9a-f]{16}\.mjs$/.test(file.slice(name.length + 1))) continue;
    const stale = path.join(cacheDir, file);
    try {
      if (fs.statSync(stale).mtimeMs < unusedSince) fs.rmSync(stale);
    } catch {
      // Another process removed it first.
    }
  }
}

/** `import.meta.dirname`, `.filename` and `.url` as code, not inside a string that names them. */
const IMPORT_META_LOCATION = /(?<!["'`])\bimport\.meta\.(dirname|filename|url)\b/g;

/**
 * Gives every file the location of its own file, not the bundle's: `import.meta.dirname` finds
 * the project root (src/eleventy/options.ts), `import.meta.url` the article reader's module
 * (src/content/parallel-articles.ts), and Eleventy finds its own package.json and `require`s
 * from its own folder. A CommonJS package's `__dirname` and `__filename` likewise. Replaced as
 * text, so a comment that names them changes too, harmlessly; `import.meta.resolve` stays, and
 * resolves packages from the bundle as from the source. Hashes each file as it reads it.
 * @param {string} root
 * @param {Record<string, string>} hashes
 * @returns {esbuild.Plugin}
 */
function keepFileLocations(root, hashes) {
  return {
    name: "keep-file-locations",
    setup(build) {
      build.onLoad({ filter: /\.(?:[cm]?[jt]sx?|json)$/ }, async (args) => {
        const bytes = await fs.promises.readFile(args.path);
        // Hashed as bytes, as `isCurrent` reads them.
        hashes[path.relative(root, args.path)] = hashOf(bytes);
        const source = bytes.toString("utf8");
        const extension = path.extname(args.path);
        if (extension === ".json") return { contents: source, loader: "json" };
        /** @type {Record<string, string>} */
        const location = { dirname: path.dirname(args.path), filename: args.path, url: pathToFileURL(args.path).href };
        let contents = source.replace(IMPORT_META_LOCATION, (_match, /** @type {string} */ key) => JSON.stringify(location[key]));
        for (const name of ["__dirname", "__filename"]) {
          if (new RegExp(`\\b${name}\\b`).test(source) && !new RegExp(`\\b(?:var|let|const|function)\\s+${name}\\b`).test(source)) {
            contents = `var ${name} = ${JSON.stringify(name === "__dirname" ? location.dirname : location.filename)};\n${contents}`;
          }
        }
        return { contents, loader: extension === ".tsx" ? "tsx" : extension === ".ts" || extension === ".mts" || extension === ".cts" ? "ts" : "js" };
      });
    },
  };
}

/**
 * @param {string} file
 * @returns {BundleRecord | undefined}
 */
function readRecord(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    // No bundle yet, or an unreadable record: make the bundle.
    return undefined;
  }
}

/**
 * Whether a bundle still matches: same bundler, project, entry and externals, and every file hashes the same.
 * @param {BundleRecord} record
 * @param {Pick<BundleRecord, "bundler" | "root" | "entry" | "external">} now
 */
function isCurrent(record, now) {
  if (record.bundler !== now.bundler || record.root !== now.root || record.entry !== now.entry) return false;
  if (JSON.stringify(record.external) !== JSON.stringify(now.external)) return false;
  return Object.entries(record.hashes).every(([file, hash]) => hashOfFile(path.join(now.root, file)) === hash);
}

/** @param {string | Uint8Array} content */
function hashOf(content) {
  return createHash("sha256").update(content).digest("hex");
}

/** @param {string} file */
function hashOfFile(file) {
  try {
    return hashOf(fs.readFileSync(file));
  } catch {
    return "missing";
  }
}

/**
 * @param {string} file
 * @param {string | Uint8Array} content
 */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}
