import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { DATA_GLOBAL, SHARED_GROUP, type WorkerData } from "../../src/client/service-worker/data.ts";
import { CHROMIUM_ARGS, chromiumPath } from "../../tests/support/browser.ts";
import { serveStatic } from "../lib/static-server.ts";
import { firstView, pageType, type Bytes, type FirstView } from "./page-weight.ts";

export interface PageTypeWeight {
  type: string;
  pages: number;
  /** The heaviest page of the type at first view (HTML + CSS + JS, gzip), the one budgets are about. */
  heaviest: FirstView;
  /** The median page's first-view total, gzip. */
  medianGzip: number;
}

export interface FirstQueryWeight {
  query: string;
  requests: number;
  /** Bytes of the responses as files. */
  raw: number;
  /** As a compressing host serves them: Pagefind's index files and WebAssembly are gzip already. */
  transferred: number;
  files: string[];
}

export interface PrecacheWeight {
  lang: string;
  files: number;
  raw: number;
  transferred: number;
}

export interface SiteWeight {
  pageTypes: PageTypeWeight[];
  firstQuery: FirstQueryWeight;
  precache: PrecacheWeight[];
}

/** Pagefind's own files are gzip streams already; a host compresses text. */
const ALREADY_COMPRESSED = /\.(pagefind|pf_\w+|png|jpe?g|webp|avif|woff2?)$/;

export function transferredSize(file: string, body: Buffer): number {
  return ALREADY_COMPRESSED.test(file) ? body.length : gzipSync(body).length;
}

/** Per page type: how many pages, and the heaviest and median first view. */
export function weighPageTypes(siteDir: string): PageTypeWeight[] {
  const byType = new Map<string, FirstView[]>();
  const pages = fs
    .readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"))
    .sort();
  for (const page of pages) {
    const type = pageType(page);
    byType.set(type, [...(byType.get(type) ?? []), firstView(siteDir, page)]);
  }
  return [...byType]
    .map(([type, views]) => {
      const sorted = [...views].sort((a, b) => a.total.gzip - b.total.gzip);
      return { type, pages: views.length, heaviest: sorted.at(-1)!, medianGzip: sorted[Math.floor(sorted.length / 2)]!.total.gzip };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** What one language's visitor downloads when the service worker installs (shared group + language group). */
export function weighPrecache(siteDir: string): PrecacheWeight[] {
  const first = fs.readFileSync(path.join(siteDir, "sw.js"), "utf8").split("\n", 1)[0] ?? "";
  const prefix = `self.${DATA_GLOBAL}=`;
  if (!first.startsWith(prefix)) throw new Error("sw.js does not start with the precache data the offline feature writes");
  const data = JSON.parse(first.slice(prefix.length).replace(/;$/, "")) as WorkerData;
  const fileOf = (key: string) => (key === "" || key.endsWith("/") ? `${key}index.html` : key);
  return data.languages.map((lang) => {
    const files = [...(data.groups[SHARED_GROUP] ?? []), ...(data.groups[lang] ?? [])].map(([key]) => fileOf(key));
    let raw = 0;
    let transferred = 0;
    for (const file of files) {
      const body = fs.readFileSync(path.join(siteDir, file));
      raw += body.length;
      transferred += transferredSize(file, body);
    }
    return { lang, files: files.length, raw, transferred };
  });
}

/**
 * A first search in a real browser: open the examples page, press `/`, enter the query, and add up
 * every search request (Pagefind's files, the lazily loaded search code) until the results show.
 */
export async function weighFirstQuery(siteDir: string, query = "password"): Promise<FirstQueryWeight> {
  const server = await serveStatic(siteDir, { prefix: "/" });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/examples/`, { waitUntil: "networkidle" });
    const bodies: Promise<{ file: string; body: Buffer }>[] = [];
    page.on("response", (response) => {
      const file = new URL(response.url()).pathname;
      if (/^\/(pagefind|assets\/chunks)\//.test(file)) bodies.push(response.body().then((body) => ({ file, body })));
    });
    await page.keyboard.press("/");
    await page.waitForSelector("dialog[data-search-dialog][open]");
    // One input, as a paste: typed key by key, a slow machine's pause over the debounce would also search a prefix.
    await page.keyboard.insertText(query);
    await page.waitForFunction((typed) => {
      const status = document.querySelector("dialog[data-search-dialog] [data-search-status]")?.textContent ?? "";
      return /\d/.test(status) && status.includes(typed);
    }, query);
    await page.waitForLoadState("networkidle");
    const responses = await Promise.all(bodies);
    return {
      query,
      requests: responses.length,
      raw: responses.reduce((sum, { body }) => sum + body.length, 0),
      transferred: responses.reduce((sum, { file, body }) => sum + transferredSize(file, body), 0),
      files: responses.map(({ file }) => file).sort(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function weighSite(siteDir: string): Promise<SiteWeight> {
  return { pageTypes: weighPageTypes(siteDir), firstQuery: await weighFirstQuery(siteDir), precache: weighPrecache(siteDir) };
}

export type { Bytes };
