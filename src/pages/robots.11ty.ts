import { pageContext } from "../site/context.ts";
import type { PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = { permalink: "/robots.txt" };

/** Everything may be crawled; the sitemap says what there is. */
export function render({ site }: PageData): string {
  const ctx = pageContext(site, "en", "/robots.txt");
  return `User-agent: *\nAllow: /\n\nSitemap: ${ctx.absolute(paths.sitemap())}\n`;
}
