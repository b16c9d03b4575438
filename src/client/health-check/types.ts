/**
 * The shapes the health check works with, shared by the pure logic modules (no DOM) and the UI.
 * The catalog is what the page knows about the site's pairs; the page renders it into the HTML
 * and the client reads it back, so nothing has to be fetched.
 */

/** 1 = just like the hate text … 5 = just like the love text; 0 = skipped on purpose. */
export type Answer = 0 | 1 | 2 | 3 | 4 | 5;
export const ANSWER_VALUES: readonly Answer[] = [1, 2, 3, 4, 5, 0];

/** Answers by pair id. A pair without an entry was not answered (yet). */
export type Answers = ReadonlyMap<string, Answer>;

export interface HcLink {
  title: string;
  href: string;
}

export interface HcTheme extends HcLink {
  id: string;
}

export interface HcPair extends HcLink {
  id: string;
  theme: string;
  audiences: readonly string[];
  /** Articles that go deeper, most relevant first. */
  articles: readonly HcLink[];
}

export interface HcCatalog {
  /** In display order. */
  themes: readonly HcTheme[];
  /** In display order: by theme, then as the site lists them. */
  pairs: readonly HcPair[];
}

/** One person's or one team's answers, with the optional name they gave the result. */
export interface HcResult {
  label: string;
  answers: Answers;
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 5;
}
