/**
 * Two or more results side by side: what IT thinks against what its users think is the
 * expectation gap this site is about. The gap of a row is the spread between the highest and
 * the lowest result that answered it.
 */
import { scoreResult, type Score } from "./scoring.ts";
import type { Answer, HcCatalog, HcPair, HcResult, HcTheme } from "./types.ts";

export const MAX_COMPARED = 6;

export interface ComparedTheme {
  theme: HcTheme;
  /** One score per result, in the order given; null where that result has no answers. */
  scores: (number | null)[];
  gap: number | null;
}

export interface ComparedPair {
  pair: HcPair;
  /** One answer per result; undefined where it was not answered. */
  answers: (Answer | undefined)[];
  /** Spread in scale steps (1–4) between the answers on the scale. */
  gap: number;
}

export interface Comparison {
  /** A distinct name per result. */
  labels: string[];
  overall: Score[];
  overallGap: number | null;
  themes: ComparedTheme[];
  /** Themes with a gap, widest first. */
  widestThemes: ComparedTheme[];
  /** Examples answered at least two steps apart, widest first. */
  widestPairs: ComparedPair[];
}

export function spread(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => typeof value === "number");
  return present.length < 2 ? null : Math.max(...present) - Math.min(...present);
}

/** Names as given; unnamed results get `fallback(n)`, and a repeated name gets its number. */
export function distinctLabels(results: readonly HcResult[], fallback: (position: number) => string): string[] {
  const names = results.map((result, index) => result.label.trim() || fallback(index + 1));
  return names.map((name, index) => (names.indexOf(name) !== index || names.lastIndexOf(name) !== index ? `${name} (${index + 1})` : name));
}

export function compareResults(catalog: HcCatalog, results: readonly HcResult[], fallback: (position: number) => string, limits = { themes: 3, pairs: 5 }): Comparison {
  const scored = results.map((result) => scoreResult(catalog, result.answers));
  const themes = catalog.themes.map((theme, index) => {
    const scores = scored.map((entry) => entry.themes[index]!.score);
    return { theme, scores, gap: spread(scores) };
  });
  const order = new Map(catalog.themes.map((theme, index) => [theme.id, index]));
  const widestThemes = themes
    .filter((entry): entry is ComparedTheme & { gap: number } => entry.gap !== null && entry.gap > 0)
    .sort((a, b) => b.gap - a.gap || order.get(a.theme.id)! - order.get(b.theme.id)!)
    .slice(0, limits.themes);
  const widestPairs = catalog.pairs
    .map((pair, index) => {
      const answers = results.map((result) => result.answers.get(pair.id));
      const gap = spread(answers.map((answer) => (answer ? answer : null)));
      return { pair, answers, gap: gap ?? 0, index };
    })
    .filter((entry) => entry.gap >= 2)
    .sort((a, b) => b.gap - a.gap || a.index - b.index)
    .slice(0, limits.pairs)
    .map(({ pair, answers, gap }) => ({ pair, answers, gap }));
  const overall = scored.map((entry) => entry.overall);
  return { labels: distinctLabels(results, fallback), overall, overallGap: spread(overall.map((entry) => entry.score)), themes, widestThemes, widestPairs };
}
