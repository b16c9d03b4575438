import { Base } from "../layouts/Base.tsx";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";
import { ThemeList } from "../components/ThemeList.tsx";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.themes(data.route.lang),
};

export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const ctx = pageContext(site, lang, paths.themes(lang));
  const { t } = ctx;
  return (
    <Base ctx={ctx} title={t("themes.title")} description={t("themes.intro")} alternate={paths.themes(otherLang(lang))}>
      <header class="page-header">
        <h1>{t("themes.title")}</h1>
        <p class="lead">{t("themes.intro")}</p>
      </header>
      <ThemeList ctx={ctx} headingLevel={2} />
    </Base>
  );
}
