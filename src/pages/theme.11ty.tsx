import { ArticleList } from "../components/ArticleCard.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { PairList } from "../components/PairList.tsx";
import { ViewToggle } from "../components/ViewToggle.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { ThemeRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("themes"),
  permalink: (data: PageData<ThemeRoute>) => data.route.path,
};

/** A theme: its introduction, every pair in it and the articles about it. */
export function render({ site, route: { lang, theme, path } }: PageData<ThemeRoute>) {
  const ctx = pageContext(site, lang, path);
  const { t } = ctx;
  const pairs = site.pairsOfTheme(theme.id);
  const articles = site.articlesOfTheme(lang, theme.id);
  return (
    <Base ctx={ctx} title={theme[lang].title} description={theme[lang].intro} alternate={paths.theme(otherLang(lang), theme.id)}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t("themes.title"), path: paths.themes(lang) }]} />
      <header class="page-header">
        <p class="eyebrow">{t("theme")}</p>
        <h1>{theme[lang].title}</h1>
        <p class="lead">{theme[lang].intro}</p>
      </header>
      {pairs.length > 0 && (
        <section aria-labelledby="examples">
          <h2 id="examples">{t("themes.examples")}</h2>
          <ViewToggle ctx={ctx} />
          <PairList ctx={ctx} pairs={pairs} toggleable />
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">{t("themes.articles")}</h2>
          <ArticleList ctx={ctx} articles={articles} />
        </section>
      )}
    </Base>
  );
}
