import { ArticleList } from "../components/ArticleCard.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { ItemMeta } from "../components/ItemMeta.tsx";
import { PairSides } from "../components/PairSides.tsx";
import { RenderedHtml } from "../components/RenderedHtml.tsx";
import { SearchMeta } from "../components/SearchMeta.tsx";
import { SourceList } from "../components/SourceList.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { PairRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("pairs"),
  permalink: (data: PageData<PairRoute>) => data.route.path,
};

/** One pair: both sides, why it matters, the steps, sources, related reading and neighbours in its theme. */
export function render({ site, route: { lang, pair, path } }: PageData<PairRoute>) {
  const ctx = pageContext(site, lang, path);
  const { t, href } = ctx;
  const text = pair.text[lang];
  const html = pair.html[lang];
  const theme = site.theme(pair.theme);
  const { previous, next } = site.neighbours(pair);
  const related = site.relatedArticles(lang, pair);
  const stories = site.storiesOfPair(lang, pair.id);
  const siblings = site.pairsOfTheme(pair.theme).filter((other) => other !== pair);
  const other = otherLang(lang);
  return (
    <Base ctx={ctx} title={text.title} description={text.hate} alternate={paths.pair(other, pair.id)} searchable ogType="article">
      <Breadcrumbs ctx={ctx} trail={[{ label: t("nav.examples"), path: paths.examples(lang) }, { label: theme[lang].title, path: paths.theme(lang, pair.theme) }]} />
      <article class="pair">
        <SearchMeta ctx={ctx} kind="example" theme={pair.theme} audiences={pair.audiences} packageName={pair.packageName} />
        <header class="page-header">
          <p class="eyebrow">{t("kind.example")}</p>
          <RenderedHtml as="h1" html={html.title} />
          <ItemMeta ctx={ctx} theme={pair.theme} audiences={pair.audiences} />
        </header>
        <PairSides ctx={ctx} pair={pair} headingLevel={2} />
        <section class="why" aria-labelledby="why">
          <h2 id="why">{t("why")}</h2>
          <RenderedHtml as="p" html={html.why} />
        </section>
        <section class="steps" aria-labelledby="steps">
          <h2 id="steps">{t("steps")}</h2>
          <ol>
            {html.steps.map((step) => (
              <RenderedHtml as="li" html={step} />
            ))}
          </ol>
        </section>
        <SourceList ctx={ctx} sources={pair.sources} />
        <p class="other-language">
          <a href={href(paths.pair(other, pair.id))} hreflang={other} lang={other}>
            {t("readInOther")}: {pair.text[other].title}
          </a>
        </p>
      </article>
      <div class="pair-more" data-pagefind-ignore="all">
        {stories.length > 0 && (
          <section aria-labelledby="stories">
            <h2 id="stories">{t("articles.storiesFor")}</h2>
            <ArticleList ctx={ctx} articles={stories} />
          </section>
        )}
        {related.length > 0 && (
          <section aria-labelledby="related">
            <h2 id="related">{t("relatedArticles")}</h2>
            <ArticleList ctx={ctx} articles={related} />
          </section>
        )}
        {siblings.length > 0 && (
          <section aria-labelledby="siblings">
            <h2 id="siblings">{t("relatedPairs")}</h2>
            <ul class="link-list">
              {siblings.map((sibling) => (
                <li>
                  <a href={href(paths.pair(lang, sibling.id))}>
                    <RenderedHtml as="span" html={sibling.html[lang].title} />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {(previous || next) && (
          <nav class="pager" aria-label={theme[lang].title}>
            {previous && (
              <a class="pager__previous" rel="prev" href={href(paths.pair(lang, previous.id))}>
                <span class="pager__label">{t("previous")}</span>
                <RenderedHtml as="span" html={previous.html[lang].title} />
              </a>
            )}
            {next && (
              <a class="pager__next" rel="next" href={href(paths.pair(lang, next.id))}>
                <span class="pager__label">{t("next")}</span>
                <RenderedHtml as="span" html={next.html[lang].title} />
              </a>
            )}
          </nav>
        )}
      </div>
    </Base>
  );
}
