import { pageContext } from "../site/context.ts";
import { feedItems } from "../site/feed-items.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("feeds"),
  permalink: (data: PageData<LangRoute>) => paths.jsonFeed(data.route.lang),
};

/** A JSON Feed 1.1 of the articles, per language. */
export function render({ site, route: { lang } }: PageData<LangRoute>): string {
  const ctx = pageContext(site, lang, paths.jsonFeed(lang));
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: site.catalog.site.title[lang],
      description: site.catalog.site.description[lang],
      language: lang,
      home_page_url: ctx.absolute(paths.home(lang)),
      feed_url: ctx.absolute(paths.jsonFeed(lang)),
      items: feedItems(ctx, lang).map((item) => ({ id: item.id, url: item.url, title: item.title, summary: item.summary, content_html: item.html, date_published: item.date })),
    },
    null,
    2,
  );
}
