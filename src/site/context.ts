import type { Lang } from "../schemas/common.ts";
import { translator, type Translate } from "./i18n.ts";
import type { SiteModel } from "./model.ts";
import { withPrefix } from "./paths.ts";

/** What every component needs to render for one page: the site, the language and this page's URL. */
export interface PageContext {
  site: SiteModel;
  lang: Lang;
  /** This page's URL path, without the path prefix. */
  path: string;
  t: Translate;
  /** A site path with the path prefix, ready for `href` or `src`. */
  href(path: string): string;
  /** The absolute public URL of a site path (canonical links, feeds, Open Graph). */
  absolute(path: string): string;
}

export function pageContext(site: SiteModel, lang: Lang, path: string): PageContext {
  return {
    site,
    lang,
    path,
    t: translator(site.catalog.ui, lang),
    href: (target) => withPrefix(site.pathPrefix, target),
    absolute: (target) => new URL(withPrefix(site.pathPrefix, target), site.catalog.site.url).href,
  };
}
