/**
 * One search result as DOM: the title as a link, kind and theme, the excerpt with the search
 * terms marked, and for articles up to three sections that match. Every text from the index
 * goes in through `textContent` or the excerpt sanitiser; no HTML from the index is parsed.
 */
import { HIGHLIGHT_PARAM, type ResultData, type SubResult } from "./engine.ts";
import { excerptNodes } from "./excerpt.ts";

const MAX_SECTIONS = 3;

/** Only links into this site: the index holds file paths, but a link must never be `javascript:`. */
export function safeHref(url: string): string | undefined {
  try {
    const target = new URL(url, location.href);
    // A search by filters alone has no terms to highlight; Pagefind still adds an empty parameter.
    if (target.searchParams.get(HIGHLIGHT_PARAM) === "") target.searchParams.delete(HIGHLIGHT_PARAM);
    return target.origin === location.origin ? target.pathname + target.search + target.hash : undefined;
  } catch {
    return undefined;
  }
}

export interface ResultItemOptions {
  headingLevel: 2 | 3;
  /** The accessible name of a result's list of matching sections. */
  sectionsLabel: string;
  /** The dialog is small: there, sections show their heading only. */
  sectionExcerpts: boolean;
}

export function resultItem(data: ResultData, options: ResultItemOptions): HTMLLIElement | undefined {
  const href = safeHref(data.url);
  if (!href) return undefined;
  const item = document.createElement("li");
  item.className = "search-result";

  const heading = document.createElement(`h${options.headingLevel}`);
  heading.className = "search-result__title";
  const link = document.createElement("a");
  link.href = href;
  link.textContent = data.meta.title || href;
  heading.append(link);
  item.append(heading);

  const metaText = [data.meta.kind, data.meta.theme].filter(Boolean).join(" · ");
  if (metaText) {
    const meta = document.createElement("p");
    meta.className = "search-result__meta";
    meta.textContent = metaText;
    item.append(meta);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);

  const sections = data.meta.kindId === "example" ? [] : matchingSections(data.sub_results);
  if (sections.length > 0) {
    const list = document.createElement("ul");
    list.className = "search-result__sections";
    list.setAttribute("aria-label", options.sectionsLabel);
    for (const section of sections) {
      const sectionHref = safeHref(section.url);
      if (!sectionHref) continue;
      const entry = document.createElement("li");
      const sectionLink = document.createElement("a");
      sectionLink.href = sectionHref;
      sectionLink.textContent = section.title;
      entry.append(sectionLink);
      if (options.sectionExcerpts) {
        const sectionExcerpt = document.createElement("span");
        sectionExcerpt.className = "search-result__section-excerpt";
        sectionExcerpt.append(...excerptNodes(section.excerpt));
        entry.append(sectionExcerpt);
      }
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Sections under a linkable heading; the part before the first heading is the result itself. */
function matchingSections(subResults: SubResult[]): SubResult[] {
  return subResults.filter((sub) => sub.anchor && /^h[2-6]$/i.test(sub.anchor.element)).slice(0, MAX_SECTIONS);
}
