import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/bench/generate.ts";
import { loadCatalog, type LoadResult } from "../../src/content/catalog.ts";
import { createLoadMemo } from "../../src/content/load-package.ts";
import { startArticlePrefetch } from "../../src/content/parallel-articles.ts";

const root = path.resolve(import.meta.dirname, "../..");
let work: string;
let content: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-parallel-"));
  content = path.join(work, "content");
  generateCorpus({ dir: content, articles: 400, root });
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/**
 * Loads `content` on this thread only, or after two reader threads have read every article into
 * the memo (this thread does not join in, so that the threads certainly do the work).
 */
async function load(threads: 0 | 2): Promise<LoadResult> {
  const memo = createLoadMemo();
  if (threads > 0) {
    const prefetch = startArticlePrefetch({ root, contentDir: content, threads, minFiles: 0, joinIn: false });
    if (!prefetch) throw new Error("the prefetch did not start");
    const { readElsewhere } = await prefetch.finish(memo);
    expect(readElsewhere).toBe(400);
  }
  return loadCatalog({ root, contentDir: content, memo });
}

/** Everything an article carries except its line finder (a function), in load order. */
function articlesOf(result: LoadResult) {
  if (!result.ok) throw new Error("expected the content to load");
  return result.catalog.articles.map(({ origin, ...article }) => ({ ...article, file: origin.file }));
}

describe("reading articles on several threads", () => {
  it("loads the same articles, in the same order, as one thread does", async () => {
    const serial = articlesOf(await load(0));
    expect(serial.length).toBe(400);
    expect(articlesOf(await load(2))).toEqual(serial);
  });

  it("reports the same problems, with the same lines, for an article another thread read", async () => {
    const dir = path.join(content, fs.readdirSync(content)[0]!, "articles/en");
    const file = path.join(dir, fs.readdirSync(dir).sort()[0]!);
    const original = fs.readFileSync(file, "utf8");
    try {
      // A schema problem (found while reading) and a cross-check problem (found later, by line lookup).
      fs.writeFileSync(file, original.replace(/^theme: .*$/m, "theme: no-such-theme").replace(/^kind: .*$/m, "kind: poem"));
      const serial = await load(0);
      const parallel = await load(2);
      if (serial.ok || parallel.ok) throw new Error("expected the broken article to be rejected");
      expect(serial.problems.items.length).toBeGreaterThan(0);
      expect(parallel.problems.items).toEqual(serial.problems.items);
      expect(parallel.problems.items.every((problem) => problem.line !== undefined)).toBe(true);
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});
