import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { IMMUTABLE, REVALIDATE } from "../../src/eleventy/headers.ts";
import { CSP_HEADER } from "../../src/site/csp.ts";
import { TEST_PREFIX } from "../support/global-setup.ts";
import { builtSite } from "../support/site.ts";

/**
 * The hosting files in the repository are examples people copy; these tests keep them in step
 * with the code they describe, so that a change to the CSP, the caching or the build output
 * cannot leave a guide behind.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(repo, file), "utf8");

/** The `add_header NAME "VALUE" always;` lines of the nginx example. */
function nginxHeaders(conf: string): Map<string, string> {
  return new Map([...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map(([, name, value]) => [name!, value!]));
}

/** The `_headers` file of a build: pattern to headers. */
function headersRules(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) rules.set(line.trim(), (current = new Map()));
    else current?.set(line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim());
  }
  return rules;
}

describe("the nginx example (deploy/nginx.conf)", () => {
  const conf = read("deploy/nginx.conf");

  it("sends the same Content-Security-Policy as the site's CSP_HEADER", () => {
    expect(nginxHeaders(conf).get("Content-Security-Policy")).toBe(CSP_HEADER);
  });

  it("sends every header that the build's _headers file sets for all URLs", () => {
    const all = headersRules(fs.readFileSync(path.join(builtSite("root"), "_headers"), "utf8")).get("/*");
    expect(all?.size).toBeGreaterThan(0);
    const nginx = nginxHeaders(conf);
    for (const [name, value] of all!) expect(nginx.get(name), name).toBe(value);
  });

  it("caches hashed assets for a year and revalidates everything else, with the values of the _headers file", () => {
    const map = /map \$uri \$ilmitd_cache_control \{([\s\S]*?)\n\}/.exec(conf)?.[1] ?? "";
    const rules = [...map.matchAll(/^\s*(\S+)\s+"([^"]+)";/gm)].map(([, pattern, value]) => [pattern!, value!] as const);
    expect(rules).toContainEqual(["default", REVALIDATE]);
    expect(rules).toContainEqual([`~^${TEST_PREFIX}assets/`, IMMUTABLE]);
    // Only content-hashed files may be immutable: never a page, sw.js or Pagefind's entry file.
    for (const [pattern, value] of rules) {
      if (value !== IMMUTABLE) continue;
      for (const url of ["", "en/", "nl/examples/", "sw.js", "pagefind/pagefind-entry.json", "pagefind/pagefind.js", "en/manifest.webmanifest"]) {
        expect(new RegExp(pattern.slice(1)).test(`${TEST_PREFIX}${url}`), `${pattern} must not match ${url || "the chooser"}`).toBe(false);
      }
    }
    expect(conf).toMatch(/add_header Cache-Control \$ilmitd_cache_control always;/);
  });

  it("serves the site under one sub-path, with a folder's index.html and the site's own 404 page", () => {
    const prefixes = new Set([...conf.matchAll(/(\/docs\/[\w-]+\/?)/g)].map(([match]) => match!.replace(/\/?$/, "/")));
    expect([...prefixes]).toEqual([TEST_PREFIX]);
    expect(conf).toMatch(new RegExp(`location ${TEST_PREFIX} \\{[\\s\\S]*?alias /var/www/ilmitd/;`));
    expect(conf).toMatch(/try_files \$uri \$uri\/ =404;/);
    expect(conf).toContain(`error_page 404 ${TEST_PREFIX}404.html;`);
    expect(fs.existsSync(path.join(builtSite("prefixed"), "404.html"))).toBe(true);
  });

  it("gives every kind of file in the built site a MIME type", () => {
    // What Debian's /etc/nginx/mime.types (nginx 1.22) already maps, and what the example adds.
    const defaults = new Set(["html", "css", "js", "json", "xml", "png", "svg", "txt", "ico", "wasm", "webp", "jpg"]);
    const added = new Map<string, string>();
    for (const [, type, extensions] of (/types \{([\s\S]*?)\}/.exec(conf)?.[1] ?? "").matchAll(/^\s*([\w.+-]+\/[\w.+-]+)\s+([^;]+);/gm)) {
      for (const extension of extensions!.trim().split(/\s+/)) added.set(extension, type!);
    }
    expect(added.get("webmanifest")).toBe("application/manifest+json");
    const site = builtSite("prefixed");
    const extensions = new Set(
      fs
        .readdirSync(site, { recursive: true, encoding: "utf8" })
        .filter((file) => fs.statSync(path.join(site, file)).isFile() && path.basename(file) !== "_headers")
        .map((file) => path.extname(file).slice(1)),
    );
    const untyped = [...extensions].filter((extension) => !defaults.has(extension) && !added.has(extension));
    expect(untyped).toEqual([]);
  });
});

describe("the GitHub Pages workflow (.github/workflows/pages.yml)", () => {
  interface Step { uses?: string; run?: string; with?: Record<string, string> }
  interface Job { needs?: string; steps: Step[] }
  const workflow = parse(read(".github/workflows/pages.yml"), { version: "1.2" }) as { permissions: Record<string, string>; jobs: Record<string, Job> };
  const build = workflow.jobs.build!;
  const deploy = workflow.jobs.deploy!;

  it("installs with npm ci, checks the content, and builds for the repository's sub-path", () => {
    const runs = build.steps.map((step) => step.run).filter(Boolean);
    expect(runs).toEqual(["npm ci", "npm run check", "npm run build -- --pathprefix=/${{ github.event.repository.name }}/"]);
  });

  it("uploads the folder the build writes and deploys it with the Pages actions", () => {
    const upload = build.steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with?.path).toBe("_site");
    expect(read("scripts/build.ts")).toMatch(/output: \{ type: "string", default: "_site" \}/);
    expect(deploy.needs).toBe("build");
    expect(deploy.steps.some((step) => step.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  it("can install with npm ci: package-lock.json lists every content workspace", () => {
    const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { name?: string }> };
    const workspaces = fs.readdirSync(path.join(repo, "content"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `content/${entry.name}`);
    const missing = workspaces.filter((workspace) => !(workspace in lock.packages));
    expect(missing, "run `npm install` so that package-lock.json lists them").toEqual([]);
  });
});

describe("the Netlify configuration (netlify.toml)", () => {
  const toml = read("netlify.toml");
  // The lines of the [build] table: up to the next table header or the end of the file.
  const build = toml.split(/^(?=\[)/m).find((table) => table.startsWith("[build]\n")) ?? "";
  const setting = (name: string) => new RegExp(`^\\s*${name}\\s*=\\s*"([^"]*)"`, "m").exec(build)?.[1];

  it("publishes the folder the build writes", () => {
    expect(setting("publish")).toBe("_site");
  });

  it("builds at the root of the domain, where the _headers rules apply", () => {
    expect(setting("command")).toMatch(/npm run build$/);
    expect(setting("command")).not.toContain("--pathprefix");
    expect(headersRules(fs.readFileSync(path.join(builtSite("root"), "_headers"), "utf8")).has("/*")).toBe(true);
  });
});
