import type { PageContext } from "../site/context.ts";
import { paths } from "../site/paths.ts";

/** Theme and audiences of an item, as links to their pages. */
export function ItemMeta({ ctx, theme, audiences }: { ctx: PageContext; theme: string; audiences: string[] }) {
  const { t, lang, href, site } = ctx;
  return (
    <dl class="item-meta">
      <div>
        <dt>{t("theme")}</dt>
        <dd>
          <a href={href(paths.theme(lang, theme))}>{site.theme(theme)[lang].title}</a>
        </dd>
      </div>
      <div>
        <dt>{t("audience")}</dt>
        <dd>
          {audiences.map((id, index) => (
            <>
              {index > 0 && ", "}
              <a href={href(paths.audience(lang, id))}>{site.audience(id)[lang].title}</a>
            </>
          ))}
        </dd>
      </div>
    </dl>
  );
}
