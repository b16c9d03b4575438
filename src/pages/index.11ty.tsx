import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import type { PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";
import { translator } from "../site/i18n.ts";

export const data = { permalink: paths.chooser() };

/** `/`: a small language chooser. No redirect, so that any static host serves it as it is. */
export function render({ site }: PageData) {
  const ctx = pageContext(site, "en", paths.chooser());
  return (
    <Base ctx={ctx} title={site.catalog.site.title.en} bare>
      <div class="chooser">
        <h1>
          <span lang="en">{site.catalog.site.title.en}</span>
        </h1>
        <ul class="chooser__list" role="list">
          {site.catalog.languages.map((language) => {
            const t = translator(site.catalog.ui, language.code);
            return (
              <li lang={language.code}>
                <a class="chooser__link" href={ctx.href(paths.home(language.code))} hreflang={language.code}>
                  <span class="chooser__name">{language.name}</span>
                  <span class="chooser__tagline">{t("home.tagline")}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </Base>
  );
}
