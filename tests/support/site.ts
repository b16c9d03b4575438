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
