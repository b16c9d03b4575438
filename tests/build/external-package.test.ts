import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";
import { loadCatalog } from "../../src/content/catalog.ts";
import { formatProblems } from "../../src/content/problems.ts";
import { launchBrowser, strictPage } from "../support/browser-session.ts";
import { htmlFiles, readPage } from "../support/site.ts";

/**
 * The documented path for content published outside this repository, step by step as a site
 * owner takes it: `npm install` the package, name it under `packages:` in `_data/site.yaml`,
 * then check and build. The package is the fixture, packed into a real tarball by `npm pack`.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(repo, "tests/fixtures/external-package");
const workspaceContent = path.join(repo, "tests/fixtures/content/valid");
const NAME = "@example/it-content-sample";

let work: string;
let tarball: string;
let packedFiles: string[];
/** A project root like a clone of this repository: its own package.json, `_data` and node_modules. */
let project: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-external-"));
  // `npm pack` needs no network; --json says which file it wrote and what is in it.
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: fixture, encoding: "utf8" })) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, packed!.filename);
  packedFiles = packed!.files.map((file) => file.path).sort();

  project = path.join(work, "site");
  fs.mkdirSync(project);
  // A clone keeps this repository's module settings: ES modules, and `#jsx/...` for the templates' JSX runtime.
  const { type, imports } = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { type: string; imports: Record<string, string> };
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "a-site-with-installed-content", private: true, type, imports }, null, 2));
  fs.cpSync(path.join(repo, "_data"), path.join(project, "_data"), { recursive: true });
  nameInstalledPackages(project, [NAME]);
  // The tarball has no dependencies and is a local file, so npm installs it without the network.
  execFileSync("npm", ["install", tarball, "--no-save", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: project, encoding: "utf8", stdio: "pipe" });
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** Sets `packages:` in a project's `_data/site.yaml`, as the hosting guide tells a site owner to. */
function nameInstalledPackages(root: string, names: string[]): void {
  const file = path.join(root, "_data/site.yaml");
  const text = fs.readFileSync(file, "utf8");
  if (!/^packages: \[\]$/m.test(text)) throw new Error("_data/site.yaml no longer has the line `packages: []` this test replaces");
  fs.writeFileSync(file, text.replace(/^packages: \[\]$/m, `packages: [${names.map((name) => JSON.stringify(name)).join(", ")}]`));
}

describe("an external content package, from npm pack to npm install", () => {
  it("packs the manifest, the pairs and the articles of the fixture", () => {
    expect(packedFiles).toEqual(["README.md", "articles/en/external-sample-story.md", "articles/nl/external-sample-story.md", "package.json", "pairs.yaml"]);
  });

  it("is installed where Node resolves it from the project root", () => {
    const installed = JSON.parse(fs.readFileSync(path.join(project, "node_modules", NAME, "package.json"), "utf8")) as { name: string };
    expect(installed.name).toBe(NAME);
  });

  it("joins the catalog as an installed package, with its pair and its story in both languages", () => {
    const empty = path.join(work, "no-workspaces");
    fs.mkdirSync(empty);
    const result = loadCatalog({ root: project, contentDir: empty });
    if (!result.ok) expect.fail(formatProblems(result.problems.items));
    const { packages, pairs, articles } = result.catalog;
    expect(packages.map((pkg) => [pkg.name, pkg.origin])).toEqual([[NAME, "installed"]]);
    expect(pairs.map((pair) => [pair.id, pair.packageName])).toEqual([["external-sample-pair", NAME]]);
    expect(articles.map((article) => `${article.lang}:${article.id}:${article.front.kind}`).sort()).toEqual(["en:external-sample-story:story", "nl:external-sample-story:story"]);
  });

  it("sits beside the workspace packages, ordered by its manifest", () => {
    const result = loadCatalog({ root: project, contentDir: workspaceContent });
    if (!result.ok) expect.fail(formatProblems(result.problems.items));
    expect(result.catalog.packages.map((pkg) => [pkg.name, pkg.origin])).toEqual([["@fixtures/sample", "workspace"], [NAME, "installed"]]);
  });

  it("stays out of the site while site.yaml does not name it, even when it is installed", () => {
    const unnamed = path.join(work, "unnamed");
    fs.cpSync(project, unnamed, { recursive: true });
    fs.writeFileSync(path.join(unnamed, "_data/site.yaml"), fs.readFileSync(path.join(repo, "_data/site.yaml")));
    const result = loadCatalog({ root: unnamed, contentDir: workspaceContent });
    if (!result.ok) expect.fail(formatProblems(result.problems.items));
    expect(result.catalog.packages.map((pkg) => pkg.name)).toEqual(["@fixtures/sample"]);
  });

  it("tells the site owner to npm install a package that site.yaml names but nobody installed", () => {
    const missing = path.join(work, "missing");
    fs.mkdirSync(missing);
    fs.writeFileSync(path.join(missing, "package.json"), "{}");
    fs.cpSync(path.join(repo, "_data"), path.join(missing, "_data"), { recursive: true });
    nameInstalledPackages(missing, [NAME]);
    const result = loadCatalog({ root: missing, contentDir: workspaceContent });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.items).toContainEqual({ file: "_data/site.yaml", field: "packages", message: `names \`${NAME}\`, which is not installed: run \`npm install ${NAME}\`` });
  });
});

