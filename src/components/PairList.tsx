import type { Pair } from "../content/types.ts";
import type { PageContext } from "../site/context.ts";
import { PairCard } from "./PairCard.tsx";

/**
 * Pairs as a list of cards. `toggleable` marks the list as the target of a hate/love view toggle
 * on the page (see ViewToggle), which hides one side of every card in it.
 */
export function PairList({ ctx, pairs, toggleable = false }: { ctx: PageContext; pairs: Pair[]; toggleable?: boolean }) {
  return (
    <ul class="pair-list" role="list" data-view-target={toggleable ? "" : undefined}>
      {pairs.map((pair) => (
        <li>
          <PairCard ctx={ctx} pair={pair} />
        </li>
      ))}
    </ul>
  );
}
