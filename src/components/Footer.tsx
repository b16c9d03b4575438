import type { PageContext } from "../site/context.ts";
import { paths } from "../site/paths.ts";

export function Footer({ ctx }: { ctx: PageContext }) {
  const { t, lang, href } = ctx;
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        <p>{t("footer.independent")}</p>
        <ul class="site-footer__links">
          <li><a href={href(paths.about(lang))}>{t("nav.about")}</a></li>
          <li><a href={href(paths.packages(lang))}>{t("nav.packages")}</a></li>
          <li><a href={href(paths.shareStory(lang))}>{t("footer.shareStory")}</a></li>
          <li><a href={href(paths.atomFeed(lang))}>{t("footer.feed")}</a></li>
          <li><a href={href(paths.jsonFeed(lang))}>{t("footer.jsonFeed")}</a></li>
        </ul>
      </div>
    </footer>
  );
}
