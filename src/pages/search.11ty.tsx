import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.search(data.route.lang),
};

/**
 * The full search page. The query lives in `?q=` so that a search can be shared. Without
 * JavaScript the form still submits here, and the page says plainly what to do instead.
 */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.search(lang));
  const { t, href } = ctx;
  return (
    <Base ctx={ctx} title={t("search.title")} description={t("search.label")} alternate={paths.search(otherLang(lang))} scripts={["search-page"]}>
      <header class="page-header">
        <h1>{t("search.title")}</h1>
      </header>
      <div class="search-page" data-search-page>
        <form class="search-form" role="search" action={href(paths.search(lang))} method="get">
          <label for="search-q">{t("search.label")}</label>
          <div class="search-form__row">
            <input id="search-q" type="search" name="q" placeholder={t("search.placeholder")} autocomplete="off" data-search-input />
            <button type="submit">{t("nav.search")}</button>
          </div>
        </form>
        <div class="search-nojs" data-search-nojs>
          <p>{t("search.noJs")}</p>
          <ul class="link-list">
            <li><a href={href(paths.examples(lang))}>{t("nav.examples")}</a></li>
            <li><a href={href(paths.themes(lang))}>{t("nav.themes")}</a></li>
            <li><a href={href(paths.articles(lang))}>{t("nav.articles")}</a></li>
          </ul>
        </div>
        <div class="search-layout" data-search-ui hidden>
          <div class="search-facets" data-search-facets aria-label={t("search.filters")} role="group"></div>
          <div class="search-results-area">
            <p class="search-status" role="status" aria-live="polite" data-search-status></p>
            <ol class="search-results" data-search-results></ol>
          </div>
        </div>
      </div>
    </Base>
  );
}
