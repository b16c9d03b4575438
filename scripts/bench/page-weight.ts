import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes as a file on disk and as a compressing static host serves it (gzip, zlib's default level 6). */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a browser downloads to show one page at first view, before any interaction. */
export interface FirstView {
  page: string;
  html: Bytes;
  css: Bytes & { files: string[] };
  js: Bytes & { files: string[] };
  total: Bytes;
  /** Scripts that block parsing: classic scripts without `defer` or `async`, and inline ones. */
  blockingScripts: string[];
  /** Stylesheets the page links. Fonts would appear as `@font-face` in them. */
  fontFaces: number;
}

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** Start tags of our own generated HTML (double-quoted attributes, comments removed). */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of match[2]!.matchAll(/([^\s"'=<>/]+)(?:="([^"]*)")?/g)) attributes.set(attribute[1]!.toLowerCase(), (attribute[2] ?? "").replaceAll("&amp;", "&"));
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

export function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === "string" ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** The site file behind a URL in a page: the path prefix removed, relative to the site folder. */
function fileOfUrl(url: string, prefix: string, from: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const resolved = url.startsWith("/") ? url : path.posix.join(path.posix.dirname(`/${from}`), url);
  const clean = resolved.split(/[?#]/)[0]!;
  return clean.startsWith(prefix) ? clean.slice(prefix.length) : undefined;
}

/**
 * Modules a script imports statically (`import … from "./chunk.js"`, `import "./x.js"`,
 * `export … from`): the browser fetches them before the script runs. Dynamic `import()` is left
 * out on purpose: that code loads later, on intent.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

/**
 * Everything an HTML page of a built site loads at first view: the page, its stylesheets, its
 * module scripts and, transitively, the modules those import statically.
 */
export function firstView(siteDir: string, page: string, prefix = "/"): FirstView {
  const html = fs.readFileSync(path.join(siteDir, page), "utf8");
  const tags = startTags(html);
  const cssFiles = new Set<string>();
  const jsFiles = new Set<string>();
  const blockingScripts: string[] = [];
  for (const tag of tags) {
    const rel = tag.attributes.get("rel")?.split(/\s+/) ?? [];
    if (tag.name === "link" && rel.includes("stylesheet") && !tag.attributes.has("disabled")) {
      const file = fileOfUrl(tag.attributes.get("href") ?? "", prefix, page);
      if (file) cssFiles.add(file);
    }
    if (tag.name === "link" && rel.includes("modulepreload")) {
      const file = fileOfUrl(tag.attributes.get("href") ?? "", prefix, page);
      if (file) jsFiles.add(file);
    }
    if (tag.name === "script") {
      const type = tag.attributes.get("type") ?? "";
      const src = tag.attributes.get("src");
      const isData = type !== "" && type !== "module" && !/javascript|ecmascript/i.test(type);
      if (isData) continue;
      if (!src) blockingScripts.push("(inline script)");
      else if (type !== "module" && !tag.attributes.has("defer") && !tag.attributes.has("async")) blockingScripts.push(src);
      const file = src ? fileOfUrl(src, prefix, page) : undefined;
      if (file) jsFiles.add(file);
    }
  }
  // Follow static imports until no new module appears.
  for (const queue = [...jsFiles]; queue.length > 0; ) {
    const file = queue.pop()!;
    const code = fs.readFileSync(path.join(siteDir, file), "utf8");
    for (const specifier of staticImports(code)) {
      const target = specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : fileOfUrl(specifier, prefix, file);
      if (target && !jsFiles.has(target)) {
        jsFiles.add(target);
        queue.push(target);
      }
    }
  }
  const sum = (files: Set<string>) => [...files].reduce<Bytes>((total, file) => add(total, bytesOf(fs.readFileSync(path.join(siteDir, file)))), { raw: 0, gzip: 0 });
  const css = sum(cssFiles);
  const js = sum(jsFiles);
  const htmlBytes = bytesOf(html);
  const fontFaces = [...cssFiles].reduce((count, file) => count + (fs.readFileSync(path.join(siteDir, file), "utf8").match(/@font-face/g)?.length ?? 0), 0);
  return {
    page,
    html: htmlBytes,
    css: { ...css, files: [...cssFiles].sort() },
    js: { ...js, files: [...jsFiles].sort() },
    total: add(add(htmlBytes, css), js),
    blockingScripts,
    fontFaces,
  };
}

/** The kind of page an output file is, by its URL pattern (see src/site/paths.ts). */
export function pageType(file: string): string {
  const patterns: [RegExp, string][] = [
    [/^index\.html$/, "language chooser"],
    [/^404\.html$/, "not found"],
    [/^[a-z]{2}\/index\.html$/, "home"],
    [/^[a-z]{2}\/examples\/index\.html$/, "examples"],
    [/^[a-z]{2}\/examples\/[^/]+\/index\.html$/, "pair"],
    [/^[a-z]{2}\/themes\/index\.html$/, "themes"],
    [/^[a-z]{2}\/themes\/[^/]+\/index\.html$/, "theme"],
    [/^[a-z]{2}\/for\/[^/]+\/index\.html$/, "audience"],
    [/^[a-z]{2}\/articles\/index\.html$/, "articles"],
    [/^[a-z]{2}\/articles\/[^/]+\/index\.html$/, "article"],
    [/^[a-z]{2}\/search\/index\.html$/, "search"],
    [/^[a-z]{2}\/health-check\/index\.html$/, "health check"],
    [/^[a-z]{2}\/packages\/index\.html$/, "packages"],
    [/^[a-z]{2}\/offline\/index\.html$/, "offline"],
    [/^[a-z]{2}\/(about|share-your-story)\/index\.html$/, "fixed page"],
  ];
  return patterns.find(([pattern]) => pattern.test(file))?.[1] ?? "other page";
}
