import type { Lang } from "../schemas/common.ts";
import type { PageContext } from "./context.ts";
import { paths } from "./paths.ts";

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Safe HTML of the whole article. */
  html: string;
  date: string;
}

/** The newest articles of one language, the same list for the Atom and the JSON feed. */
export function feedItems(ctx: PageContext, lang: Lang, limit = 50): FeedItem[] {
  return ctx.site.articles[lang].slice(0, limit).map((article) => ({
    id: ctx.absolute(paths.article(lang, article.id)),
    url: ctx.absolute(paths.article(lang, article.id)),
    title: article.front.title,
    summary: article.front.summary,
    html: article.html,
    date: `${article.front.date}T00:00:00Z`,
  }));
}
