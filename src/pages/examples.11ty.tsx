import { PairList } from "../components/PairList.tsx";
import { ViewToggle } from "../components/ViewToggle.tsx";
import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.examples(data.route.lang),
};

/**
 * Every pair, grouped by theme. Without JavaScript the theme and audience links lead to real
 * pages; with it, the filter form narrows this list in place and keeps the choice in the URL.
 */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.examples(lang));
  const { t, href } = ctx;
  const themes = site.catalog.themes.filter((theme) => site.pairsOfTheme(theme.id).length > 0);
  return (
    <Base ctx={ctx} title={t("examples.title")} description={t("examples.intro")} alternate={paths.examples(otherLang(lang))} scripts={["examples"]}>
      <header class="page-header">
        <h1>{t("examples.title")}</h1>
        <p class="lead">{t("examples.intro")}</p>
      </header>
      <div class="filters">
        <div class="filter-form" data-filter-form hidden role="group" aria-label={t("examples.filter")}>
          <div class="filter-form__field">
            <label for="filter-theme">{t("theme")}</label>
            <select id="filter-theme" name="theme">
              <option value="">{t("examples.allThemes")}</option>
              {themes.map((theme) => (
                <option value={theme.id}>{theme[lang].title}</option>
              ))}
            </select>
          </div>
          <div class="filter-form__field">
            <label for="filter-audience">{t("audience")}</label>
            <select id="filter-audience" name="audience">
              <option value="">{t("examples.allAudiences")}</option>
              {site.catalog.audiences.map((audience) => (
                <option value={audience.id}>{audience[lang].title}</option>
              ))}
            </select>
          </div>
        </div>
        <nav class="filter-links" data-filter-links aria-label={t("examples.filter")}>
          <p>
            <strong>{t("themes.title")}:</strong>{" "}
            {themes.map((theme, index) => (
              <>
                {index > 0 && " · "}
                <a href={href(paths.theme(lang, theme.id))}>{theme[lang].title}</a>
              </>
            ))}
          </p>
          <p>
            <strong>{t("audience")}:</strong>{" "}
            {site.catalog.audiences.map((audience, index) => (
              <>
                {index > 0 && " · "}
                <a href={href(paths.audience(lang, audience.id))}>{audience[lang].title}</a>
              </>
            ))}
          </p>
        </nav>
        <ViewToggle ctx={ctx} />
      </div>
      <p class="filter-status" role="status" data-filter-status data-template={t("examples.count")}>
        {t("examples.count", { count: site.pairs.length })}
      </p>
      <p class="filter-empty" data-filter-empty hidden>
        {t("examples.none")}
      </p>
      <div class="pair-groups" data-view-target>
        {themes.map((theme) => (
          <section class="pair-group" data-theme-group={theme.id} aria-labelledby={`theme-${theme.id}`}>
            <h2 id={`theme-${theme.id}`}>
              <a href={href(paths.theme(lang, theme.id))}>{theme[lang].title}</a>
            </h2>
            <PairList ctx={ctx} pairs={site.pairsOfTheme(theme.id)} />
          </section>
        ))}
      </div>
    </Base>
  );
}
