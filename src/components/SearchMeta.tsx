import type { PageContext } from "../site/context.ts";

/**
 * Pagefind filters and metadata for an indexed page: kind, theme, audiences and package, as
 * readers see them in their language. Hidden: it is for the index, not for the eye.
 */
export function SearchMeta({ ctx, kind, theme, audiences, packageName }: { ctx: PageContext; kind: "example" | "guide" | "tip" | "interview" | "story"; theme: string; audiences: string[]; packageName: string }) {
  const { t, site, lang } = ctx;
  const pkg = site.packageByName.get(packageName);
  return (
    <div hidden class="search-meta">
      <span data-pagefind-filter="kind">{t(`kind.${kind}`)}</span>
      <span data-pagefind-meta="kind">{t(`kind.${kind}`)}</span>
      <span data-pagefind-filter="theme">{site.theme(theme)[lang].title}</span>
      <span data-pagefind-meta="theme">{site.theme(theme)[lang].title}</span>
      {audiences.map((id) => (
        <span data-pagefind-filter="audience">{site.audience(id)[lang].title}</span>
      ))}
      <span data-pagefind-filter="package">{pkg ? pkg.manifest.title[lang] : packageName}</span>
    </div>
  );
}