describe("a site built from a project that installed an external content package", () => {
  let out: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // The project becomes a full copy of this site's code, as a clone would be; its node_modules
    // keeps the installed package and borrows everything else from this repository's.
    for (const entry of ["eleventy.config.ts", "tsconfig.json", "src", "scripts"]) fs.cpSync(path.join(repo, entry), path.join(project, entry), { recursive: true });
    for (const entry of fs.readdirSync(path.join(repo, "node_modules"))) {
      const target = path.join(project, "node_modules", entry);
      if (!entry.startsWith(".") && !fs.existsSync(target)) fs.symlinkSync(path.join(repo, "node_modules", entry), target);
    }
    out = path.join(work, "built");
    const check = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", "--content", workspaceContent], { cwd: project, encoding: "utf8" });
    if (check.status !== 0) throw new Error(`npm run check failed in the project:\n${check.stdout}${check.stderr}`);
    const build = spawnSync(process.execPath, ["scripts/run-typescript.js", "scripts/build.ts", "--output", out, "--content", workspaceContent], { cwd: project, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`the build failed in the project:\n${build.stdout}${build.stderr}`);
    server = await serveStatic(out);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has the installed pair and story pages in English and in Dutch", () => {
    const files = htmlFiles(out);
    for (const lang of ["en", "nl"]) {
      expect(files).toContain(`${lang}/examples/external-sample-pair/index.html`);
      expect(files).toContain(`${lang}/articles/external-sample-story/index.html`);
    }
    expect(readPage(out, "en/examples/external-sample-pair/index.html")).toContain("Twenty tickets for one broken turnstile");
    expect(readPage(out, "nl/articles/external-sample-story/index.html")).toContain("De maandag dat de draaihekken nee zeiden");
  });

  it("lists the installed package on the packages page", () => {
    expect(readPage(out, "en/packages/index.html")).toContain("An installed sample package");
    expect(readPage(out, "nl/packages/index.html")).toContain("Een geïnstalleerd voorbeeldpakket");
  });

  it("finds the installed pair and story with the site's search, in each language", async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    const search = async (lang: string, term: string) => {
      await page.goto(`${server.url}${lang}/`);
      // Pagefind's own browser API, loaded as the site's search code loads it. Passed as source
      // text: the test runner would rewrite an import() written in this file.
      const urls: unknown = await page.evaluate(`(async () => {
        const pagefind = await import(location.origin + "/pagefind/pagefind.js");
        await pagefind.options({ baseUrl: "/", noWorker: true });
        const response = await pagefind.search(${JSON.stringify(term)});
        return Promise.all(response.results.map(async (result) => (await result.data()).url));
      })()`);
      return urls as string[];
    };
    expect(await search("en", "turnstile")).toEqual(expect.arrayContaining(["/en/examples/external-sample-pair/", "/en/articles/external-sample-story/"]));
    expect(await search("nl", "draaihekken")).toEqual(expect.arrayContaining(["/nl/examples/external-sample-pair/", "/nl/articles/external-sample-story/"]));
    expect(problems).toEqual([]);
    await context.close();
  });
});
