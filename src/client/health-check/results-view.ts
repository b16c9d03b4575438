/** Draws one result (your own, or a shared one read-only): overall, chart, table, advice, files. */
import { barChart } from "./chart.ts";
import { all, el, fillList, must } from "./dom.ts";
import { today, updateDownloads } from "./downloads.ts";
import { answerName, bandName } from "./export.ts";
import { bandOf, scoreResult, weakestThemes, type Advice } from "./scoring.ts";
import { shareField } from "./share-field.ts";
import { fill, type ClientStrings } from "./strings.ts";
import { resultTable } from "./tables.ts";
import type { HcCatalog, HcResult } from "./types.ts";

export interface PageInfo {
  catalog: HcCatalog;
  strings: ClientStrings;
  heading: string;
  siteName: string;
}

export type ResultMode = { kind: "own"; shareUrl: string } | { kind: "shared"; warnings: string[] };

export interface ResultsView {
  section: HTMLElement;
  title: HTMLElement;
  render(result: HcResult, mode: ResultMode): void;
}

function adviceBlock(entry: Advice, strings: ClientStrings): HTMLElement {
  const theme = entry.theme;
  const links = (items: { title: string; href: string; note?: string }[]) =>
    el("ul", {}, ...items.map((item) => el("li", {}, el("a", { href: item.href }, item.title), item.note ? ` (${item.note})` : null)));
  return el(
    "div",
    { class: "hc-advice__theme" },
    el("h4", {}, fill(strings.adviceTheme, { theme: theme.theme.title, score: theme.score ?? 0 })),
    entry.pairs.length > 0 && el("p", { class: "hc-advice__label" }, strings.adviceExamples),
    entry.pairs.length > 0 && links(entry.pairs.map(({ pair, answer }) => ({ title: pair.title, href: pair.href, note: fill(strings.adviceAnswer, { answer: answerName(strings, answer) }) }))),
    entry.articles.length > 0 && el("p", { class: "hc-advice__label" }, strings.adviceArticles),
    entry.articles.length > 0 && links(entry.articles),
    el("p", {}, el("a", { href: theme.theme.href }, fill(strings.adviceThemeLink, { theme: theme.theme.title }))),
  );
}

export function resultsView(root: HTMLElement, info: PageInfo): ResultsView {
  const { catalog, strings } = info;
  const section = must(root, "[data-hc-results]");
  const title = must(section, "[data-hc-results-title]");
  const sharedNote = must(section, "[data-hc-shared-note]");
  const sharedWarnings = must(section, "[data-hc-shared-warnings]");
  const empty = must(section, "[data-hc-results-empty]");
  const body = must(section, "[data-hc-results-body]");
  const overall = must(section, "[data-hc-overall]");
  const overallDetail = must(section, "[data-hc-overall-detail]");
  const chart = must(section, "[data-hc-chart]");
  const table = must(section, "[data-hc-table]");
  const advice = must(section, "[data-hc-advice]");
  const actions = must(section, "[data-hc-actions]");
  const ownOnly = all(section, "[data-hc-own-only]");
  const shareBox = must(section, "[data-hc-share]");
  const share = shareField(shareBox, strings);
  const csvLink = must<HTMLAnchorElement>(section, "[data-hc-download-csv]");
  const markdownLink = must<HTMLAnchorElement>(section, "[data-hc-download-md]");
  const files = must(section, "[data-hc-files]");

  return {
    section,
    title,
    render(result, mode) {
      const shared = mode.kind === "shared";
      const scored = scoreResult(catalog, result.answers);
      const named = result.label !== "";
      title.textContent = shared ? (named ? fill(strings.sharedTitleNamed, { label: result.label }) : strings.sharedTitle) : named ? fill(strings.resultTitleNamed, { label: result.label }) : strings.resultTitle;
      sharedNote.hidden = !shared;
      fillList(sharedWarnings, shared ? mode.warnings : []);
      if (mode.kind === "own") share.set(mode.shareUrl);
      const hasScore = scored.overall.score !== null;
      empty.hidden = hasScore;
      body.hidden = !hasScore;
      // Your own name field stays reachable before the first answer; sharing and files wait for one.
      actions.hidden = shared && !hasScore;
      for (const node of ownOnly) node.hidden = shared;
      shareBox.hidden = shared || !hasScore;
      files.hidden = !hasScore;
      if (!hasScore) return;
      const score = scored.overall.score!;
      overall.textContent = fill(strings.overall, { score, band: bandName(strings, score) });
      overall.dataset.band = bandOf(score);
      overallDetail.textContent = fill(strings.overallDetail, { answered: scored.overall.answered, skipped: scored.overall.skipped });

      const rows = scored.themes.map((theme) => ({ title: theme.theme.title, values: [theme.score] }));
      const description = scored.themes.map((theme) => `${theme.theme.title}: ${theme.score ?? strings.noThemeAnswers}`).join(". ");
      chart.replaceChildren(
        barChart(rows, {
          id: shared ? "hc-shared-chart" : "hc-own-chart",
          title: strings.chartTitle,
          description,
          noAnswers: strings.noThemeAnswers,
          series: [{ marker: "", name: "" }],
          barClass: (_index, value) => `hc-bar--${bandOf(value)}`,
          width: chart.clientWidth,
        }),
      );
      table.replaceChildren(resultTable(scored, strings));
      const weakest = weakestThemes(catalog, result.answers, scored);
      advice.replaceChildren(...(weakest.length > 0 ? weakest.map((entry) => adviceBlock(entry, strings)) : [el("p", {}, strings.adviceNone)]));
      updateDownloads(csvLink, markdownLink, { catalog, result, scored, strings, base: location.href, heading: info.heading, siteName: info.siteName, date: today() });
    },
  };
}
