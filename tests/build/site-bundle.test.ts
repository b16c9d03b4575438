import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { siteBundle } from "../../scripts/lib/site-bundle.ts";

/** What the bundle exports: the config module's exports, and the page modules it registered. */
interface Bundle {
  config: { where: string; file: string };
  bundledPages: Map<string, { render(): string }>;
}

let project: string;

/** A project of the same shape as this one, as small as it can be: a config, the pages map, pages (one in a folder). */
beforeEach(async () => {
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
  // Older than the bundler's clock margin: a file saved a moment before bundling counts as saved during it.
  await settle();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

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

  it("is reused while no source changed, and made again when a page's source or the list of pages changed, or a source changed while it was bundled", async () => {
    const first = await siteBundle(project);
    const madeAt = fs.statSync(first).mtimeMs;
    expect(await siteBundle(project)).toBe(first);
    expect(fs.statSync(first).mtimeMs).toBe(madeAt);

    fs.writeFileSync(path.join(project, "src/pages/first.11ty.ts"), `export const data = {};\nexport function render(): string { return "first, edited"; }\n`);
    await settle();
    const edited = await siteBundle(project);
    expect(edited).not.toBe(first);
    expect(rendered(await load(edited))).toEqual({ "first.11ty.ts": "first, edited", "nested/deeper.11ty.ts": "deeper", "second.11ty.ts": "second" });

    // A source saved while it was being bundled (here: dated after the bundling began) is bundled again next time.
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(project, "src/pages/first.11ty.ts"), future, future);
    const during = await siteBundle(project);
    const rebundledAt = fs.statSync(during).mtimeMs;
    await settle();
    expect(await siteBundle(project)).toBe(during);
    expect(fs.statSync(during).mtimeMs).toBeGreaterThan(rebundledAt);

    fs.writeFileSync(path.join(project, "src/pages/third.11ty.ts"), `export const data = {};\nexport function render(): string { return "third"; }\n`);
    expect(Object.keys(rendered(await load(await siteBundle(project))))).toEqual(["first.11ty.ts", "nested/deeper.11ty.ts", "second.11ty.ts", "third.11ty.ts"]);
  });
});
