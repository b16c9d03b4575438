import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fileBase } from "../../src/client/health-check/downloads.ts";
import { csvCell, markdownText, toCsv, toMarkdown, type ExportContext } from "../../src/client/health-check/export.ts";
import { scoreResult } from "../../src/client/health-check/scoring.ts";
import { CLIENT_STRINGS, fill, parseClientStrings, type ClientStrings } from "../../src/client/health-check/strings.ts";
import type { Answer, HcCatalog, HcResult } from "../../src/client/health-check/types.ts";

const ui = parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../_data/ui/health-check.yaml"), "utf8")) as Record<string, { en: string; nl: string }>;
const strings = (lang: "en" | "nl") => Object.fromEntries(CLIENT_STRINGS.map((key) => [key, ui[`healthCheck.${key}`]?.[lang]])) as ClientStrings;

const catalog: HcCatalog = {
  themes: [
    { id: "desk", title: "Desk | front", href: "/docs/it/en/themes/desk/" },
    { id: "change", title: "Changes", href: "/docs/it/en/themes/change/" },
  ],
  pairs: [
    { id: "d1", theme: "desk", title: 'The "it works" ticket, again', href: "/docs/it/en/examples/d1/", audiences: [], articles: [{ title: "Stop the *ping-pong*", href: "/docs/it/en/articles/ping/" }] },
    { id: "d2", theme: "desk", title: "=HYPERLINK(evil)", href: "/docs/it/en/examples/d2/", audiences: [], articles: [] },
    { id: "c1", theme: "change", title: "Surprise change", href: "/docs/it/en/examples/c1/", audiences: [], articles: [] },
  ],
};
const result: HcResult = { label: "IT [team]", answers: new Map<string, Answer>([["d1", 1], ["d2", 0]]) };

function context(lang: "en" | "nl"): ExportContext {
  return { catalog, result, scored: scoreResult(catalog, result.answers), strings: strings(lang), base: "https://example.org/docs/it/en/health-check/#v1.x", heading: "Health check", siteName: "I Love My IT Department", date: "2026-05-01" };
}

describe("health check downloads", () => {
  it("every string the browser needs exists in both languages", () => {
    for (const key of CLIENT_STRINGS) {
      expect(ui[`healthCheck.${key}`]?.en, key).toBeTruthy();
      expect(ui[`healthCheck.${key}`]?.nl, key).toBeTruthy();
    }
    expect(() => parseClientStrings(JSON.stringify(strings("nl")))).not.toThrow();
    expect(() => parseClientStrings(JSON.stringify({ progress: "x" }))).toThrow(/missing/);
  });

  it("the CSV has a header and one row per example, answered or not, with absolute links", () => {
    const lines = toCsv(context("en")).split("\r\n");
    expect(lines[0]).toBe("Theme,Example id,Example,Answer (1 hate to 5 love),Meaning,Score (0 to 100),Link");
    expect(lines.slice(1, 4)).toEqual([
      'Desk | front,d1,"The ""it works"" ticket, again",1,Just like hate,0,https://example.org/docs/it/en/examples/d1/',
      "Desk | front,d2,'=HYPERLINK(evil),,Skip,,https://example.org/docs/it/en/examples/d2/",
      "Changes,c1,Surprise change,,Not answered,,https://example.org/docs/it/en/examples/c1/",
    ]);
    expect(lines[4]).toBe("");
  });

  it("a CSV cell that a spreadsheet would run as a formula is shown as text", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)"].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)"]);
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell("a;b")).toBe('"a;b"');
  });

  it("the Markdown report has the score table, the advice and every answer, in the page's language", () => {
    const markdown = toMarkdown(context("nl"));
    expect(markdown).toContain("# Health check: IT \\[team\\]");
    expect(markdown).toContain("| Desk \\| front | 0 | dichter bij hate | 2 van 2 |");
    expect(markdown).toContain("- [Stop the \\*ping-pong\\*](<https://example.org/docs/it/en/articles/ping/>)");
    expect(markdown).toContain("- [=HYPERLINK\\(evil\\)](<https://example.org/docs/it/en/examples/d2/>): Overslaan");
    expect(markdown).toContain("- [Surprise change](<https://example.org/docs/it/en/examples/c1/>): Niet beantwoord");
    expect(markdown).toContain(fill(strings("nl").mdMade, { site: "I Love My IT Department", date: "2026-05-01" }));
  });

  it("text in the Markdown report cannot turn into markup", () => {
    expect(markdownText("<script>*x*</script> | [a](b)")).toBe("\\<script\\>\\*x\\*\\</script\\> \\| \\[a\\]\\(b\\)");
  });

  it("file names carry the result's name and the date, and are safe on any system", () => {
    expect(fileBase("health-check", "Équipe IT / Zürich", "2026-05-01")).toBe("health-check-equipe-it-zurich-2026-05-01");
    expect(fileBase("gezondheidscheck", "", "2026-05-01")).toBe("gezondheidscheck-2026-05-01");
  });
});
