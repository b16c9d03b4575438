import type { Article } from "../content/types.ts";
import type { PageContext } from "../site/context.ts";
import { formatDate } from "../site/i18n.ts";
import { paths } from "../site/paths.ts";

export function ArticleCard({ ctx, article, headingLevel = 3 }: { ctx: PageContext; article: Article; headingLevel?: 2 | 3 }) {
  const { lang, href, t } = ctx;
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <article class={`article-card article-card--${article.front.kind}`}>
      <p class="article-card__kind">{t(`kind.${article.front.kind}`)}</p>
      <Heading class="article-card__title">
        <a href={href(paths.article(lang, article.id))}>{article.front.title}</a>
      </Heading>
      <p class="article-card__summary">{article.front.summary}</p>
      <p class="article-card__date">
        <time datetime={article.front.date}>{formatDate(lang, article.front.date)}</time>
      </p>
    </article>
  );
}

export function ArticleList({ ctx, articles, headingLevel = 3 }: { ctx: PageContext; articles: Article[]; headingLevel?: 2 | 3 }) {
  return (
    <ul class="card-grid" role="list">
      {articles.map((article) => (
        <li>
          <ArticleCard ctx={ctx} article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
