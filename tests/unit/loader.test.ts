import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadCatalog } from "../../src/content/catalog.ts";
import { splitFrontMatter } from "../../src/content/front-matter.ts";
import { countWords, createMarkdown, renderArticleBody } from "../../src/content/markdown.ts";
import { ProblemList } from "../../src/content/problems.ts";
import { parseYaml, validateYaml } from "../../src/content/yaml.ts";
import { articleFrontMatterSchema } from "../../src/schemas/article.ts";

const root = path.resolve(import.meta.dirname, "../..");
const validContent = path.join(root, "tests/fixtures/content/valid");

/** A copy of the valid fixture with one file changed, so each test breaks exactly one thing. */
function fixtureWith(change: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-loader-"));
  fs.cpSync(validContent, dir, { recursive: true });
  change(path.join(dir, "sample"));
  return dir;
}

function problemsOf(contentDir: string) {
  const result = loadCatalog({ root, contentDir });
  if (result.ok) throw new Error("expected the content to be rejected");
  return result.problems.items;
}

describe("the content loader", () => {
  it("loads the valid fixture with its pairs and both translations of its article", () => {
    const result = loadCatalog({ root, contentDir: validContent });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.packages.map((pkg) => pkg.name)).toEqual(["@fixtures/sample"]);
    expect(result.catalog.pairs.map((pair) => pair.id)).toEqual(["fixture-unreachable-desk", "fixture-ping-pong", "fixture-lunchtime-patch"]);
    expect(result.catalog.articles.map((article) => `${article.lang}:${article.id}`).sort()).toEqual(["en:fixture-story-desk", "nl:fixture-story-desk"]);
  });

  it("names the file, the field and the line of a wrong value in pairs.yaml", () => {
    const dir = fixtureWith((pkg) => {
      const file = path.join(pkg, "pairs.yaml");
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("audiences: [users]", "audiences: users"));
    });
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ file: expect.stringMatching(/sample\/pairs\.yaml$/), field: "[2].audiences", line: 53 });
  });

  it("reports a file where a language folder should be as in the wrong place, instead of failing on it", () => {
    const dir = fixtureWith((pkg) => {
      fs.rmSync(path.join(pkg, "articles/nl"), { recursive: true });
      fs.writeFileSync(path.join(pkg, "articles/nl"), "not a folder");
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/sample\/articles\/nl$/), message: expect.stringMatching(/is in the wrong place/) }));
  });

  it("reports every problem at once, not only the first", () => {
    const dir = fixtureWith((pkg) => {
      const file = path.join(pkg, "pairs.yaml");
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("theme: ownership", "theme: nope").replace("theme: changes", "theme: nada"));
      fs.rmSync(path.join(pkg, "articles/nl/fixture-story-desk.md"));
    });
    const problems = problemsOf(dir);
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(["[1].theme", "[2].theme", "id"]));
    expect(problems.find((problem) => problem.field === "id")?.message).toMatch(/has no nl translation/);
  });

  it("keeps a YAML date a string instead of turning it into a Date in another time zone", () => {
    const problems = new ProblemList();
    const source = parseYaml('id: a-b\ntitle: A title long enough\nsummary: A summary that is long enough to pass the check.\nkind: story\naudiences: [users]\ntheme: changes\ndate: 2026-11-02\n', "x.md", problems, 1);
    expect(validateYaml(source, articleFrontMatterSchema, problems)?.date).toBe("2026-11-02");
  });

  it("reports broken YAML with its line, offset by the front matter fence", () => {
    const problems = new ProblemList();
    parseYaml("id: a\ntitle: [unclosed\n", "article.md", problems, 1);
    expect(problems.items[0]).toMatchObject({ file: "article.md", line: expect.any(Number), message: expect.stringMatching(/not valid YAML/) });
    expect(problems.items[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe("the Markdown renderer", () => {
  const md = createMarkdown();

  it("shows raw HTML as text and never renders it", () => {
    expect(renderArticleBody(md, 'Hi <script>alert(1)</script> <img src=x onerror="alert(1)">').html).not.toMatch(/<script|<img/);
  });

  it("leaves template syntax alone: no template language runs over Markdown", () => {
    expect(renderArticleBody(md, "{{ site.secret }} and {% include x %}").html).toContain("{{ site.secret }} and {% include x %}");
  });

  it("refuses javascript: links", () => {
    expect(renderArticleBody(md, "[click](javascript:alert(1))").html).not.toContain("href");
  });

  it("wraps a table in a focusable box that scrolls on its own, named by the heading above it", () => {
    const html = renderArticleBody(md, "## Phrases that work\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n| c |\n| - |\n| 3 |\n").html;
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-labelledby="phrases-that-work"><table>');
    expect(html).toContain('<div class="table-scroll" tabindex="0"><table>');
    expect(html.match(/<\/table>\s*<\/section>/g)).toHaveLength(1);
    expect(html.match(/<\/table>\s*<\/div>/g)).toHaveLength(1);
  });

  it("gives h2 and h3 headings anchors and lists the h2s for a table of contents", () => {
    const rendered = renderArticleBody(md, "## Wat nú?\n\ntext\n\n### Deeper\n");
    expect(rendered.html).toContain('id="wat-nu"');
    expect(rendered.headings).toEqual([{ id: "wat-nu", text: "Wat nú?" }]);
  });
});

describe("the word count behind the length limits", () => {
  it("counts runs of text with a letter or digit, not punctuation", () => {
    expect(countWords("Hello, world — it is 08:00 (IT-afdeling) ... ok")).toBe(7);
    expect(countWords("  \n")).toBe(0);
  });

  it("counts letters beyond ASCII, and splits on every kind of space JavaScript knows", () => {
    expect(countWords("één ĳsje — 中文 𝒜bc ٣")).toBe(5);
    expect(countWords("a\u00a0b\u2003c\u3000d\ufeffe\tf")).toBe(6);
    // A zero-width space is not whitespace: one word, as a reader sees it.
    expect(countWords("a\u200bb")).toBe(1);
  });
});

describe("the YAML reader", () => {
  /** Every YAML text the shipped site reads: pairs files, front matter, and `_data/`. */
  function shippedYaml(): { file: string; text: string }[] {
    const files = [...fs.readdirSync(path.join(root, "content"), { recursive: true, encoding: "utf8" }).map((file) => path.join(root, "content", file)), ...fs.readdirSync(path.join(root, "_data"), { recursive: true, encoding: "utf8" }).map((file) => path.join(root, "_data", file))];
    return files
      .filter((file) => !file.includes("node_modules") && /\.(ya?ml|md)$/.test(file) && !file.endsWith("README.md"))
      .map((file) => {
        const source = fs.readFileSync(file, "utf8");
        return { file, text: file.endsWith(".md") ? (splitFrontMatter(source)?.yaml ?? "") : source };
      });
  }

  it("reads every shipped YAML text to the same values as the yaml library's YAML 1.2 core schema", () => {
    const texts = shippedYaml();
    expect(texts.length).toBeGreaterThan(60);
    for (const { file, text } of texts) {
      const problems = new ProblemList();
      expect(parseYaml(text, file, problems).value, file).toEqual(parse(text, { version: "1.2", schema: "core" }) ?? null);
      expect(problems.items).toEqual([]);
    }
  });

  it("keeps 2026-11-02 and no as strings, and 0o17 as a number, as YAML 1.2 says", () => {
    const source = parseYaml("date: 2026-11-02\nanswer: no\nmode: 0o17\n", "x.yaml", new ProblemList());
    expect(source.value).toEqual({ date: "2026-11-02", answer: "no", mode: 15 });
  });

  it("reads binary, signed hexadecimal and underscored numbers as YAML 1.2 does: as strings", () => {
    const text = "a: 0b1010\nb: -0x1F\nc: +0o7\nd: 1_000.5\ne: 0x1F\n";
    expect(parseYaml(text, "x.yaml", new ProblemList()).value).toEqual(parse(text, { version: "1.2", schema: "core" }));
    expect(parseYaml(text, "x.yaml", new ProblemList()).value).toEqual({ a: "0b1010", b: "-0x1F", c: "+0o7", d: "1_000.5", e: 31 });
  });

  it("finds the line of a field in a file it read quickly", () => {
    const source = parseYaml("id: a\n\ntheme: b\nsteps:\n  - one\n  - two\n", "x.yaml", new ProblemList(), 1);
    expect(source.lineOf(["theme"])).toBe(4);
    expect(source.lineOf(["steps", 1])).toBe(7);
    expect(source.lineOf(["missing"])).toBe(2);
  });

  it("reports a duplicate key with its line instead of keeping either value", () => {
    const problems = new ProblemList();
    const source = parseYaml("id: a\ntitle: one\ntitle: two\n", "x.yaml", problems);
    expect(source.broken).toBe(true);
    expect(problems.items).toEqual([expect.objectContaining({ file: "x.yaml", line: 3 })]);
  });
});
