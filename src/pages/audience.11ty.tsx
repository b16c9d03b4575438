import { ArticleList } from "../components/ArticleCard.tsx";
import { PairList } from "../components/PairList.tsx";
import { ViewToggle } from "../components/ViewToggle.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { AudienceRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("audiences"),
  permalink: (data: PageData<AudienceRoute>) => data.route.path,
};

/** An audience hub: the articles and pairs that concern IT staff, IT managers or users. */
export function render({ site, route: { lang, audience, path } }: PageData<AudienceRoute>) {
  const ctx = pageContext(site, lang, path);
  const { t } = ctx;
  const pairs = site.pairsForAudience(audience.id);
  const articles = site.articlesForAudience(lang, audience.id);
  return (
    <Base ctx={ctx} title={audience[lang].title} description={audience[lang].intro} alternate={paths.audience(otherLang(lang), audience.id)}>
      <header class="page-header">
        <p class="eyebrow">{t("audience")}</p>
        <h1>{audience[lang].title}</h1>
        <p class="lead">{audience[lang].intro}</p>
      </header>
      {articles.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">{t("audience.articles")}</h2>
          <ArticleList ctx={ctx} articles={articles} />
        </section>
      )}
      {pairs.length > 0 && (
        <section aria-labelledby="examples">
          <h2 id="examples">{t("audience.examples")}</h2>
          <ViewToggle ctx={ctx} />
          <PairList ctx={ctx} pairs={pairs} toggleable />
        </section>
      )}
    </Base>
  );
}
