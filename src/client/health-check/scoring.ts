import type { Answer, Answers, HcCatalog, HcLink, HcPair, HcTheme } from "./types.ts";

/** The score of one answer from 0 (hate) to 100 (love); a skip has none. */
export function answerScore(answer: Answer): number | null {
  return answer === 0 ? null : (answer - 1) * 25;
}

export interface Score {
  /** 0–100, rounded; null when nothing was answered (skips do not count). */
  score: number | null;
  /** Pairs answered on the scale (skips excluded). */
  answered: number;
  skipped: number;
  /** Pairs there are. */
  total: number;
}

export interface ThemeScore extends Score {
  theme: HcTheme;
}

export interface ScoredResult {
  overall: Score;
  themes: ThemeScore[];
}

function scoreOf(pairs: readonly HcPair[], answers: Answers): Score {
  let sum = 0;
  let answered = 0;
  let skipped = 0;
  for (const pair of pairs) {
    const answer = answers.get(pair.id);
    if (answer === undefined) continue;
    const score = answerScore(answer);
    if (score === null) skipped += 1;
    else {
      sum += score;
      answered += 1;
    }
  }
  return { score: answered === 0 ? null : Math.round(sum / answered), answered, skipped, total: pairs.length };
}

/**
 * A score per theme and overall. Overall is the mean of every answer, not of the theme scores,
 * so that each example weighs the same and a theme with one answer cannot swing the total.
 */
export function scoreResult(catalog: HcCatalog, answers: Answers): ScoredResult {
  return {
    overall: scoreOf(catalog.pairs, answers),
    themes: catalog.themes.map((theme) => ({ theme, ...scoreOf(catalog.pairs.filter((pair) => pair.theme === theme.id), answers) })),
  };
}

export type Band = "hate" | "mixed" | "love";

/** A word for a score, so the number is never the only cue. */
export function bandOf(score: number): Band {
  if (score < 40) return "hate";
  if (score < 70) return "mixed";
  return "love";
}

export interface Advice {
  theme: ThemeScore;
  /** The theme's examples answered below "just like love", lowest first. */
  pairs: { pair: HcPair; answer: Answer }[];
  /** Articles of those examples, the ones that help most first. */
  articles: HcLink[];
}

/**
 * The weakest themes (lowest score first; a theme at 100 has nothing to improve) with the
 * examples rated lowest and the articles that address most of the gap: an article counts
 * (5 − answer) for every weak example it belongs to, so one that covers two poor answers
 * beats one that covers a single middling one.
 */
export function weakestThemes(catalog: HcCatalog, answers: Answers, scored: ScoredResult, count = 3, perTheme = 3): Advice[] {
  const order = new Map(catalog.themes.map((theme, index) => [theme.id, index]));
  const weak = scored.themes
    .filter((entry): entry is ThemeScore & { score: number } => entry.score !== null && entry.score < 100)
    .sort((a, b) => a.score - b.score || order.get(a.theme.id)! - order.get(b.theme.id)!)
    .slice(0, count);
  return weak.map((theme) => {
    const pairs = catalog.pairs
      .filter((pair) => pair.theme === theme.theme.id)
      .map((pair, index) => ({ pair, answer: answers.get(pair.id), index }))
      .filter((entry): entry is { pair: HcPair; answer: Answer; index: number } => entry.answer !== undefined && entry.answer >= 1 && entry.answer <= 4)
      .sort((a, b) => a.answer - b.answer || a.index - b.index);
    const weight = new Map<string, { link: HcLink; weight: number; first: number }>();
    let position = 0;
    for (const { pair, answer } of pairs) {
      for (const article of pair.articles) {
        const entry = weight.get(article.href) ?? { link: article, weight: 0, first: position++ };
        entry.weight += 5 - answer;
        weight.set(article.href, entry);
      }
    }
    const articles = [...weight.values()].sort((a, b) => b.weight - a.weight || a.first - b.first).map((entry) => entry.link);
    return { theme, pairs: pairs.slice(0, perTheme).map(({ pair, answer }) => ({ pair, answer })), articles: articles.slice(0, perTheme) };
  });
}
