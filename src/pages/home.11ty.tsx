import { ArticleList } from "../components/ArticleCard.tsx";
import { PairCard } from "../components/PairCard.tsx";
import { ThemeList } from "../components/ThemeList.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.home(data.route.lang),
};

/** The front door: a featured pair, entry points per audience, the health check, themes and new articles. */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.home(lang));
  const { t, href } = ctx;
  const featured = site.featuredPair();
  const latest = site.articles[lang].filter((article) => article.front.kind !== "story").slice(0, 4);
  return (
    <Base ctx={ctx} title={site.catalog.site.title[lang]} alternate={paths.home(otherLang(lang))}>
      <header class="hero">
        <h1>{site.catalog.site.title[lang]}</h1>
        <p class="lead">{t("home.tagline")}</p>
        <form class="hero-search" action={href(paths.search(lang))} method="get" role="search">
          <label for="hero-q" class="visually-hidden">
            {t("search.label")}
          </label>
          <input id="hero-q" type="search" name="q" placeholder={t("search.placeholder")} data-search-intent autocomplete="off" />
          <button type="submit">{t("nav.search")}</button>
        </form>
      </header>
      <section class="audiences" aria-labelledby="audiences">
        <h2 id="audiences">{t("home.audiences")}</h2>
        <ul class="card-grid" role="list">
          {site.catalog.audiences.map((audience) => (
            <li class="audience-card">
              <h3>
                <a href={href(paths.audience(lang, audience.id))}>{audience[lang].title}</a>
              </h3>
              <p>{audience[lang].intro}</p>
            </li>
          ))}
        </ul>
      </section>
      {featured && (
        <section class="featured" aria-labelledby="featured">
          <h2 id="featured">{t("home.featured")}</h2>
          <PairCard ctx={ctx} pair={featured} />
          <p>
            <a class="button" href={href(paths.examples(lang))}>
              {t("home.allExamples")} ({site.pairs.length})
            </a>
          </p>
        </section>
      )}
      <section class="health-check-teaser" aria-labelledby="health-check">
        <h2 id="health-check">{t("healthCheck.title")}</h2>
        <p>{t("home.healthCheck")}</p>
        <p>
          <a class="button button--primary" href={href(paths.healthCheck(lang))}>
            {t("home.healthCheckLink")}
          </a>
        </p>
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="latest">
          <h2 id="latest">{t("home.latest")}</h2>
          <ArticleList ctx={ctx} articles={latest} />
          <p>
            <a href={href(paths.articles(lang))}>{t("home.allArticles")}</a>
          </p>
        </section>
      )}
      <section aria-labelledby="themes">
        <h2 id="themes">{t("home.themes")}</h2>
        <ThemeList ctx={ctx} headingLevel={3} />
      </section>
    </Base>
  );
}
