import type { Pair } from "../content/types.ts";
import type { PageContext } from "../site/context.ts";
import { paths } from "../site/paths.ts";
import { PairSides } from "./PairSides.tsx";
import { RenderedHtml } from "./RenderedHtml.tsx";

/** A pair at a glance in a list: title, both sides, a link to the whole example. */
export function PairCard({ ctx, pair, headingLevel = 3 }: { ctx: PageContext; pair: Pair; headingLevel?: 2 | 3 }) {
  const { lang, href, site } = ctx;
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <article class="pair-card" data-pair={pair.id} data-theme={pair.theme} data-audiences={pair.audiences.join(" ")}>
      <Heading class="pair-card__title">
        <a href={href(paths.pair(lang, pair.id))}>
          <RenderedHtml as="span" html={pair.html[lang].title} />
        </a>
      </Heading>
      <p class="pair-card__theme">{site.theme(pair.theme)[lang].title}</p>
      <PairSides ctx={ctx} pair={pair} headingLevel={(headingLevel + 1) as 3 | 4} />
    </article>
  );
}
