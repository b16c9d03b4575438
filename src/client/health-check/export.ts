/**
 * The downloads: CSV of every answer (for a spreadsheet) and a Markdown report (for a wiki or
 * a ticket). Pure text builders; the UI turns them into files.
 */
import { bandOf, weakestThemes, type ScoredResult } from "./scoring.ts";
import { fill, type ClientStrings } from "./strings.ts";
import type { Answer, HcCatalog, HcResult } from "./types.ts";

export interface ExportContext {
  catalog: HcCatalog;
  result: HcResult;
  scored: ScoredResult;
  strings: ClientStrings;
  /** The page's URL: site links in the files become absolute against it. */
  base: string;
  /** The document heading, such as "Health check". */
  heading: string;
  siteName: string;
  /** The day the file is made, `YYYY-MM-DD`. */
  date: string;
}

export function answerName(strings: ClientStrings, answer: Answer | undefined): string {
  return answer === undefined ? strings.notAnswered : strings[`answer${answer}`];
}

export function bandName(strings: ClientStrings, score: number): string {
  const band = bandOf(score);
  return band === "hate" ? strings.bandHate : band === "mixed" ? strings.bandMixed : strings.bandLove;
}

/**
 * A CSV cell: quoted when it holds a separator, quote or line break; a leading =, +, -, @ or
 * tab is defused so that a spreadsheet shows a name instead of running it as a formula.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv({ catalog, result, strings, base }: ExportContext): string {
  const themeTitle = new Map(catalog.themes.map((theme) => [theme.id, theme.title]));
  const header = [strings.csvTheme, strings.csvExampleId, strings.csvExample, strings.csvAnswer, strings.csvMeaning, strings.csvScore, strings.csvLink];
  const rows = catalog.pairs.map((pair) => {
    const answer = result.answers.get(pair.id);
    const onScale = answer !== undefined && answer !== 0;
    return [themeTitle.get(pair.theme) ?? pair.theme, pair.id, pair.title, onScale ? answer : "", answerName(strings, answer), onScale ? (answer - 1) * 25 : "", new URL(pair.href, base).href];
  });
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Escapes text so that Markdown shows it as written (table pipes included). */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, "\\$&").replace(/\s+/g, " ").trim();
}

function markdownLink(title: string, href: string, base: string): string {
  // A URL object's href has no spaces or angle brackets, so the <…> form needs no escaping.
  return `[${markdownText(title)}](<${new URL(href, base).href}>)`;
}

export function toMarkdown(context: ExportContext): string {
  const { catalog, result, scored, strings, base } = context;
  const lines: string[] = [];
  const title = result.label ? `${context.heading}: ${result.label}` : context.heading;
  lines.push(`# ${markdownText(title)}`, "");
  const { overall } = scored;
  if (overall.score !== null) {
    lines.push(`**${markdownText(fill(strings.overall, { score: overall.score, band: bandName(strings, overall.score) }))}**`, "");
  }
  lines.push(markdownText(fill(strings.overallDetail, { answered: overall.answered, skipped: overall.skipped })), "");
  lines.push(`## ${markdownText(strings.tableCaption)}`, "");
  lines.push(`| ${[strings.colTheme, strings.colScore, strings.colBand, strings.colAnswered].map(markdownText).join(" | ")} |`, "| --- | ---: | --- | ---: |");
  for (const theme of scored.themes) {
    const score = theme.score === null ? "–" : String(theme.score);
    const band = theme.score === null ? strings.noThemeAnswers : bandName(strings, theme.score);
    lines.push(`| ${markdownText(theme.theme.title)} | ${score} | ${markdownText(band)} | ${fill(strings.answeredOf, { answered: theme.answered + theme.skipped, total: theme.total })} |`);
  }
  lines.push("");
  const advice = weakestThemes(catalog, result.answers, scored);
  lines.push(`## ${markdownText(strings.adviceTitle)}`, "");
  if (advice.length === 0) lines.push(markdownText(strings.adviceNone), "");
  for (const entry of advice) {
    lines.push(`### ${markdownText(fill(strings.adviceTheme, { theme: entry.theme.theme.title, score: entry.theme.score ?? 0 }))}`, "");
    if (entry.pairs.length > 0) {
      lines.push(`${markdownText(strings.adviceExamples)}:`, "");
      for (const { pair, answer } of entry.pairs) lines.push(`- ${markdownLink(pair.title, pair.href, base)} (${markdownText(fill(strings.adviceAnswer, { answer: answerName(strings, answer) }))})`);
      lines.push("");
    }
    if (entry.articles.length > 0) {
      lines.push(`${markdownText(strings.adviceArticles)}:`, "");
      for (const article of entry.articles) lines.push(`- ${markdownLink(article.title, article.href, base)}`);
      lines.push("");
    }
  }
  lines.push(`## ${markdownText(strings.mdAnswers)}`, "");
  for (const theme of catalog.themes) {
    const pairs = catalog.pairs.filter((pair) => pair.theme === theme.id);
    if (pairs.length === 0) continue;
    lines.push(`### ${markdownText(theme.title)}`, "");
    for (const pair of pairs) lines.push(`- ${markdownLink(pair.title, pair.href, base)}: ${markdownText(answerName(strings, result.answers.get(pair.id)))}`);
    lines.push("");
  }
  lines.push(`*${markdownText(fill(strings.mdMade, { site: context.siteName, date: context.date }))}*`, "");
  return lines.join("\n");
}
