import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.packages(data.route.lang),
};

/** The content packages the site is built from: title, version, licence and counts. */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.packages(lang));
  const { t } = ctx;
  return (
    <Base ctx={ctx} title={t("packages.title")} description={t("packages.intro")} alternate={paths.packages(otherLang(lang))}>
      <header class="page-header">
        <h1>{t("packages.title")}</h1>
        <p class="lead">{t("packages.intro")}</p>
      </header>
      <ul class="card-grid" role="list">
        {site.catalog.packages.map((pkg) => {
          const pairs = site.pairs.filter((pair) => pair.packageName === pkg.name).length;
          const articles = site.articles[lang].filter((article) => article.packageName === pkg.name).length;
          return (
            <li class="package-card">
              <h2>{pkg.manifest.title[lang]}</h2>
              <p>{pkg.manifest.summary[lang]}</p>
              <dl class="package-card__facts">
                <div><dt>npm</dt><dd><code>{pkg.name}</code></dd></div>
                <div><dt>{t("packages.version")}</dt><dd>{pkg.version}</dd></div>
                <div><dt>{t("packages.license")}</dt><dd>{pkg.license}</dd></div>
                <div><dt>{t("packages.pairs")}</dt><dd>{pairs}</dd></div>
                <div><dt>{t("packages.articles")}</dt><dd>{articles}</dd></div>
              </dl>
            </li>
          );
        })}
      </ul>
    </Base>
  );
}
