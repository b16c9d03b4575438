import type { PageContext } from "../site/context.ts";

export type PageKind = "example" | "guide" | "tip" | "interview" | "story";

/** The kinds a searcher filters by: guides and tips are both plain articles to them. */
export const KIND_FACETS = ["example", "article", "interview", "story"] as const;
export type KindFacet = (typeof KIND_FACETS)[number];

export function kindFacetOf(kind: PageKind): KindFacet {
  return kind === "guide" || kind === "tip" ? "article" : kind;
}

export interface FacetOption {
  /** Stable across languages: what the search page keeps in its URL. */
  id: string;
  /** What Pagefind indexes as the filter value and readers see, in the page's language. */
  label: string;
}

export interface FacetGroup {
  /** The Pagefind filter name, also the URL parameter. */
  name: "kind" | "theme" | "audience" | "package";
  legend: string;
  options: FacetOption[];
}

/**
 * Every filter value an indexed page can carry, in display order. The search page renders its
 * checkboxes from this and SearchMeta tags pages from the same labels, so the two cannot drift.
 */
export function searchFacets(ctx: PageContext): FacetGroup[] {
  const { t, site, lang } = ctx;
  return [
    { name: "kind", legend: t("search.kind"), options: KIND_FACETS.map((id) => ({ id, label: kindLabel(ctx, id) })) },
    { name: "theme", legend: t("searchFacet.theme"), options: site.catalog.themes.map((theme) => ({ id: theme.id, label: theme[lang].title })) },
    { name: "audience", legend: t("searchFacet.audience"), options: site.catalog.audiences.map((audience) => ({ id: audience.id, label: audience[lang].title })) },
    { name: "package", legend: t("search.package"), options: site.catalog.packages.map((pkg) => ({ id: pkg.name, label: packageLabel(ctx, pkg.name) })) },
  ];
}

function kindLabel(ctx: PageContext, kind: KindFacet): string {
  return kind === "article" ? ctx.t("searchKind.article") : ctx.t(`kind.${kind}`);
}

function packageLabel(ctx: PageContext, packageName: string): string {
  return ctx.site.packageByName.get(packageName)?.manifest.title[ctx.lang] ?? packageName;
}

/**
 * Pagefind filters and metadata for an indexed page: kind, theme, audiences and package, as
 * readers see them in their language. Hidden, and ignored as text (`data-pagefind-ignore`
 * still reads the filters and metadata inside): it is for the index, not for the eye, and
 * must not show up in excerpts.
 */
export function SearchMeta({ ctx, kind, theme, audiences, packageName }: { ctx: PageContext; kind: PageKind; theme: string; audiences: string[]; packageName: string }) {
  const { t, site, lang } = ctx;
  return (
    <div hidden class="search-meta" data-pagefind-ignore>
      <span data-pagefind-filter="kind">{kindLabel(ctx, kindFacetOf(kind))}</span>
      <span data-pagefind-meta="kind">{t(`kind.${kind}`)}</span>
      <span data-pagefind-meta="kindId">{kind}</span>
      <span data-pagefind-filter="theme">{site.theme(theme)[lang].title}</span>
      <span data-pagefind-meta="theme">{site.theme(theme)[lang].title}</span>
      {audiences.map((id) => (
        <span data-pagefind-filter="audience">{site.audience(id)[lang].title}</span>
      ))}
      <span data-pagefind-filter="package">{packageLabel(ctx, packageName)}</span>
    </div>
  );
}
