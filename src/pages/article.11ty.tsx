import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { ItemMeta } from "../components/ItemMeta.tsx";
import { PairList } from "../components/PairList.tsx";
import { RenderedHtml } from "../components/RenderedHtml.tsx";
import { SearchMeta } from "../components/SearchMeta.tsx";
import { SourceList } from "../components/SourceList.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { formatDate, otherLang } from "../site/i18n.ts";
import type { ArticleRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("articles"),
  permalink: (data: PageData<ArticleRoute>) => data.route.path,
};

/** Reading speed for the "min read" estimate, in words per minute. */
const WORDS_PER_MINUTE = 220;

export function render({ site, route: { lang, article, path } }: PageData<ArticleRoute>) {
  const ctx = pageContext(site, lang, path);
  const { t, href } = ctx;
  const { front } = article;
  const other = otherLang(lang);
  const translation = site.articleById[other].get(article.id);
  const pairs = site.pairsOfArticle(article);
  const pkg = site.packageByName.get(article.packageName);
  const minutes = Math.max(1, Math.round(article.words / WORDS_PER_MINUTE));
  return (
    <Base ctx={ctx} title={front.title} description={front.summary} alternate={translation ? paths.article(other, article.id) : undefined} searchable ogType="article">
      <Breadcrumbs ctx={ctx} trail={[{ label: t("articles.title"), path: paths.articles(lang) }]} />
      <article class={`article article--${front.kind}`}>
        <SearchMeta ctx={ctx} kind={front.kind} theme={front.theme} audiences={front.audiences} packageName={article.packageName} />
        <header class="page-header">
          <p class="eyebrow">{t(`kind.${front.kind}`)}</p>
          <h1>{front.title}</h1>
          <p class="lead" data-pagefind-weight="2">{front.summary}</p>
          <p class="article__byline">
            <time datetime={front.date}>{formatDate(lang, front.date)}</time> · {t("articles.minutes", { count: minutes })}
            {pkg && (
              <>
                {" · "}
                {t("fromPackage")} <a href={href(paths.packages(lang))}>{pkg.manifest.title[lang]}</a>
              </>
            )}
          </p>
          <ItemMeta ctx={ctx} theme={front.theme} audiences={front.audiences} />
        </header>
        {front.kind === "interview" && front.person && (
          <aside class="notice notice--illustrative" aria-label={t("kind.interview")}>
            <p>
              <strong>{t("interview.notice")}</strong>
            </p>
            <p class="person">
              <span class="person__name">{front.person.name}</span>, {front.person.role}, {front.person.organisation}
            </p>
          </aside>
        )}
        {front.kind === "story" && (
          <aside class="notice notice--illustrative" aria-label={t("kind.story")}>
            <p>
              <strong>{t("story.notice")}</strong>
            </p>
          </aside>
        )}
        {article.headings.length >= 3 && (
          <nav class="toc" aria-labelledby="toc-heading" data-pagefind-ignore="all">
            <h2 id="toc-heading">{t("articles.onThisPage")}</h2>
            <ol>
              {article.headings.map((heading) => (
                <li>
                  <a href={`#${heading.id}`}>{heading.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <RenderedHtml className="prose" html={article.html} />
        <SourceList ctx={ctx} sources={front.sources} />
        {translation && (
          <p class="other-language">
            <a href={href(paths.article(other, article.id))} hreflang={other} lang={other}>
              {t("readInOther")}: {translation.front.title}
            </a>
          </p>
        )}
      </article>
      {pairs.length > 0 && (
        <section class="article-pairs" aria-labelledby="article-pairs" data-pagefind-ignore="all">
          <h2 id="article-pairs">{t("articles.relatedPairs")}</h2>
          <PairList ctx={ctx} pairs={pairs} />
        </section>
      )}
    </Base>
  );
}
