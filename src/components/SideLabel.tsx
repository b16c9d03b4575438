import type { PageContext } from "../site/context.ts";

/** "Hate: what goes wrong" / "Love: what good looks like", with a shape as well as a colour. */
export function SideLabel({ ctx, side }: { ctx: PageContext; side: "hate" | "love" }) {
  return (
    <span class={`side-label side-label--${side}`}>
      <span class="side-label__icon" aria-hidden="true">
        {side === "hate" ? "✗" : "♥"}
      </span>
      <span class="side-label__word">{ctx.t(side)}</span>
      <span class="side-label__detail">{ctx.t(side === "hate" ? "hateLabel" : "loveLabel")}</span>
    </span>
  );
}
