import { pageContext } from "../site/context.ts";
import { feedItems } from "../site/feed-items.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";
import { escapeXml } from "../site/xml.ts";

export const data = {
  pagination: paginate("feeds"),
  permalink: (data: PageData<LangRoute>) => paths.atomFeed(data.route.lang),
};

/** An Atom feed of the articles, per language. */
export function render({ site, route: { lang } }: PageData<LangRoute>): string {
  const ctx = pageContext(site, lang, paths.atomFeed(lang));
  const items = feedItems(ctx, lang);
  const updated = items[0]?.date ?? `${site.buildDate}T00:00:00Z`;
  const entries = items
    .map(
      (item) => `  <entry>
    <id>${escapeXml(item.id)}</id>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(item.url)}"/>
    <updated>${item.date}</updated>
    <summary>${escapeXml(item.summary)}</summary>
    <content type="html">${escapeXml(item.html)}</content>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeXml(site.catalog.site.title[lang])}</title>
  <subtitle>${escapeXml(site.catalog.site.description[lang])}</subtitle>
  <id>${escapeXml(ctx.absolute(paths.home(lang)))}</id>
  <link href="${escapeXml(ctx.absolute(paths.home(lang)))}"/>
  <link rel="self" href="${escapeXml(ctx.absolute(paths.atomFeed(lang)))}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(site.catalog.site.title[lang])}</name></author>
${entries}
</feed>
`;
}
