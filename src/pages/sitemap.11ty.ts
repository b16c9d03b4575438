import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";
import { LANGS, type Lang } from "../schemas/common.ts";
import { escapeXml } from "../site/xml.ts";

export const data = { permalink: paths.sitemap() };

/** Every page of both languages, each with its translation as an alternate. */
export function render({ site }: PageData): string {
  const ctx = pageContext(site, "en", paths.sitemap());
  const perLang = (lang: Lang) => [
    paths.home(lang),
    paths.examples(lang),
    paths.themes(lang),
    paths.articles(lang),
    paths.healthCheck(lang),
    paths.packages(lang),
    paths.about(lang),
    paths.shareStory(lang),
    paths.search(lang),
    ...site.pairs.map((pair) => paths.pair(lang, pair.id)),
    ...site.catalog.themes.map((theme) => paths.theme(lang, theme.id)),
    ...site.catalog.audiences.map((audience) => paths.audience(lang, audience.id)),
  ];
  const entries: string[] = [];
  for (const lang of LANGS) {
    const other = otherLang(lang);
    const own = perLang(lang);
    const theirs = perLang(other);
    own.forEach((path, index) => entries.push(entry(path, [[lang, path], [other, theirs[index]!]])));
    for (const article of site.articles[lang]) {
      const alternates: [Lang, string][] = [[lang, paths.article(lang, article.id)]];
      if (site.articleById[other].has(article.id)) alternates.push([other, paths.article(other, article.id)]);
      entries.push(entry(paths.article(lang, article.id), alternates, article.front.date));
    }
  }
  function entry(path: string, alternates: [Lang, string][], lastmod?: string): string {
    const links = alternates.map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(ctx.absolute(href))}"/>`).join("\n");
    return `  <url>\n    <loc>${escapeXml(ctx.absolute(path))}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}${links}\n  </url>`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join("\n")}
</urlset>
`;
}
