import type { Child } from "../jsx/jsx-runtime.ts";
import { Footer } from "../components/Footer.tsx";
import { Header } from "../components/Header.tsx";
import type { PageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import { CSP_META } from "../site/csp.ts";
import { paths } from "../site/paths.ts";

export interface BaseProps {
  ctx: PageContext;
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string;
  /** The same page in the other language, when it exists. */
  alternate?: string | undefined;
  /** Extra browser entry points (names of src/client/*.ts) this page needs. */
  scripts?: string[];
  /** Pagefind metadata and filters for indexed pages; pages without it stay out of search. */
  searchable?: boolean;
  ogType?: "website" | "article";
  /** Without header and footer: for the language chooser, which belongs to no language. */
  bare?: boolean;
  children: Child;
}

/** The document shell every page shares: head, skip link, header, main, footer. */
export function Base({ ctx, title, description, alternate, scripts = [], searchable = false, ogType = "website", bare = false, children }: BaseProps) {
  const { site, lang, t, href } = ctx;
  const siteTitle = site.catalog.site.title[lang];
  const fullTitle = title === siteTitle ? siteTitle : `${title} · ${siteTitle}`;
  const summary = description ?? site.catalog.site.description[lang];
  const other = otherLang(lang);
  const locale = site.catalog.languages.find((language) => language.code === lang)?.locale ?? lang;
  const entryScripts = ["site", ...scripts];
  return (
    <html lang={lang} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content={CSP_META} />
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <title>{fullTitle}</title>
        <meta name="description" content={summary} />
        <link rel="canonical" href={ctx.absolute(ctx.path)} />
        <link rel="alternate" hreflang={lang} href={ctx.absolute(ctx.path)} />
        {alternate && <link rel="alternate" hreflang={other} href={ctx.absolute(alternate)} />}
        {alternate && lang === "en" && <link rel="alternate" hreflang="x-default" href={ctx.absolute(ctx.path)} />}
        <link rel="alternate" type="application/atom+xml" title={`${siteTitle} (${lang})`} href={href(paths.atomFeed(lang))} />
        <link rel="alternate" type="application/feed+json" title={`${siteTitle} (${lang})`} href={href(paths.jsonFeed(lang))} />
        <meta property="og:type" content={ogType} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={summary} />
        <meta property="og:url" content={ctx.absolute(ctx.path)} />
        <meta property="og:site_name" content={siteTitle} />
        <meta property="og:locale" content={locale} />
        <meta property="og:image" content={ctx.absolute("/icons/social.png")} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={summary} />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#fdfaf6" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#1b1a1f" media="(prefers-color-scheme: dark)" />
        <link rel="icon" href={href("/icons/icon.svg")} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={href("/icons/icon-192.png")} />
        <link rel="manifest" href={href(paths.webManifest(lang))} />
        <link rel="stylesheet" href={href(site.assets.css)} />
        {entryScripts.map((name) => {
          const src = site.assets.scripts[name];
          if (!src) throw new Error(`no browser entry src/client/${name}.ts`);
          return <script type="module" src={href(src)} />;
        })}
      </head>
      <body data-prefix={site.pathPrefix} data-lang={lang}>
        <a class="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {!bare && <Header ctx={ctx} alternate={alternate} />}
        <main id="main" tabindex={-1} data-pagefind-body={searchable ? "" : undefined}>
          {children}
        </main>
        {!bare && <Footer ctx={ctx} />}
      </body>
    </html>
  );
}
