import { RenderedHtml } from "../components/RenderedHtml.tsx";
import { Base } from "../layouts/Base.tsx";
import { SITE_PAGES, type SitePageId } from "../content/load-site-pages.ts";
import { pageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { SiteModel } from "../site/model.ts";
import { paths } from "../site/paths.ts";
import type { Lang } from "../schemas/common.ts";
import { LANGS } from "../schemas/common.ts";

interface SitePageRoute {
  lang: Lang;
  id: SitePageId;
}

const PAGE_PATHS: Record<SitePageId, (lang: Lang) => string> = {
  about: paths.about,
  "share-your-story": paths.shareStory,
};

export const data = {
  pagination: { data: "sitePageRoutes", size: 1, alias: "route" },
  sitePageRoutes: LANGS.flatMap((lang) => SITE_PAGES.map((id) => ({ lang, id }))),
  permalink: (data: { route: SitePageRoute }) => PAGE_PATHS[data.route.id](data.route.lang),
};

/** The fixed pages written in `_data/pages/` (About, Share your story). */
export function render({ site, route: { lang, id } }: { site: SiteModel; route: SitePageRoute }) {
  const path = PAGE_PATHS[id](lang);
  const ctx = pageContext(site, lang, path);
  const page = site.catalog.pages[id][lang];
  const { contribute } = site.catalog.site;
  return (
    <Base ctx={ctx} title={page.title} description={page.description} alternate={PAGE_PATHS[id](otherLang(lang))}>
      <header class="page-header">
        <h1>{page.title}</h1>
        <p class="lead">{page.description}</p>
      </header>
      <RenderedHtml className="prose" html={page.html} />
      {id === "share-your-story" && (
        <p class="actions">
          <a class="button button--primary" href={`mailto:${contribute.email}?subject=${encodeURIComponent(page.title)}`}>
            {contribute.email}
          </a>{" "}
          <a class="button" href={contribute.repository} rel="noopener noreferrer">
            {contribute.repository.replace(/^https:\/\//, "")}
          </a>
        </p>
      )}
    </Base>
  );
}
