import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IMMUTABLE, REVALIDATE } from "../../src/eleventy/headers.ts";
import { CSP_HEADER, CSP_META } from "../../src/site/csp.ts";
import { builtSite, htmlFiles, prefixOf, readPage, type SiteVariant } from "../support/site.ts";
import { startTags, type StartTag } from "./start-tags.ts";

const root = path.resolve(import.meta.dirname, "../..");
const variants: SiteVariant[] = ["root", "prefixed"];

/** Pages are read once and shared by the tests below. */
const pageCache = new Map<string, { html: string; tags: StartTag[] }>();
function page(variant: SiteVariant, file: string) {
  const key = `${variant}:${file}`;
  let cached = pageCache.get(key);
  if (!cached) {
    const html = readPage(builtSite(variant), file);
    cached = { html, tags: startTags(html) };
    pageCache.set(key, cached);
  }
  return cached;
}

/** A URL a browser would run as script; browsers ignore tabs, newlines and leading spaces in a scheme. */
const isScriptUrl = (value: string) => /^(javascript|vbscript):|^data:text\/html/i.test(value.replace(/[\u0000-\u0020]/g, ""));
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background", "ping"]);

/** The directives of a policy as a map, so that two policies compare by meaning, not by spacing. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(" ")];
      }),
  );
}

/** The `_headers` file as pattern -> { header name -> value }. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(":");
    current?.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

describe("the Content-Security-Policy", () => {
  it("allows no inline code and no eval, only the WebAssembly that Pagefind needs", () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      // No inline code, no eval, no hosts or wildcards: every script and style is a file from this site.
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*|https?:/);
      const parsed = directives(policy);
      expect(parsed.get("script-src")).toBe("'self' 'wasm-unsafe-eval'");
      expect(parsed.get("style-src")).toBe("'self'");
      expect(parsed.get("default-src")).toBe("'self'");
      expect(parsed.get("object-src")).toBe("'none'");
      expect(parsed.get("base-uri")).toBe("'self'");
    }
  });

  it("is the same policy in the header as in the meta tag, plus the directives only a header can carry", () => {
    const header = directives(CSP_HEADER);
    for (const [name, value] of directives(CSP_META)) expect(header.get(name), name).toBe(value);
    expect(header.get("frame-ancestors")).toBe("'none'");
    // A <meta> policy ignores these; keeping them out of it avoids a console warning on every page.
    for (const headerOnly of ["frame-ancestors", "report-uri", "sandbox"]) expect(directives(CSP_META).has(headerOnly)).toBe(false);
  });
});

describe.each(variants)("every page of the %s build", (variant) => {
  it("carries the policy in a meta tag before anything it governs", () => {
    const wrong: string[] = [];
    for (const file of htmlFiles(builtSite(variant))) {
      const { tags } = page(variant, file);
      const metas = tags.filter((tag) => tag.name === "meta" && tag.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy");
      if (metas.length !== 1) {
        wrong.push(`${file}: ${metas.length} CSP meta tags`);
        continue;
      }
      const meta = metas[0]!;
      if (meta.attributes.get("content") !== CSP_META) wrong.push(`${file}: the meta policy differs from CSP_META`);
      const bodyAt = tags.findIndex((tag) => tag.name === "body");
      if (bodyAt !== -1 && tags.indexOf(meta) > bodyAt) wrong.push(`${file}: the CSP meta tag is not in <head>`);
      // A meta policy only governs what comes after it in the document.
      const first = tags.find((tag) => ["script", "link", "style", "img", "iframe", "base"].includes(tag.name));
      if (first && first.index < meta.index) wrong.push(`${file}: <${first.name}> comes before the CSP meta tag`);
    }
    expect(wrong).toEqual([]);
  });

  it("has no inline script, inline style, event handler attribute or javascript: URL", () => {
    const found: string[] = [];
    for (const file of htmlFiles(builtSite(variant))) {
      const { html, tags } = page(variant, file);
      for (const tag of tags) {
        const where = `${file}: <${tag.name}>`;
        if (tag.name === "script" && !tag.attributes.has("src")) found.push(`${where} inline script`);
        if (tag.name === "style") found.push(`${where} style element`);
        for (const [name, value] of tag.attributes) {
          if (name === "style") found.push(`${where} style="${value}"`);
          if (name.startsWith("on")) found.push(`${where} ${name}="${value}"`);
          if (URL_ATTRIBUTES.has(name) && isScriptUrl(value)) found.push(`${where} ${name}="${value}"`);
        }
        if (tag.name === "meta" && tag.attributes.get("http-equiv")?.toLowerCase() === "refresh") found.push(`${where} meta refresh`);
      }
      for (const body of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
        if (body[1]!.trim() !== "") found.push(`${file}: a <script> element with code inside`);
      }
    }
    expect(found).toEqual([]);
  });

  it("loads scripts and styles only from this site", () => {
    const prefix = prefixOf(variant);
    const foreign: string[] = [];
    for (const file of htmlFiles(builtSite(variant))) {
      for (const tag of page(variant, file).tags) {
        const url = tag.name === "script" ? tag.attributes.get("src") : tag.name === "link" && /\b(stylesheet|modulepreload|preload)\b/.test(tag.attributes.get("rel") ?? "") ? tag.attributes.get("href") : undefined;
        if (url !== undefined && !url.startsWith(prefix)) foreign.push(`${file}: ${url}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe.each(variants)("the _headers file of the %s build", (variant) => {
  const prefix = () => prefixOf(variant);
  const rules = () => parseHeadersFile(fs.readFileSync(path.join(builtSite(variant), "_headers"), "utf8"));

  it("sends CSP_HEADER with every response under the path prefix", () => {
    const all = rules().get(`${prefix()}*`);
    expect(all?.get("content-security-policy")).toBe(CSP_HEADER);
    expect(all?.get("x-content-type-options")).toBe("nosniff");
  });

  it("caches hashed assets forever and revalidates pages, the service worker and the search entry file", () => {
    const cacheOf = (pattern: string) => rules().get(pattern)?.get("cache-control");
    expect(cacheOf(`${prefix()}assets/*`)).toBe(IMMUTABLE);
    for (const pattern of ["", "404.html", "en/*", "nl/*", "sw.js", "pagefind/pagefind-entry.json"]) expect(cacheOf(`${prefix()}${pattern}`), pattern).toBe(REVALIDATE);
  });

  it("never sets Cache-Control twice for one URL, which hosts would join into a contradiction", () => {
    const patterns = [...rules()].filter(([, headers]) => headers.has("cache-control")).map(([pattern]) => pattern);
    const matches = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(url);
    const site = builtSite(variant);
    const urls = fs
      .readdirSync(site, { recursive: true, encoding: "utf8" })
      .filter((file) => fs.statSync(path.join(site, file)).isFile())
      .map((file) => `${prefix()}${file.split(path.sep).join("/")}`);
    const twice = urls.filter((url) => patterns.filter((pattern) => matches(pattern, url)).length > 1);
    expect(twice).toEqual([]);
  });
});

describe("browser code", () => {
  it("never writes inline styles, which the policy would block or which bypass it", () => {
    const clientDir = path.join(root, "src/client");
    const offenders: string[] = [];
    for (const file of fs.readdirSync(clientDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"))) {
      const source = fs.readFileSync(path.join(clientDir, file), "utf8");
      source.split("\n").forEach((line, index) => {
        if (/\.style\s*(\.|\[|=)|\.cssText\b|setAttribute\(\s*["'`]style["'`]|insertRule\(|new CSSStyleSheet|document\.write/.test(line)) offenders.push(`src/client/${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
