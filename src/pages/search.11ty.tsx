import { searchFacets } from "../components/SearchMeta.tsx";
import { Base } from "../layouts/Base.tsx";
import type { PageContext } from "../site/context.ts";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.search(data.route.lang),
};

const FORM_ID = "search-form";

/**
 * The full search page. The query and the filters live in the URL (`?q=…&kind=…&theme=…`) so
 * that a search can be shared. Without JavaScript the form still submits here, and the page says
 * plainly what to do instead. It also holds the search dialog's markup in a `<template>`: the
 * dialog on every other page fetches this page once and clones it, so that its labels come from
 * `_data/ui/` like every other string, and no page carries them until someone searches.
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
        <form id={FORM_ID} class="search-form" role="search" action={href(paths.search(lang))} method="get" data-search-form>
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
          <section class="search-facets" aria-labelledby="search-facets-heading" data-search-facets>
            <h2 id="search-facets-heading" class="search-facets__heading">{t("search.filters")}</h2>
            {searchFacets(ctx).map((group) => (
              <fieldset class="facet" data-facet={group.name}>
                <legend>{group.legend}</legend>
                {group.options.map((option) => (
                  <label class="facet__option">
                    <input type="checkbox" form={FORM_ID} name={group.name} value={option.id} data-filter-value={option.label} />
                    <span class="facet__label">
                      {option.label} <span class="facet__count" data-facet-count></span>
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
            <button type="button" class="facet__clear" data-search-clear>
              {t("search.clear")}
            </button>
          </section>
          <div class="search-results-area">
            <StatusLine ctx={ctx} className="search-status" />
            <ol class="search-results" data-search-results data-sections-label={t("searchResult.sections")}></ol>
            <button type="button" class="search-more" data-search-more hidden>
              {t("searchPage.more")}
            </button>
          </div>
        </div>
      </div>
      <template data-search-dialog-template>
        <SearchDialog ctx={ctx} />
      </template>
    </Base>
  );
}

/** The live region that announces what a search found, with every message it can show. */
function StatusLine({ ctx, className }: { ctx: PageContext; className: string }) {
  const { t } = ctx;
  return (
    <p
      class={className}
      role="status"
      aria-live="polite"
      data-search-status
      data-loading={t("search.loading")}
      data-error={t("search.error")}
      data-one={t("search.oneResult")}
      data-many={t("search.results")}
      data-none={t("search.noResults")}
      data-filtered-one={t("searchPage.filteredOne")}
      data-filtered-many={t("searchPage.filtered")}
      data-filtered-none={t("searchPage.filteredNone")}
    ></p>
  );
}

/** The modal search every page opens with the header button, `/` or Ctrl/Cmd+K. */
function SearchDialog({ ctx }: { ctx: PageContext }) {
  const { t, href, lang } = ctx;
  return (
    <dialog class="search-dialog" aria-labelledby="search-dialog-label" data-search-dialog>
      <div class="search-dialog__panel">
        <div class="search-dialog__head">
          <label id="search-dialog-label" for="search-dialog-q" class="search-dialog__label">
            {t("search.label")}
          </label>
          <button type="button" class="search-dialog__close" data-search-close>
            {t("search.close")}
          </button>
        </div>
        <form class="search-dialog__form" role="search" action={href(paths.search(lang))} method="get" data-search-dialog-form>
          <input id="search-dialog-q" type="search" name="q" placeholder={t("search.placeholder")} autocomplete="off" aria-describedby="search-dialog-hint" data-search-input />
          <button type="submit">{t("nav.search")}</button>
        </form>
        <StatusLine ctx={ctx} className="search-dialog__status" />
        <ol class="search-results search-dialog__results" data-search-results data-sections-label={t("searchResult.sections")}></ol>
        <p class="search-dialog__all" hidden data-search-all>
          <a href={href(paths.search(lang))}>{t("searchDialog.showAll")}</a>
        </p>
        <p id="search-dialog-hint" class="search-dialog__hint">
          {t("searchDialog.hint")}
        </p>
      </div>
    </dialog>
  );
}
