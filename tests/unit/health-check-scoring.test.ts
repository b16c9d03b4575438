import { describe, expect, it } from "vitest";
import { answerScore, bandOf, scoreResult, weakestThemes } from "../../src/client/health-check/scoring.ts";
import type { Answer, HcCatalog, HcPair } from "../../src/client/health-check/types.ts";

const article = (id: string) => ({ title: `Article ${id}`, href: `/en/articles/${id}/` });
const pair = (id: string, theme: string, articles: string[] = []): HcPair => ({ id, theme, title: `Pair ${id}`, href: `/en/examples/${id}/`, audiences: ["users"], articles: articles.map(article) });

const catalog: HcCatalog = {
  themes: [
    { id: "desk", title: "Service desk", href: "/en/themes/desk/" },
    { id: "change", title: "Changes", href: "/en/themes/change/" },
    { id: "security", title: "Security", href: "/en/themes/security/" },
    { id: "outage", title: "Outages", href: "/en/themes/outage/" },
    { id: "empty", title: "Nothing answered", href: "/en/themes/empty/" },
  ],
  pairs: [
    pair("d1", "desk", ["phone", "scripts"]),
    pair("d2", "desk", ["scripts"]),
    pair("d3", "desk", ["ownership"]),
    pair("c1", "change", ["calendar"]),
    pair("c2", "change"),
    pair("s1", "security", ["passwords"]),
    pair("o1", "outage", ["status-page"]),
    pair("e1", "empty", ["unused"]),
  ],
};

const answers = new Map<string, Answer>([
  ["d1", 1],
  ["d2", 2],
  ["d3", 0],
  ["c1", 3],
  ["c2", 4],
  ["s1", 5],
  ["o1", 2],
]);

describe("health check scoring", () => {
  it("the five answers score 0, 25, 50, 75 and 100, and a skip has no score", () => {
    expect(([1, 2, 3, 4, 5, 0] as Answer[]).map(answerScore)).toEqual([0, 25, 50, 75, 100, null]);
  });

  it("a theme's score is the rounded mean of its answers, with skips left out but counted", () => {
    const desk = scoreResult(catalog, answers).themes[0]!;
    expect(desk).toMatchObject({ score: 13, answered: 2, skipped: 1, total: 3 });
  });

  it("the overall score weighs every answered example the same", () => {
    // (0 + 25 + 50 + 75 + 100 + 25) / 6
    expect(scoreResult(catalog, answers).overall).toEqual({ score: 46, answered: 6, skipped: 1, total: 8 });
  });

  it("a theme without answers has no score rather than a score of zero", () => {
    expect(scoreResult(catalog, answers).themes[4]).toMatchObject({ score: null, answered: 0, total: 1 });
    expect(scoreResult(catalog, new Map([["e1", 0]])).overall.score).toBeNull();
  });

  it("scores read as hate below 40, in between below 70, and love from 70", () => {
    expect([0, 39, 40, 69, 70, 100].map(bandOf)).toEqual(["hate", "hate", "mixed", "mixed", "love", "love"]);
  });

  it("the weakest themes come lowest first, and a theme at 100 is never called weak", () => {
    const scored = scoreResult(catalog, answers);
    expect(weakestThemes(catalog, answers, scored).map((entry) => entry.theme.theme.id)).toEqual(["desk", "outage", "change"]);
    expect(weakestThemes(catalog, answers, scored, 10).map((entry) => entry.theme.theme.id)).not.toContain("security");
  });

  it("advice names the examples answered lowest and the articles that cover most of the gap", () => {
    const [desk] = weakestThemes(catalog, answers, scoreResult(catalog, answers));
    expect(desk!.pairs.map(({ pair: item, answer }) => [item.id, answer])).toEqual([
      ["d1", 1],
      ["d2", 2],
    ]);
    // "scripts" helps with d1 (weight 4) and d2 (weight 3); "phone" only with d1; d3 was skipped.
    expect(desk!.articles.map((item) => item.href)).toEqual(["/en/articles/scripts/", "/en/articles/phone/"]);
  });

  it("an example answered just like love is not listed as one to work on", () => {
    const change = weakestThemes(catalog, answers, scoreResult(catalog, answers)).find((entry) => entry.theme.theme.id === "change")!;
    const loved = new Map<string, Answer>([...answers, ["c2", 5]]);
    const changeLoved = weakestThemes(catalog, loved, scoreResult(catalog, loved)).find((entry) => entry.theme.theme.id === "change")!;
    expect(change.pairs.map(({ pair: item }) => item.id)).toEqual(["c1", "c2"]);
    expect(changeLoved.pairs.map(({ pair: item }) => item.id)).toEqual(["c1"]);
  });

  it("with no answers there is nothing weak", () => {
    const none = new Map<string, Answer>();
    expect(weakestThemes(catalog, none, scoreResult(catalog, none))).toEqual([]);
  });
});
