/**
 * A horizontal bar chart in SVG, built with DOM calls: one row per theme, one bar per result.
 * Sizes are SVG attributes (percentages of the width), colours come from CSS classes; the
 * same numbers are always in a table beside it. Bars show their number as text, and in a
 * comparison a letter, so colour is never the only cue.
 */
import { svg } from "./dom.ts";

export interface ChartRow {
  title: string;
  /** One value per series, 0–100, or null for no answers. */
  values: (number | null)[];
}

export interface ChartOptions {
  /** Unique prefix for the ids of the title and description. */
  id: string;
  title: string;
  /** A sentence per row for screen readers, such as "Ownership: 62". */
  description: string;
  noAnswers: string;
  /** Per series: a short marker shown beside its bars (empty for a single series) and its name. */
  series: { marker: string; name: string }[];
  /** CSS class of a bar. */
  barClass(seriesIndex: number, value: number): string;
  /** The width the chart will have, in CSS pixels, to wrap titles only where needed; 0 if unknown. */
  width: number;
}

const LINE = 20;
const BAR = 16;
const BAR_GAP = 6;
const ROW_GAP = 18;
/** Characters per title line when the width is unknown: fits a 20rem wide phone at the chart's font size. */
const WRAP = 36;
/** A generous average width of a bold character at the chart's 14px font size. */
const CHAR_WIDTH = 8.5;

/** Breaks a title into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function barChart(rows: readonly ChartRow[], options: ChartOptions): SVGSVGElement {
  const many = options.series.length > 1;
  // Room after the longest bar for its number (and marker).
  const scale = many ? 0.78 : 0.86;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const chart = svg("svg", { class: "hc-chart__svg", width: "100%", role: "img", "aria-labelledby": titleId, "aria-describedby": descId }, svg("title", { id: titleId }, options.title), svg("desc", { id: descId }, options.description));
  const wrap = options.width > 0 ? Math.max(24, Math.floor(options.width / CHAR_WIDTH)) : WRAP;
  let y = 0;
  for (const row of rows) {
    for (const line of wrapText(row.title, wrap)) {
      chart.appendChild(svg("text", { class: "hc-chart__label", x: 0, y: y + 15 }, line));
      y += LINE;
    }
    y += 2;
    row.values.forEach((value, index) => {
      const series = options.series[index];
      const name = series?.name ? `${series.name}: ` : "";
      chart.appendChild(svg("rect", { class: "hc-chart__track", x: 0, y, width: `${100 * scale}%`, height: BAR, rx: 3 }));
      if (value === null) {
        chart.appendChild(svg("text", { class: "hc-chart__none", x: 6, y: y + 12.5 }, `${series?.marker ? `${series.marker} ` : ""}${options.noAnswers}`));
      } else {
        chart.appendChild(svg("rect", { class: `hc-chart__bar ${options.barClass(index, value)}`, x: 0, y, width: `${value * scale}%`, height: BAR, rx: 3 }, svg("title", {}, `${name}${row.title}: ${value}`)));
        const label = series?.marker ? `${series.marker} ${value}` : String(value);
        chart.appendChild(svg("text", { class: "hc-chart__value", x: `${value * scale + 1}%`, y: y + 12.5 }, label));
      }
      y += BAR + BAR_GAP;
    });
    y += ROW_GAP - BAR_GAP;
  }
  chart.setAttribute("height", String(Math.max(y - ROW_GAP + BAR_GAP, 1)));
  return chart;
}
