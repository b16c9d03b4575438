import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { translator } from "../site/i18n.ts";
import type { PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = { permalink: paths.notFound() };

/** One 404 page for every host, in both languages, with absolute links that work at any depth. */
export function render({ site }: PageData) {
  const ctx = pageContext(site, "en", paths.notFound());
  return (
    <Base ctx={ctx} title={`${ctx.t("notFound.title")} / ${translator(site.catalog.ui, "nl")("notFound.title")}`}>
      {site.catalog.languages.map((language) => {
        const t = translator(site.catalog.ui, language.code);
        const lang = language.code;
        return (
          <section class="not-found" lang={lang}>
            {lang === "en" ? <h1>{t("notFound.title")}</h1> : <h2>{t("notFound.title")}</h2>}
            <p>{t("notFound.text")}</p>
            <ul class="link-list">
              <li><a href={ctx.href(paths.examples(lang))}>{t("nav.examples")}</a></li>
              <li><a href={ctx.href(paths.articles(lang))}>{t("nav.articles")}</a></li>
              <li><a href={ctx.href(paths.search(lang))}>{t("nav.search")}</a></li>
            </ul>
          </section>
        );
      })}
    </Base>
  );
}
