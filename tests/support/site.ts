import { gunzipSync } from "node:zlib";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";
import { TEST_PREFIX } from "./global-setup.ts";

export type SiteVariant = "root" | "prefixed";

/** The folder of a site built by the global setup. */
export function builtSite(variant: SiteVariant = "root"): string {
  return path.join(inject("sitesDir"), variant);
}

export function prefixOf(variant: SiteVariant): string {
  return variant === "root" ? "/" : TEST_PREFIX;
}

/** Serves a built site on loopback under its prefix, as a static host would. */
export function serveSite(variant: SiteVariant = "root"): Promise<StaticServer> {
  return serveStatic(builtSite(variant), { prefix: prefixOf(variant) });
}

/** Every HTML file of a built site, relative to its folder. */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

export function readPage(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  language: string;
}

/** Every page record Pagefind wrote: one gzip file per page, its JSON after a fixed signature. */
export function fragments(site: string): Fragment[] {
  const dir = path.join(site, "pagefind", "fragment");
  return fs.readdirSync(dir).map((name) => {
    const text = gunzipSync(fs.readFileSync(path.join(dir, name))).toString("utf8");
    const json = JSON.parse(text.slice(text.indexOf("{"))) as Omit<Fragment, "language">;
    return { ...json, language: name.split("_")[0]! };
  });
}

/**
 * Every file under `dir` by its relative path, in path order, with its contents: for comparing
 * whole folders before and after. Folders named in `except` are left out; `encoding` "utf8" gives
 * readable differences for text, "base64" exact ones for any file.
 */
export function snapshotFiles(dir: string, { except = [], encoding = "base64" }: { except?: string[]; encoding?: "utf8" | "base64" } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const skipped = (file: string) => except.some((folder) => file === folder || file.startsWith(`${folder}${path.sep}`));
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, file);
    if (!skipped(file) && fs.statSync(full).isFile()) files[file] = fs.readFileSync(full).toString(encoding);
  }
  return files;
}
