import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build-site.ts";
import { startWatchSession, type WatchSession } from "../../scripts/lib/watch-session.ts";
import { fragments, snapshotFiles } from "../support/site.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/content/valid");
let work: string;
let content: string;
let watched: string;
let session: WatchSession;
let freshBuilds = 0;

const articleFile = () => path.join(content, "sample/articles/en/fixture-story-desk.md");
const articlePage = () => path.join(watched, "en/articles/fixture-story-desk/index.html");
const articleList = () => path.join(watched, "en/articles/index.html");

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-watch-"));
  content = path.join(work, "content");
  watched = path.join(work, "watched");
  fs.cpSync(fixture, content, { recursive: true });
  session = await startWatchSession({ contentDir: content, output: watched });
});

afterAll(async () => {
  await session?.searchIndexSettled();
  await session?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Edits a content file and runs the rebuild the watcher would run for it. */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  fs.writeFileSync(file, change(fs.readFileSync(file, "utf8")));
  await session.rebuild(file);
}

/** The watched site must be the site a fresh development build of the same content writes. */
async function expectSameAsFreshBuild(): Promise<void> {
  const fresh = path.join(work, `fresh-${++freshBuilds}`);
  const result = await buildSite({ output: fresh, contentDir: content, mode: "development" });
  if (!result.ok) throw new Error(result.message);
  // Not the search index: it is rebuilt in the background.
  const expected = snapshotFiles(fresh, { except: ["pagefind"], encoding: "utf8" });
  const actual = snapshotFiles(watched, { except: ["pagefind"], encoding: "utf8" });
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [file, text] of Object.entries(expected)) expect(actual[file], file).toBe(text);
}

describe("a rebuild while npm start runs", () => {
  it("rewrites the article's own page, and not the lists, when only its text changed", async () => {
    const listWritten = fs.statSync(articleList()).mtimeMs;
    await edit(articleFile(), (text) => `${text}\nA sentence added while the server was running.\n`);
    expect(fs.readFileSync(articlePage(), "utf8")).toContain("A sentence added while the server was running.");
    expect(fs.statSync(articleList()).mtimeMs).toBe(listWritten);
    await expectSameAsFreshBuild();
  });

  it("rewrites the lists and cards too when an article's title changed", async () => {
    await edit(articleFile(), (text) => text.replace("title: The morning the desk picked up", "title: The morning the desk answered"));
    expect(fs.readFileSync(articleList(), "utf8")).toContain("The morning the desk answered");
    await expectSameAsFreshBuild();
  });

  it("rewrites every page that shows a pair when pairs.yaml changed", async () => {
    await edit(path.join(content, "sample/pairs.yaml"), (text) => text.replace("title: The desk that never answers", "title: The desk nobody reaches"));
    expect(fs.readFileSync(path.join(watched, "en/examples/index.html"), "utf8")).toContain("The desk nobody reaches");
    await expectSameAsFreshBuild();
  });

  it("keeps the last good pages through a broken edit, and renders everything it missed once the file is fixed", async () => {
    const pairs = path.join(content, "sample/pairs.yaml");
    const examples = path.join(watched, "en/examples/index.html");
    const good = fs.readFileSync(pairs, "utf8");
    const before = fs.readFileSync(examples, "utf8");
    // The rebuild fails (npm start shows the problem in the terminal and the browser) and writes nothing.
    await edit(pairs, (text) => text.replace("title: The desk nobody reaches", "title: [unclosed"));
    expect(fs.readFileSync(examples, "utf8")).toBe(before);
    fs.writeFileSync(pairs, good.replace("title: The desk nobody reaches", "title: The desk that rings out"));
    // Only the article's file is named this time: the pairs.yaml change from the failed build must still count.
    await edit(articleFile(), (text) => `${text}\nAnd one more sentence.\n`);
    expect(fs.readFileSync(path.join(watched, "en/examples/index.html"), "utf8")).toContain("The desk that rings out");
    await expectSameAsFreshBuild();
  });

  it("refreshes the search index in the background after a rebuild", async () => {
    await edit(articleFile(), (text) => `${text}\nThe word zanzibarquest appears only after this edit.\n`);
    await session.searchIndexSettled();
    // Pagefind adds new fragment files beside the old ones; one of this page's must have the new word.
    const records = fragments(watched).filter((page) => page.url === "/en/articles/fixture-story-desk/");
    expect(records.some((record) => record.content.includes("zanzibarquest"))).toBe(true);
  });
});
