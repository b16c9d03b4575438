import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { siteBundle } from "../../scripts/lib/site-bundle.ts";
import { pageName } from "../../src/eleventy/tsx-templates.ts";

/** What the bundle exports: the config module's exports, and the page modules it registered. */
interface Bundle {
  config: { where: string; file: string };
  bundledPages: Map<string, { render(): string }>;
}

let project: string;

/** A project of the same shape as this one, as small as it can be: a config, the pages map, pages (one in a folder). */
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
    const record = path.join(project, "node_modules/.cache/ilmitd-site/site.json");
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
