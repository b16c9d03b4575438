import type { PageContext } from "../site/context.ts";
import { paths } from "../site/paths.ts";

export function Breadcrumbs({ ctx, trail }: { ctx: PageContext; trail: { label: string; path: string }[] }) {
  const { t, href, lang } = ctx;
  const items = [{ label: t("nav.home"), path: paths.home(lang) }, ...trail];
  return (
    <nav class="breadcrumbs" aria-label={t("breadcrumb")}>
      <ol>
        {items.map((item) => (
          <li>
            <a href={href(item.path)}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
