import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build-site.ts";
import { htmlFiles, readPage, snapshotFiles } from "../support/site.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/content/valid");
let out: string;

beforeAll(async () => {
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-fixture-site-")), "site");
  const result = await buildSite({ output: out, contentDir: fixture });
  if (!result.ok) throw new Error(result.message);
});

describe("a site built from the valid fixture package", () => {
  it("has every page type in both languages", () => {
    const files = htmlFiles(out);
    for (const lang of ["en", "nl"]) {
      for (const page of ["index.html", "examples/index.html", "examples/fixture-ping-pong/index.html", "themes/index.html", "themes/ownership/index.html", "for/it-staff/index.html", "articles/index.html", "articles/fixture-story-desk/index.html", "search/index.html", "health-check/index.html", "packages/index.html", "about/index.html", "offline/index.html"]) {
        expect(files).toContain(`${lang}/${page}`);
      }
    }
    expect(files).toContain("index.html");
    expect(files).toContain("404.html");
  });

  it("sets <html lang> to the language of the URL on every page", () => {
    for (const file of htmlFiles(out)) {
      const lang = /<html lang="([a-z]+)"/.exec(readPage(out, file))?.[1];
      const expected = file.startsWith("nl/") ? "nl" : "en";
      expect(lang, file).toBe(expected);
    }
  });

  it("links each page to the same page in the other language", () => {
    const page = readPage(out, "nl/examples/fixture-ping-pong/index.html");
    expect(page).toContain('class="lang-switch" href="/en/examples/fixture-ping-pong/" hreflang="en"');
    expect(page).toContain('<link rel="alternate" hreflang="en" href="https://ilovemyitdepartment.example/en/examples/fixture-ping-pong/"/>');
  });

  it("never turns a package README into a page", () => {
    expect(htmlFiles(out).some((file) => /readme/i.test(file))).toBe(false);
    for (const file of htmlFiles(out)) expect(readPage(out, file)).not.toContain("This README must never become a page");
  });

  it("shows template syntax and HTML from an article as text", () => {
    const page = readPage(out, "en/articles/fixture-story-desk/index.html");
    expect(page).toContain("{{ this stays text }}");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)");
  });

  it("resolves every internal link of every page to a built file", () => {
    const files = new Set(htmlFiles(out));
    const missing: string[] = [];
    for (const file of files) {
      for (const [, href] of readPage(out, file).matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = href!.endsWith("/") ? `${href}index.html` : href!;
        if (!fs.existsSync(path.join(out, target))) missing.push(`${file} -> ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("indexes pairs and articles for search, in each language", () => {
    const entry = JSON.parse(fs.readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBe(4);
    expect(entry.languages.nl?.page_count).toBe(4);
  });
});

describe("a build with bad content", () => {
  it("exits with the problem and leaves the previous site exactly as it was", async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-broken-"));
    fs.cpSync(fixture, broken, { recursive: true });
    const pairs = path.join(broken, "sample/pairs.yaml");
    fs.writeFileSync(pairs, fs.readFileSync(pairs, "utf8").replace("theme: ownership", "theme: not-a-theme"));
    const before = snapshotFiles(out);
    const result = await buildSite({ output: out, contentDir: broken });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/sample\/pairs\.yaml[\s\S]*line \d+\s+\[1\]\.theme: names the unknown theme `not-a-theme`/);
    expect(snapshotFiles(out)).toEqual(before);
  });

  it("that fails while rendering leaves no staging folder and the previous site exactly as it was", async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-broken-"));
    fs.cpSync(fixture, broken, { recursive: true });
    const pairs = path.join(broken, "sample/pairs.yaml");
    const text = fs.readFileSync(pairs, "utf8");
    // Valid content, but these two ids share a health-check share-link key (found by search), so
    // rendering the health check page throws, after the content has loaded.
    const pingPong = text.slice(text.indexOf("- id: fixture-ping-pong"), text.indexOf("- id:", text.indexOf("- id: fixture-ping-pong") + 1));
    fs.writeFileSync(pairs, `${text.trimEnd()}\n${pingPong.replace("fixture-ping-pong", "fixture-pair-61").trimEnd()}\n${pingPong.replace("fixture-ping-pong", "fixture-pair-1912").trimEnd()}\n`);
    const before = snapshotFiles(out);
    const result = await buildSite({ output: out, contentDir: broken });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/`fixture-pair-61` and `fixture-pair-1912` share a share-link key/);
    // Nor may a late page write bring the staging folder back.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fs.readdirSync(path.dirname(out)).filter((name) => name.includes(".staging-"))).toEqual([]);
    expect(snapshotFiles(out)).toEqual(before);
  });
});
