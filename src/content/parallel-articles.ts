import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Lang } from "../schemas/common.ts";
import { articleFiles, discoverPackages } from "./discover.ts";
import { stampOf } from "./file-memo.ts";
import { articleOrigin, loadArticle, type LoadMemo } from "./load-package.ts";
import { createMarkdown, type Markdown } from "./markdown.ts";
import { ProblemList, relativeFile, type ContentProblem } from "./problems.ts";
import type { Article } from "./types.ts";

/** One article file to read, and the package name its result carries. */
export interface ArticleJob {
  absolute: string;
  /** Relative to the project root, for messages. */
  file: string;
  lang: Lang;
  packageName: string;
}

/** What reading one article file produced, in a form that can travel between threads. */
export interface ArticleResult {
  job: ArticleJob;
  /** The file's stamp before it was read; undefined when it could not be read. */
  stamp: string | undefined;
  article: Omit<Article, "origin"> | undefined;
  problems: ContentProblem[];
}

/** What a reader thread is given: the whole list, and the shared counter that hands out the next job. */
export interface ReaderData {
  jobs: ArticleJob[];
  next: Int32Array;
}

/**
 * Below this many article files, starting a thread (about 0.3 s: it loads its own markdown-it,
 * YAML and schema modules) and sharing two cores costs about what it saves: measured on the
 * 2-core machine here, loading 1,000 files took 0.64 s on one thread and 0.85 s on two, and
 * 10,000 files 4.4 s on one and 3.5 s on two.
 */
const MIN_FILES_FOR_THREADS = 2_000;

/** Reading in progress on other threads; `finish` joins in on this thread and fills the memo. */
export interface ArticlePrefetch {
  /** Resolves with how many files the other threads read. */
  finish(memo: LoadMemo): Promise<{ readElsewhere: number }>;
}

/**
 * Starts reading every workspace article file on the other cores, for the load memo, so that the
 * `loadCatalog` that follows finds each one already read, validated and rendered. Reading
 * articles is most of the work of loading content (Markdown rendering above all), and each file
 * is independent. Start it early (the threads take a moment to load their modules); `finish`
 * then reads on this thread too until no file is left, and waits for the others.
 *
 * All threads take jobs from one shared counter, so a thread that starts late or reads slowly
 * simply takes fewer. Anything this misses (a thread that failed, a package whose package.json is
 * broken, an installed package) is read by `loadCatalog` as usual, so the result never depends on
 * it. For a cold load only: a rebuild reads just the changed files. Undefined when not worth it.
 */
export function startArticlePrefetch(options: {
  root: string;
  contentDir: string;
  threads?: number;
  /** Fewer files than this are not worth a thread: returns undefined. */
  minFiles?: number;
  /** False leaves every file to the other threads (for tests); by default this thread reads too. */
  joinIn?: boolean;
}): ArticlePrefetch | undefined {
  const jobs = listArticleJobs(options.root, options.contentDir);
  const threads = Math.min(options.threads ?? os.availableParallelism() - 1, 3);
  if (threads < 1 || jobs.length < (options.minFiles ?? MIN_FILES_FOR_THREADS)) return undefined;
  const data: ReaderData = { jobs, next: new Int32Array(new SharedArrayBuffer(4)) };
  const readers = Array.from({ length: threads }, () => startReader(data));
  return {
    async finish(memo) {
      const md = options.joinIn === false ? undefined : createMarkdown();
      for (let index: number; md && (index = Atomics.add(data.next, 0, 1)) < jobs.length; ) {
        // Read on this thread: the article keeps the origin its reading made.
        const { job, stamp, article, problems } = readArticleJob(jobs[index]!, md);
        if (stamp !== undefined) memo.articles.put(job.absolute, job.packageName, stamp, article, problems);
      }
      let readElsewhere = 0;
      for (const results of await Promise.all(readers)) {
        readElsewhere += results.length;
        for (const { job, stamp, article, problems } of results) {
          if (stamp !== undefined) memo.articles.put(job.absolute, job.packageName, stamp, article && { ...article, origin: articleOrigin(job.absolute, job.file) }, problems);
        }
      }
      return { readElsewhere };
    },
  };
}

/** Reads one article file, as `loadPackage` would, with its own problem list. */
export function readArticleJob(job: ArticleJob, md: Markdown): Omit<ArticleResult, "article"> & { article: Article | undefined } {
  const stamp = stampOf(job.absolute);
  const problems = new ProblemList();
  const article = loadArticle(job.absolute, job.lang, job.packageName, md, () => job.file, problems);
  return { job, stamp, article, problems: problems.items };
}

/** The article files of the workspace packages, with the package name each package.json gives. */
function listArticleJobs(root: string, contentDir: string): ArticleJob[] {
  const jobs: ArticleJob[] = [];
  // Installed packages are left to `loadCatalog`: finding them needs `_data/site.yaml`, read later.
  for (const { dir } of discoverPackages(root, contentDir, [], new ProblemList())) {
    const packageName = nameOf(path.join(dir, "package.json"));
    if (!packageName) continue;
    for (const { lang, absolute } of articleFiles(dir)) jobs.push({ absolute, file: relativeFile(root, absolute), lang, packageName });
  }
  return jobs;
}

function nameOf(packageJson: string): string | undefined {
  try {
    const name = (JSON.parse(fs.readFileSync(packageJson, "utf8")) as { name?: unknown }).name;
    return typeof name === "string" ? name : undefined;
  } catch {
    // `loadPackage` reports it.
    return undefined;
  }
}

/**
 * A reader thread. Its module is TypeScript, so the thread registers tsx before importing it
 * (an `--import` in `execArgv` does not reach a worker's entry module on Node 20). A thread
 * that fails is reported and yields nothing: its files are then read by `loadCatalog`.
 */
function startReader(data: ReaderData): Promise<ArticleResult[]> {
  const tsx = import.meta.resolve("tsx/esm/api");
  const reader = new URL("./article-reader.ts", import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(reader)}); });`, { eval: true, workerData: data });
  return new Promise((resolve) => {
    worker.once("message", (results: ArticleResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", (error) => {
      console.warn(`[content] a reader thread failed, so its articles are read on the main thread: ${error.message}`);
      resolve([]);
    });
    // A thread that ended without a word must not leave the build waiting (a second resolve is ignored).
    worker.once("exit", () => resolve([]));
  });
}
