/**
 * The body of a reader thread (see src/content/parallel-articles.ts): takes jobs from the shared
 * counter until none are left, then sends back everything it read in one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createMarkdown } from "./markdown.ts";
import type { Article } from "./types.ts";
import { readArticleJob, type ArticleResult, type ReaderData } from "./parallel-articles.ts";

const { jobs, next } = workerData as ReaderData;
const md = createMarkdown();
const results: ArticleResult[] = [];
for (let index: number; (index = Atomics.add(next, 0, 1)) < jobs.length; ) {
  const { article, ...rest } = readArticleJob(jobs[index]!, md);
  // The origin's line finder is a function, which cannot travel; the main thread makes a new one.
  results.push({ ...rest, article: article && withoutOrigin(article) });
}
parentPort!.postMessage(results);

function withoutOrigin({ origin: _origin, ...rest }: Article): Omit<Article, "origin"> {
  return rest;
}
