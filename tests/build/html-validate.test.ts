import path from "node:path";
import { HtmlValidate, type ConfigData, type Message } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtSite, htmlFiles, readPage } from "../support/site.ts";

/**
 * The recommended preset plus the rules for whole documents. Every change to a rule is here with
 * its reason; none is turned off to make a page pass.
 */
const config: ConfigData = {
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // The JSX runtime (src/jsx/jsx-runtime.ts) writes void elements as `<meta/>` and the doctype in lowercase.
    // Both are valid HTML; the rules still hold every page to one consistent style.
    "void-style": ["error", { style: "selfclose" }],
    "doctype-style": ["error", { style: "lowercase" }],
    // SRI guards files from other origins (CDNs). Every script and style here is a same-origin,
    // content-hashed file, so the rule is kept for anything cross-origin only.
    "require-sri": ["error", { target: "crossorigin" }],
    // `role="list"` on a <ul> is deliberate: WebKit drops the list semantics of a list styled with
    // `list-style: none`, and VoiceOver users then lose "list, 12 items". The rule has no option to
    // allow only this role, so it is off; axe (accessibility.test.ts) still checks every role.
    "no-redundant-role": "off",
    // Titles are "page title · site name", as WCAG 2.4.2 advises; a search engine cutting off the
    // site name is not an error in the page. The recommended length is a heuristic, not validity.
    "long-title": "off",
    // HTML allows an id to start with a digit ("1-search-first", from a numbered heading).
    // `relaxed` keeps every other id rule (no spaces, not empty, unique via no-dup-id).
    "valid-id": ["error", { relaxed: true }],
  },
};

const validator = new HtmlValidate(config);

/** `file:line:column rule message (selector)` for each error, so that a failure says where to look. */
function describeMessages(file: string, messages: Message[]): string[] {
  return messages.filter((message) => message.severity === 2).map((message) => `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}${message.selector ? ` (${message.selector})` : ""}`);
}

// The prefixed build differs from this one only in URLs, which links.test.ts checks on both.
describe("html-validate on the built site", () => {
  it("finds no error on any page", async () => {
    const dir = builtSite("root");
    const files = htmlFiles(dir);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readPage(dir, file), path.join(dir, file));
      for (const result of report.results) errors.push(...describeMessages(file, result.messages));
    }
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});

describe("the html-validate configuration", () => {
  it("still reports the mistakes it exists to catch", async () => {
    const broken = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Broken</title></head><body><main><h1>One</h1><h3>Skipped a level</h3><p id="x">a</p><p id="x">b</p><img src="/a.png" /><button>ok</button><input type="text" /><nav aria-labelledby="nowhere">x</nav><script src="https://cdn.example/x.js"></script></main></body></html>`;
    const report = await validator.validateString(broken, "broken.html");
    const rules = new Set(report.results.flatMap((result) => result.messages.map((message) => message.ruleId)));
    for (const rule of ["heading-level", "no-dup-id", "wcag/h37", "no-implicit-button-type", "input-missing-label", "no-missing-references", "require-sri"]) expect(rules, rule).toContain(rule);
  });
});
