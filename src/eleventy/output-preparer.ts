import { Worker } from "node:worker_threads";

/**
 * The preparer thread's body. Plain JavaScript, so that the thread starts without a TypeScript
 * loader: a worker does not inherit tsx, and registering it there would cost more than the work.
 * Opening with "a" creates a missing file and never truncates one: a page the main thread has
 * already written keeps its content whichever of the two gets there first.
 */
const PREPARER_SOURCE = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const made = new Set();
for (const file of workerData.files) {
  const folder = path.dirname(file);
  if (!made.has(folder)) {
    fs.mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  fs.closeSync(fs.openSync(file, "a"));
}
`;

/**
 * Creates the folder and an empty file for every page of a build on another thread, while
 * Eleventy loads the content and renders: from the start of a one-off build for the articles'
 * pages (src/eleventy/early-pages.ts), and from the moment Eleventy knows every URL for the rest
 * (src/eleventy/page-writer.ts). Eleventy renders every page before it hands the first one to a
 * transform (see src/eleventy/page-writer.ts), so the page writer cannot overlap writing with
 * rendering; but making a file is about half the cost of writing a small one here (the
 * filesystem must find a free inode, which is slower still just after many files were deleted),
 * and that part can. The writer then only fills files that
 * exist. A thread that fails is harmless: the writer makes whatever is missing itself.
 */
export class OutputPreparer {
  /** The files this preparer makes, resolved. */
  readonly files: readonly string[];
  private readonly stopped: Promise<void>;

  constructor(files: readonly string[]) {
    this.files = files;
    const worker = new Worker(PREPARER_SOURCE, { eval: true, execArgv: [], workerData: { files } });
    this.stopped = new Promise((resolve) => {
      worker.once("exit", () => resolve());
      // The writer reports any file it cannot write; a failure here needs no message of its own.
      worker.once("error", () => resolve());
    });
  }

  /** Resolves once the thread has stopped: after that it touches no file. */
  settled(): Promise<void> {
    return this.stopped;
  }
}
