import fs from "node:fs";
import { isBuiltin } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SITE_BUNDLE_EXTERNAL, siteBundle } from "../../scripts/lib/site-bundle.ts";
import { pageName } from "../../src/eleventy/tsx-templates.ts";
import { packageName, packagesImportedBy } from "../support/import-graph.ts";

/** What the bundle exports: the config module's exports, and the page modules it registered. */
interface Bundle {
  config: { where: string; file: string };
  bundledPages: Map<string, { render(): string }>;
}

let project: string;

/** A project of the same shape as this one, as small as it can be: a config, the pages map, pages (one in a folder), and Eleventy installed. */
beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-bundle-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), text);
  };
  write("package.json", JSON.stringify({ type: "module" }));
  write("tsconfig.json", "{}");
  write("eleventy.config.ts", `export default function () {}\nexport const config = { where: import.meta.dirname, file: import.meta.url };\n`);
  write("src/eleventy/bundled-pages.ts", `export const bundledPages = new Map<string, unknown>();\n`);
  write("src/pages/first.11ty.ts", `export const data = {};\nexport function render(): string { return "first"; }\n`);
  write("src/pages/second.11ty.ts", `export const data = {};\nexport function render(): string { return "second"; }\n`);
  write("src/pages/nested/deeper.11ty.ts", `export const data = {};\nexport function render(): string { return "deeper"; }\n`);
  fs.mkdirSync(path.join(project, "node_modules"));
  fs.symlinkSync(path.join(import.meta.dirname, "../../node_modules/@11ty"), path.join(project, "node_modules/@11ty"));
});

/** Long enough for a rewritten file to get a later modification time. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  fs.rmSync(project, { recursive: true, force: true });
});

const load = async (bundle: string) => (await import(pathToFileURL(bundle).href)) as Bundle;
const rendered = (bundle: Bundle) => Object.fromEntries([...bundle.bundledPages].map(([name, page]) => [name, page.render()]));

describe("the site bundle", () => {
  it("holds the config and every page, each source keeping its own file's location", async () => {
    const bundle = await load(await siteBundle(project));
    expect(bundle.config).toEqual({ where: project, file: pathToFileURL(path.join(project, "eleventy.config.ts")).href });
    expect(rendered(bundle)).toEqual({ "first.11ty.ts": "first", "nested/deeper.11ty.ts": "deeper", "second.11ty.ts": "second" });
  });

  it("names each page as the template engine looks it up from Eleventy's paths, folders included", async () => {
    const bundle = await load(await siteBundle(project));
    const eleventyPaths = ["first.11ty.ts", "nested/deeper.11ty.ts", "second.11ty.ts"].map((file) => path.join(project, "src/pages", file));
    expect(eleventyPaths.map((inputPath) => pageName(path.join(project, "src/pages"), inputPath))).toEqual([...bundle.bundledPages.keys()]);
    // Eleventy names them relative to the working folder, with "./" in front.
    expect(pageName("./src/pages/", "./src/pages/nested/deeper.11ty.tsx")).toBe("nested/deeper.11ty.tsx");
  });

  it("is reused while no source changed, and made again when a page's text or the list of pages changed", async () => {
    const record = path.join(project, "node_modules/.cache/ilmitd-bundles/site.json");
    const first = await siteBundle(project);
    const recordedAt = fs.statSync(record).mtimeMs;
    await settle();
    expect(await siteBundle(project)).toBe(first);
    expect(fs.statSync(record).mtimeMs).toBe(recordedAt);

    // The same size and the same modification time: only the text tells the edit apart.
    const page = path.join(project, "src/pages/first.11ty.ts");
    const { atime, mtime } = fs.statSync(page);
    fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace('"first"', '"FIRST"'));
    fs.utimesSync(page, atime, mtime);
    const edited = await siteBundle(project);
    expect(edited).not.toBe(first);
    expect(rendered(await load(edited))).toEqual({ "first.11ty.ts": "FIRST", "nested/deeper.11ty.ts": "deeper", "second.11ty.ts": "second" });

    fs.writeFileSync(path.join(project, "src/pages/third.11ty.ts"), `export const data = {};\nexport function render(): string { return "third"; }\n`);
    expect(Object.keys(rendered(await load(await siteBundle(project))))).toEqual(["first.11ty.ts", "nested/deeper.11ty.ts", "second.11ty.ts", "third.11ty.ts"]);
  });

  it("is made again for a copy of the project, whose files keep their times, so that it holds the copy's own paths", async () => {
    await siteBundle(project);
    const copy = `${project}-copy`;
    fs.cpSync(project, copy, { recursive: true, preserveTimestamps: true });
    try {
      const bundle = await load(await siteBundle(copy));
      expect(bundle.config.where).toBe(copy);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("this site's bundle", () => {
  const root = path.resolve(import.meta.dirname, "../..");

  it("leaves as imports every package scripts/build-site.ts imports, so that a build loads one copy of each", () => {
    expect(SITE_BUNDLE_EXTERNAL).toEqual(expect.arrayContaining([...packagesImportedBy(["scripts/build-site.ts"], root)]));
  });

  it("holds Eleventy and the other libraries itself, and imports from node_modules only the packages it leaves out on purpose", async () => {
    // What the bundle imports, as esbuild reads it.
    const bundle = await siteBundle(root);
    const { metafile } = await esbuild.build({ entryPoints: [bundle], bundle: true, packages: "external", write: false, metafile: true, logLevel: "silent", format: "esm", platform: "node" });
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.path));
    const packages = new Set(imports.filter((specifier) => !isBuiltin(specifier) && !specifier.startsWith(".") && !path.isAbsolute(specifier)).map(packageName));
    expect([...packages].filter((name) => !SITE_BUNDLE_EXTERNAL.includes(name))).toEqual([]);
    expect(packages).not.toContain("@11ty/eleventy");
    expect(typeof ((await import(pathToFileURL(bundle).href)) as { Eleventy: unknown }).Eleventy).toBe("function");
  });
});
