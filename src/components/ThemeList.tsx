import type { PageContext } from "../site/context.ts";
import { paths } from "../site/paths.ts";

/** Every theme with its introduction and how many examples and articles it has. */
export function ThemeList({ ctx, headingLevel }: { ctx: PageContext; headingLevel: 2 | 3 }) {
  const { site, lang, href, t } = ctx;
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <ul class="card-grid theme-list" role="list">
      {site.catalog.themes.map((theme, index) => (
        <li class="theme-card">
          <span class="theme-card__number" aria-hidden="true">
            {String(index + 1).padStart(2, "0")}
          </span>
          <Heading class="theme-card__title">
            <a href={href(paths.theme(lang, theme.id))}>{theme[lang].title}</a>
          </Heading>
          <p>{theme[lang].intro}</p>
          <p class="theme-card__counts">
            {t("themes.examples")}: {site.pairsOfTheme(theme.id).length} · {t("themes.articles")}: {site.articlesOfTheme(lang, theme.id).length}
          </p>
        </li>
      ))}
    </ul>
  );
}
