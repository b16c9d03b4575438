import type { Pair } from "../content/types.ts";
import type { PageContext } from "../site/context.ts";
import { RenderedHtml } from "./RenderedHtml.tsx";
import { SideLabel } from "./SideLabel.tsx";

/** The two sides of a pair, hate first: side by side on wide screens, stacked on narrow ones. */
export function PairSides({ ctx, pair, headingLevel }: { ctx: PageContext; pair: Pair; headingLevel: 2 | 3 | 4 }) {
  const html = pair.html[ctx.lang];
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <div class="sides">
      {(["hate", "love"] as const).map((side) => (
        <section class={`side side--${side}`} data-side={side} data-pagefind-weight="2">
          <Heading class="side__heading">
            <SideLabel ctx={ctx} side={side} />
          </Heading>
          <RenderedHtml as="p" html={html[side]} />
        </section>
      ))}
    </div>
  );
}
