/** Draws results side by side: legend, chart, table, the widest gaps, and a link to it all. */
import { barChart } from "./chart.ts";
import { compareResults } from "./comparison.ts";
import { el, fillList, must } from "./dom.ts";
import { answerName } from "./export.ts";
import type { PageInfo } from "./results-view.ts";
import { shareField } from "./share-field.ts";
import { fill } from "./strings.ts";
import { comparisonTable } from "./tables.ts";
import type { HcResult } from "./types.ts";

export interface ComparisonView {
  section: HTMLElement;
  title: HTMLElement;
  render(results: HcResult[], warnings: string[], shareUrl: string): void;
}

/** A, B, C…: a mark beside every bar and in the legend, so series differ by more than colour. */
export function seriesMarker(index: number): string {
  return String.fromCharCode(65 + index);
}

export function comparisonView(root: HTMLElement, info: PageInfo): ComparisonView {
  const { catalog, strings } = info;
  const section = must(root, "[data-hc-comparison]");
  const title = must(section, "#hc-comparison-title");
  const warningList = must(section, "[data-hc-comparison-warnings]");
  const legend = must(section, "[data-hc-legend]");
  const chart = must(section, "[data-hc-comparison-chart]");
  const table = must(section, "[data-hc-comparison-table]");
  const gaps = must(section, "[data-hc-gaps]");
  const pairGaps = must(section, "[data-hc-pair-gaps]");
  const share = shareField(must(section, "[data-hc-comparison-share]"), strings);

  return {
    section,
    title,
    render(results, warnings, shareUrl) {
      const comparison = compareResults(catalog, results, (position) => fill(strings.resultN, { position }));
      const { labels } = comparison;
      fillList(warningList, warnings);
      legend.replaceChildren(
        ...labels.map((label, index) =>
          el("li", {}, el("span", { class: `hc-swatch hc-series-${index}`, "aria-hidden": "true" }, seriesMarker(index)), " ", label),
        ),
      );
      const series = labels.map((name, index) => ({ marker: seriesMarker(index), name }));
      const description = comparison.themes
        .map((theme) => `${theme.theme.title}: ${theme.scores.map((score, index) => `${labels[index]} ${score ?? strings.noThemeAnswers}`).join(", ")}`)
        .join(". ");
      chart.replaceChildren(
        barChart(
          comparison.themes.map((theme) => ({ title: theme.theme.title, values: theme.scores })),
          { id: "hc-comparison-chart", title: strings.chartTitle, description, noAnswers: strings.noThemeAnswers, series, barClass: (index) => `hc-series-${index}`, width: chart.clientWidth },
        ),
      );
      table.replaceChildren(comparisonTable(comparison, strings));
      gaps.replaceChildren(
        comparison.widestThemes.length === 0
          ? el("p", {}, strings.comparisonNoGaps)
          : el(
              "ul",
              {},
              ...comparison.widestThemes.map((theme) =>
                el(
                  "li",
                  {},
                  el("a", { href: theme.theme.href }, fill(strings.comparisonGapLine, { theme: theme.theme.title, gap: theme.gap ?? 0 })),
                  ` (${theme.scores.map((score, index) => `${labels[index]}: ${score ?? "–"}`).join(", ")})`,
                ),
              ),
            ),
      );
      pairGaps.replaceChildren(
        comparison.widestPairs.length === 0
          ? el("p", {}, strings.comparisonNoPairs)
          : el(
              "ul",
              {},
              ...comparison.widestPairs.map((entry) =>
                el("li", {}, el("a", { href: entry.pair.href }, entry.pair.title), ` (${entry.answers.map((answer, index) => `${labels[index]}: ${answerName(strings, answer)}`).join("; ")})`),
              ),
            ),
      );
      share.set(shareUrl);
    },
  };
}
