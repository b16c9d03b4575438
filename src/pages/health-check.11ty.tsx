import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.healthCheck(data.route.lang),
};

export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.healthCheck(lang));
  const { t, href } = ctx;
  return (
    <Base ctx={ctx} title={t("healthCheck.title")} description={t("home.healthCheck")} alternate={paths.healthCheck(otherLang(lang))}>
      <header class="page-header">
        <h1>{t("healthCheck.title")}</h1>
        <p class="lead">{t("home.healthCheck")}</p>
      </header>
      <p>
        <a href={href(paths.examples(lang))}>{t("nav.examples")}</a>
      </p>
    </Base>
  );
}
