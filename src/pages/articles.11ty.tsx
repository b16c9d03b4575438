import { ArticleList } from "../components/ArticleCard.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";
import { ARTICLE_KINDS } from "../schemas/article.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.articles(data.route.lang),
};

/** All articles of one language, by kind, newest first. */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.articles(lang));
  const { t } = ctx;
  return (
    <Base ctx={ctx} title={t("articles.title")} description={t("articles.intro")} alternate={paths.articles(otherLang(lang))}>
      <header class="page-header">
        <h1>{t("articles.title")}</h1>
        <p class="lead">{t("articles.intro")}</p>
      </header>
      {ARTICLE_KINDS.map((kind) => {
        const articles = site.articles[lang].filter((article) => article.front.kind === kind);
        if (articles.length === 0) return null;
        return (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`kind.${kind}`)}</h2>
            <ArticleList ctx={ctx} articles={articles} />
          </section>
        );
      })}
    </Base>
  );
}
