import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.offline(data.route.lang),
};

/** What the service worker shows for a page that is not saved offline: links to what is. */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.offline(lang));
  const { t, href } = ctx;
  return (
    <Base ctx={ctx} title={t("offline.title")} alternate={paths.offline(otherLang(lang))}>
      <header class="page-header">
        <h1>{t("offline.title")}</h1>
        <p class="lead">{t("offline.text")}</p>
      </header>
      <ul class="link-list">
        <li><a href={href(paths.home(lang))}>{t("nav.home")}</a></li>
        <li><a href={href(paths.examples(lang))}>{t("nav.examples")}</a></li>
        <li><a href={href(paths.themes(lang))}>{t("nav.themes")}</a></li>
        <li><a href={href(paths.articles(lang))}>{t("nav.articles")}</a></li>
        <li><a href={href(paths.search(lang))}>{t("nav.search")}</a></li>
        <li><a href={href(paths.healthCheck(lang))}>{t("nav.healthCheck")}</a></li>
      </ul>
    </Base>
  );
}
