/** The chart's numbers as tables: what screen readers, print and copy-paste rely on. */
import type { Comparison } from "./comparison.ts";
import { el } from "./dom.ts";
import { bandName } from "./export.ts";
import type { ScoredResult, Score } from "./scoring.ts";
import { fill, type ClientStrings } from "./strings.ts";

const DASH = "–";

function headRow(cells: string[], classes: (string | undefined)[] = []): HTMLTableSectionElement {
  return el("thead", {}, el("tr", {}, ...cells.map((cell, index) => el("th", { scope: "col", class: classes[index] }, cell))));
}

export function resultTable(scored: ScoredResult, strings: ClientStrings): HTMLTableElement {
  const row = (title: string, score: Score, tag: "tr" = "tr") =>
    el(
      tag,
      {},
      el("th", { scope: "row" }, title),
      el("td", { class: "hc-num" }, score.score === null ? DASH : String(score.score)),
      el("td", { class: "hc-col-band" }, score.score === null ? strings.noThemeAnswers : bandName(strings, score.score)),
      el("td", { class: "hc-num" }, fill(strings.answeredOf, { answered: score.answered + score.skipped, total: score.total })),
    );
  return el(
    "table",
    { class: "hc-table" },
    el("caption", {}, strings.tableCaption),
    // The band repeats the score in words; on a phone it gives way so the table fits without scrolling.
    headRow([strings.colTheme, strings.colScore, strings.colBand, strings.colAnswered], [undefined, "hc-num", "hc-col-band", "hc-num"]),
    el("tbody", {}, ...scored.themes.map((theme) => row(theme.theme.title, theme))),
    el("tfoot", {}, row(strings.overallRow, scored.overall)),
  );
}

export function comparisonTable(comparison: Comparison, strings: ClientStrings): HTMLTableElement {
  const cell = (value: number | null) => el("td", { class: "hc-num" }, value === null ? DASH : String(value));
  return el(
    "table",
    { class: "hc-table" },
    el("caption", {}, strings.tableCaption),
    headRow([strings.colTheme, ...comparison.labels, strings.colGap], [undefined, ...comparison.labels.map(() => "hc-num"), "hc-num"]),
    el("tbody", {}, ...comparison.themes.map((theme) => el("tr", {}, el("th", { scope: "row" }, theme.theme.title), ...theme.scores.map(cell), cell(theme.gap)))),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, strings.overallRow), ...comparison.overall.map((score) => cell(score.score)), cell(comparison.overallGap))),
  );
}
