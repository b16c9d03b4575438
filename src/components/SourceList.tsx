import type { Source } from "../schemas/common.ts";
import type { PageContext } from "../site/context.ts";

/** Sources as real links; print shows their URLs too. */
export function SourceList({ ctx, sources, id = "sources" }: { ctx: PageContext; sources: Source[]; id?: string }) {
  if (sources.length === 0) return null;
  return (
    <section class="sources" aria-labelledby={id}>
      <h2 id={id}>{ctx.t("sources")}</h2>
      <ol>
        {sources.map((source) => (
          <li>
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
            <span class="sources__url"> {source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
