import type { PageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import { paths } from "../site/paths.ts";

const NAV = [
  { key: "nav.examples", path: paths.examples },
  { key: "nav.themes", path: paths.themes },
  { key: "nav.articles", path: paths.articles },
  { key: "nav.healthCheck", path: paths.healthCheck },
] as const;

/** Site name, main navigation, search and the switch to the same page in the other language. */
export function Header({ ctx, alternate }: { ctx: PageContext; alternate: string | undefined }) {
  const { t, lang, href } = ctx;
  const other = otherLang(lang);
  const otherName = ctx.site.catalog.languages.find((language) => language.code === other)?.name ?? other;
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <a class="site-name" href={href(paths.home(lang))}>
          <svg class="site-name__mark" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
            <path d="M12 21s-7.5-4.6-9.4-9.2C1.3 8.5 3.3 5 6.8 5c2 0 3.4 1.1 5.2 3 1.8-1.9 3.2-3 5.2-3 3.5 0 5.5 3.5 4.2 6.8C19.5 16.4 12 21 12 21z" />
          </svg>
          <span>{ctx.site.catalog.site.title[lang]}</span>
        </a>
        <nav class="site-nav" aria-label={t("mainNav")}>
          <ul>
            {NAV.map((item) => {
              const target = item.path(lang);
              const current = ctx.path === target ? "page" : ctx.path.startsWith(target) ? "true" : undefined;
              return (
                <li>
                  <a href={href(target)} aria-current={current}>
                    {t(item.key)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <div class="site-tools">
          <a class="search-trigger" href={href(paths.search(lang))} data-search-trigger aria-keyshortcuts="/ Control+K Meta+K">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="m15.5 15.5 5 5" />
            </svg>
            <span>{t("nav.search")}</span>
            <kbd class="search-trigger__key" aria-hidden="true">/</kbd>
          </a>
          <a class="lang-switch" href={href(alternate ?? paths.home(other))} hreflang={other} lang={other}>
            <span class="visually-hidden">{t("languageSwitch")}: </span>
            {otherName}
          </a>
        </div>
      </div>
    </header>
  );
}
