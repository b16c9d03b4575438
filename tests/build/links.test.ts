import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtSite, htmlFiles, prefixOf, readPage, type SiteVariant } from "../support/site.ts";
import { startTags } from "./start-tags.ts";

const root = path.resolve(import.meta.dirname, "../..");
/** The public origin: canonical and Open Graph URLs point there, and must name real pages too. */
const siteOrigin = new URL((parse(fs.readFileSync(path.join(root, "_data/site.yaml"), "utf8")) as { url: string }).url).origin;
/** A stand-in origin for resolving relative URLs; any URL that leaves it is external. */
const BASE = "http://site.invalid";

/** Attributes that hold one URL, per element (`*` for any element). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  "*": ["href", "src", "action", "formaction", "poster", "xlink:href"],
  object: ["data"],
};

interface Link {
  page: string;
  attribute: string;
  url: string;
}

/** The URL of a built file as a visitor requests it: `en/index.html` is `/en/` under the prefix. */
function urlOf(prefix: string, file: string): string {
  return prefix + file.replace(/(^|\/)index\.html$/, "$1");
}

/** Every URL a page refers to, with the attribute it came from. */
function linksOf(page: string, html: string): Link[] {
  const links: Link[] = [];
  for (const tag of startTags(html)) {
    for (const name of [...URL_ATTRIBUTES["*"]!, ...(URL_ATTRIBUTES[tag.name] ?? [])]) {
      const value = tag.attributes.get(name);
      if (value !== undefined) links.push({ page, attribute: `<${tag.name} ${name}>`, url: value });
    }
    for (const candidate of (tag.attributes.get("srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ page, attribute: `<${tag.name} srcset>`, url });
    }
    // Open Graph and Twitter cards name absolute URLs of this site.
    const property = tag.attributes.get("property") ?? tag.attributes.get("name") ?? "";
    if (tag.name === "meta" && /^(og:(url|image)|twitter:image)$/.test(property)) links.push({ page, attribute: `<meta ${property}>`, url: tag.attributes.get("content") ?? "" });
  }
  return links;
}

/** The ids a fragment can point to on a page (and the legacy `<a name>`). */
function anchorsOf(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of startTags(html)) {
    const id = tag.attributes.get("id");
    if (id) anchors.add(id);
    if (tag.name === "a" && tag.attributes.get("name")) anchors.add(tag.attributes.get("name")!);
  }
  return anchors;
}

interface Checked {
  internal: number;
  fragments: number;
  external: number;
  broken: string[];
}

/**
 * Resolves every link of every page of a build against the files of that build, as a static host
 * would serve them under the path prefix: a path must name a file (a folder only with a trailing
 * slash, through its index.html), and a fragment must name an id on the target page.
 */
function checkLinks(variant: SiteVariant): Checked {
  const dir = builtSite(variant);
  const prefix = prefixOf(variant);
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let found = anchorCache.get(file);
    if (!found) anchorCache.set(file, (found = anchorsOf(readPage(dir, file))));
    return found;
  };
  const result: Checked = { internal: 0, fragments: 0, external: 0, broken: [] };
  // One line per broken URL, not per page: a bad link in the header would otherwise fill the screen.
  const brokenOn = new Map<string, string[]>();
  for (const page of htmlFiles(dir)) {
    for (const link of linksOf(page, readPage(dir, page))) {
      const fail = (reason: string) => {
        const key = `${link.attribute} "${link.url}" ${reason}`;
        brokenOn.set(key, [...(brokenOn.get(key) ?? []), page]);
      };
      if (/^(mailto|tel):/i.test(link.url)) {
        result.external++;
        continue;
      }
      if (link.url.trim() === "" || link.url === "#") {
        fail("is empty");
        continue;
      }
      let url: URL;
      try {
        url = new URL(link.url.startsWith(siteOrigin) ? link.url.slice(siteOrigin.length) || "/" : link.url, BASE + urlOf(prefix, page));
      } catch {
        fail("is not a URL");
        continue;
      }
      if (url.origin !== BASE) {
        if (!/^https?:$/.test(url.protocol)) fail(`uses the scheme ${url.protocol}`);
        result.external++;
        continue;
      }
      result.internal++;
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(prefix)) {
        fail(`leaves the path prefix ${prefix}`);
        continue;
      }
      const relative = pathname.slice(prefix.length);
      const target = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
      const absolute = path.join(dir, target);
      if (!fs.existsSync(absolute)) {
        fail("names no file in the build");
        continue;
      }
      if (fs.statSync(absolute).isDirectory()) {
        fail("names a folder without its trailing slash");
        continue;
      }
      if (!url.hash) continue;
      result.fragments++;
      const fragment = decodeURIComponent(url.hash.slice(1));
      const ids = target.endsWith(".html") ? anchors(target) : anchorsOf(fs.readFileSync(absolute, "utf8"));
      if (!ids.has(fragment)) fail(`points to #${fragment}, which ${target} does not have`);
    }
  }
  result.broken = [...brokenOn].map(([problem, pages]) => `${problem}, on ${pages.length === 1 ? pages[0] : `${pages.length} pages such as ${pages[0]}`}`);
  return result;
}

/** URLs listed in a build's sitemap and feeds, which readers and crawlers follow. */
function feedUrls(dir: string): { file: string; url: string }[] {
  const urls: { file: string; url: string }[] = [];
  const read = (file: string) => (fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), "utf8") : undefined);
  const sitemap = read("sitemap.xml");
  if (sitemap) for (const [, url] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) urls.push({ file: "sitemap.xml", url: url! });
  for (const lang of ["en", "nl"]) {
    const atom = read(`${lang}/feed.xml`);
    if (atom) for (const [, url] of atom.matchAll(/<link[^>]*href="([^"]+)"/g)) urls.push({ file: `${lang}/feed.xml`, url: url!.replace(/&amp;/g, "&") });
    const json = read(`${lang}/feed.json`);
    if (json) {
      const feed = JSON.parse(json) as { home_page_url?: string; feed_url?: string; items?: { url?: string }[] };
      for (const url of [feed.home_page_url, feed.feed_url, ...(feed.items ?? []).map((item) => item.url)]) if (url) urls.push({ file: `${lang}/feed.json`, url });
    }
  }
  return urls;
}

describe.each<SiteVariant>(["root", "prefixed"])("the links of the %s build", (variant) => {
  it("resolve, every one, to a file of the build, and every #fragment to an id on its page", () => {
    const checked = checkLinks(variant);
    expect(checked.broken).toEqual([]);
    // Guards against a check that silently finds nothing to check.
    expect(checked.internal).toBeGreaterThan(htmlFiles(builtSite(variant)).length * 10);
    expect(checked.fragments).toBeGreaterThan(htmlFiles(builtSite(variant)).length);
  });

  it("in the sitemap and the feeds name built pages under the path prefix", () => {
    const dir = builtSite(variant);
    const prefix = prefixOf(variant);
    const urls = feedUrls(dir);
    const broken = urls.filter(({ url }) => {
      if (!url.startsWith(siteOrigin + prefix)) return true;
      const relative = new URL(url).pathname.slice(prefix.length);
      const target = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
      return !fs.existsSync(path.join(dir, decodeURIComponent(target)));
    });
    expect(broken).toEqual([]);
    expect(urls.length).toBeGreaterThan(0);
  });
});
