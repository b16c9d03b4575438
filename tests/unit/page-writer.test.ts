import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutputPreparer } from "../../src/eleventy/output-preparer.ts";
import { PageWriter } from "../../src/eleventy/page-writer.ts";

let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-page-writer-"));
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the page writer of a one-off build", () => {
  it("writes every page, in its own folder, by the time it says it has finished", async () => {
    const writer = new PageWriter();
    const pages = Array.from({ length: 50 }, (_, index) => path.join(work, "site", "en", "articles", `article-${index}`, "index.html"));
    pages.forEach((file, index) => writer.write(file, `<p>page ${index} – “quoted”</p>`));
    await writer.finished();
    expect(pages.map((file) => fs.readFileSync(file, "utf8"))).toEqual(pages.map((_, index) => `<p>page ${index} – “quoted”</p>`));
  });

  it("fails at once, naming the page, when it cannot write one", () => {
    const writer = new PageWriter();
    // A folder cannot be made where a file stands.
    fs.writeFileSync(path.join(work, "a-file"), "");
    expect(() => writer.write(path.join(work, "a-file", "page", "index.html"), "<p>lost</p>")).toThrow(/could not write .*a-file\/page\/index\.html: ENOTDIR/);
    expect(writer.pagesWritten).toBe(0);
  });

  it("fills the files it prepared, whichever thread reaches a file first, and leaves none empty", async () => {
    const writer = new PageWriter();
    const pages = Array.from({ length: 200 }, (_, index) => path.join(work, "prepared", `page-${index}`, "index.html"));
    writer.prepare(pages);
    // Written at once, while the preparer is still making files: a late preparer must not empty them.
    pages.forEach((file, index) => writer.write(file, `<p>${index}</p>`));
    await writer.finished();
    expect(pages.map((file) => fs.readFileSync(file, "utf8"))).toEqual(pages.map((_, index) => `<p>${index}</p>`));
  });

  it("fails, naming it, when a prepared page is never written, so an empty page cannot ship", async () => {
    const writer = new PageWriter();
    const written = path.join(work, "half", "written", "index.html");
    const forgotten = path.join(work, "half", "forgotten", "index.html");
    writer.prepare([written, forgotten]);
    writer.write(written, "<p>here</p>");
    await expect(writer.finished()).rejects.toThrow(`1 page(s) had a URL but were never written, so they would ship empty: ${forgotten}`);
  });

  it("takes over the pages made ahead of the list, and removes those that turned out to be no page of the build", async () => {
    const page = (name: string) => path.join(work, "early", name, "index.html");
    const early = new OutputPreparer([page("article-a"), page("article-b"), page("not-a-page")]);
    const writer = new PageWriter(early);
    writer.prepare([page("article-a"), page("article-b"), page("pair")]);
    for (const name of ["article-a", "article-b", "pair"]) writer.write(page(name), `<p>${name}</p>`);
    await writer.finished();
    expect(["article-a", "article-b", "pair"].map((name) => fs.readFileSync(page(name), "utf8"))).toEqual(["<p>article-a</p>", "<p>article-b</p>", "<p>pair</p>"]);
    // The empty file made ahead is gone, and so is the folder it alone was in.
    expect(fs.existsSync(path.dirname(page("not-a-page")))).toBe(false);
  });

  it("keeps a file made ahead for no page when something else has filled it since", async () => {
    const file = path.join(work, "early-filled", "index.html");
    const early = new OutputPreparer([file]);
    const writer = new PageWriter(early);
    writer.prepare([]);
    await early.settled();
    fs.writeFileSync(file, "<p>written by another step</p>");
    await writer.finished();
    expect(fs.readFileSync(file, "utf8")).toBe("<p>written by another step</p>");
  });

  it("still fails, naming it, when a page on the list was made ahead but never written", async () => {
    const made = path.join(work, "early-unwritten", "index.html");
    const writer = new PageWriter(new OutputPreparer([made]));
    writer.prepare([made]);
    await expect(writer.finished()).rejects.toThrow(`1 page(s) had a URL but were never written, so they would ship empty: ${made}`);
  });

  it("refuses a second list of pages to prepare in one build", async () => {
    const writer = new PageWriter();
    const page = path.join(work, "twice", "index.html");
    writer.prepare([page]);
    expect(() => writer.prepare([])).toThrow("the page writer was asked to prepare the pages twice in one build");
    writer.write(page, "<p>once</p>");
    await writer.finished();
  });

  it("has finished at once when it was given nothing to write", async () => {
    await expect(new PageWriter().finished()).resolves.toBeUndefined();
  });
});
