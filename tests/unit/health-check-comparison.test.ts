import { describe, expect, it } from "vitest";
import { compareResults, distinctLabels, spread } from "../../src/client/health-check/comparison.ts";
import type { Answer, HcCatalog, HcResult } from "../../src/client/health-check/types.ts";

const catalog: HcCatalog = {
  themes: [
    { id: "desk", title: "Service desk", href: "/en/themes/desk/" },
    { id: "change", title: "Changes", href: "/en/themes/change/" },
    { id: "security", title: "Security", href: "/en/themes/security/" },
  ],
  pairs: [
    { id: "d1", theme: "desk", title: "D1", href: "/en/examples/d1/", audiences: [], articles: [] },
    { id: "d2", theme: "desk", title: "D2", href: "/en/examples/d2/", audiences: [], articles: [] },
    { id: "c1", theme: "change", title: "C1", href: "/en/examples/c1/", audiences: [], articles: [] },
    { id: "s1", theme: "security", title: "S1", href: "/en/examples/s1/", audiences: [], articles: [] },
  ],
};

const result = (label: string, entries: [string, Answer][]): HcResult => ({ label, answers: new Map(entries) });
const it_ = result("IT team", [["d1", 5], ["d2", 5], ["c1", 4], ["s1", 3]]);
const users = result("Users", [["d1", 1], ["d2", 3], ["c1", 4]]);
const fallback = (position: number) => `Result ${position}`;

describe("health check comparison", () => {
  it("the gap of a theme is the spread between the highest and the lowest result", () => {
    const comparison = compareResults(catalog, [it_, users], fallback);
    expect(comparison.themes.map((theme) => [theme.theme.id, theme.scores, theme.gap])).toEqual([
      ["desk", [100, 25], 75],
      ["change", [75, 75], 0],
      ["security", [50, null], null],
    ]);
    // IT: (100 + 100 + 75 + 50) / 4; users: (0 + 50 + 75) / 3.
    expect(comparison.overall.map((score) => score.score)).toEqual([81, 42]);
    expect(comparison.overallGap).toBe(39);
  });

  it("a theme only one result answered has no gap, and a theme all agree on is not a gap", () => {
    const comparison = compareResults(catalog, [it_, users], fallback);
    expect(comparison.widestThemes.map((theme) => theme.theme.id)).toEqual(["desk"]);
  });

  it("with three results the gap spans the highest and the lowest of them", () => {
    const middle = result("Managers", [["d1", 3], ["d2", 3]]);
    expect(compareResults(catalog, [it_, middle, users], fallback).themes[0]).toMatchObject({ scores: [100, 50, 25], gap: 75 });
  });

  it("examples answered two or more steps apart are listed widest first, and skips never make a gap", () => {
    const skipper = result("Skipper", [["d1", 0], ["d2", 0], ["c1", 0]]);
    const comparison = compareResults(catalog, [it_, users, skipper], fallback);
    expect(comparison.widestPairs.map((entry) => [entry.pair.id, entry.gap, entry.answers])).toEqual([
      ["d1", 4, [5, 1, 0]],
      ["d2", 2, [5, 3, 0]],
    ]);
  });

  it("unnamed results get a numbered name and repeated names are told apart", () => {
    expect(distinctLabels([result("", []), result("Users", []), result("Users", []), result("IT", [])], fallback)).toEqual(["Result 1", "Users (2)", "Users (3)", "IT"]);
  });

  it("a spread needs at least two values", () => {
    expect(spread([null, 40, undefined])).toBeNull();
    expect(spread([10, 40, 25])).toBe(30);
  });
});
