import fs from "node:fs";
import path from "node:path";
import { outputFileOf } from "../site/paths.ts";
import { earlyPreparer } from "./early-pages.ts";
import { OutputPreparer } from "./output-preparer.ts";
import { BUILD_MARKS } from "./post-build.ts";
import { processSlot } from "./process-slot.ts";
import { STATIC_DIR } from "./static-files.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

const TRANSFORM = "site:write-page";

/**
 * How a one-off build (`buildSite`) writes its pages. Eleventy writes each page with a blocking
 * mkdir and write on the main thread, in the middle of its own work (Eleventy issue 3271 tells why
 * it stopped writing them concurrently). `buildSite` therefore runs Eleventy dry (it renders
 * everything and writes nothing) with `oneOffBuild` set, and this plugin's last transform writes
 * each finished page.
 *
 * Eleventy renders every page before it runs the first transform (true while no template uses an
 * Eleventy `layout`: layouts render page by page, between the transforms), so the writes come
 * after the rendering, and the main thread has nothing else to do while they run. What can run
 * alongside the rendering is making the folders and files: `buildSite` has a thread make the
 * articles' from the start (src/eleventy/early-pages.ts), and as soon as Eleventy knows every
 * URL, another makes the rest; each write then fills a file that exists. Every page with a URL
 * must be written, or the build fails, and a file made ahead that turned out to be no page is
 * removed: an empty page must never ship. A dry run copies no passthrough files either, so the
 * plugin copies `src/static` itself.
 */
export function pageWriter(config: EleventyConfig, options: BuildOptions): void {
  if (!options.oneOffBuild) return;
  let writer = new PageWriter();
  config.on("eleventy.before", () => {
    const names = Object.keys(config.transforms);
    const later = names.slice(names.indexOf(TRANSFORM) + 1);
    if (later.length > 0) throw new Error(`the page writer must see each page last, but ${later.join(", ")} runs after it: register it before src/eleventy/page-writer.ts`);
    writer = new PageWriter(earlyPreparer.get());
    earlyPreparer.set(undefined);
    currentWriter.set(writer);
  });
  config.on("eleventy.contentMap", ({ urlToInputPath }) => {
    // A page without a URL is listed as "false", and writes nothing.
    const urls = Object.keys(urlToInputPath).filter((url) => url.startsWith("/"));
    writer.prepare(urls.map((url) => path.join(config.directories.output, outputFileOf(url))));
  });
  config.addTransform(TRANSFORM, function (this: { page: { outputPath: string | false } }, content: unknown) {
    if (typeof this.page.outputPath !== "string") return content;
    // Eleventy's own check for this is skipped in a dry run: a page must not go missing in silence.
    if (typeof content !== "string" && !Buffer.isBuffer(content)) throw new Error(`${this.page.outputPath}: a page rendered to ${typeof content}, not to text`);
    // The first page to reach the last transform: Eleventy has rendered every page by now (see above).
    if (writer.pagesWritten === 0) performance.mark(BUILD_MARKS.pagesRendered);
    writer.write(this.page.outputPath, content);
    return content;
  });
  config.on("eleventy.after", async ({ directories }) => {
    if (writer.pagesWritten === 0) performance.mark(BUILD_MARKS.pagesRendered);
    fs.cpSync(path.join(options.root, STATIC_DIR), directories.output, { recursive: true });
    await writer.finished();
  });
}

/** The writer of the build in progress, for `pageWritesSettled` (see src/eleventy/process-slot.ts). */
const currentWriter = processSlot<PageWriter>("pageWriter");

/**
 * Resolves when the current build's writing has stopped, its preparer threads included. A build
 * that fails after rendering started must wait for this before it deletes its staging folder, or
 * the preparer, still making files, would create it again.
 */
export async function pageWritesSettled(): Promise<void> {
  await currentWriter.get()?.settled();
}

/**
 * Writes each page as it is handed over, synchronously. Once the rendering is done, that is faster
 * and steadier than asynchronous writes: on this machine's disk, 1,256 pages took 0.10–0.12 s
 * written one after the other on the main thread, and 0.10–0.20 s through Node's four I/O threads
 * (which the main thread has to serve, three round trips a file). In whole builds of 1,000
 * articles, two batches of ten alternating runs a side, the median Eleventy stage went from 1.56
 * to 1.50 s and from 1.66 to 1.57 s; the slowest run, from 2.33 to 1.86 s and from 1.94 to 1.82 s.
 */
export class PageWriter {
  /** Files made ahead of the page list (src/eleventy/early-pages.ts), resolved. */
  private readonly early: ReadonlySet<string>;
  private readonly preparers: OutputPreparer[] = [];
  /** Every page of the build, resolved, once Eleventy has listed them. */
  private expected: readonly string[] | undefined;
  /** Every file written, resolved. */
  private readonly written = new Set<string>();
  /** Pages written so far in this build. */
  pagesWritten = 0;

  /** `early`: a preparer `buildSite` started on the pages it could foresee, if any. */
  constructor(early?: OutputPreparer) {
    this.early = new Set(early?.files);
    if (early) this.preparers.push(early);
  }

  /** Creates these files, empty, on another thread (see src/eleventy/output-preparer.ts), all but those made early; each must then be written. */
  prepare(files: readonly string[]): void {
    // One build has one list of pages; a second list would leave the first thread's work unchecked.
    if (this.expected) throw new Error("the page writer was asked to prepare the pages twice in one build");
    this.expected = files.map((file) => path.resolve(file));
    this.preparers.push(new OutputPreparer(this.expected.filter((file) => !this.early.has(file))));
  }

  /** Writes one page now; throws, naming the file, when it cannot. */
  write(file: string, content: string | Buffer): void {
    this.written.add(path.resolve(file));
    try {
      writeMakingFolder(file, content);
    } catch (error) {
      throw new Error(`could not write ${file}: ${(error as Error).message}`, { cause: error });
    }
    this.pagesWritten++;
  }

  /**
   * Resolves once the preparers have stopped, every listed page is written, and every file made
   * early that is no page of this build is removed; rejects naming the first listed page not written.
   */
  async finished(): Promise<void> {
    await this.settled();
    const unwritten = this.expected?.filter((file) => !this.written.has(file)) ?? [];
    if (unwritten.length > 0) throw new Error(`${unwritten.length} page(s) had a URL but were never written, so they would ship empty: ${unwritten.slice(0, 3).join(", ")}`);
    for (const file of this.early) if (!this.written.has(file)) removeEmptyPage(file);
  }

  /** Resolves once nothing of this writer touches a file any more. */
  async settled(): Promise<void> {
    await Promise.all(this.preparers.map((preparer) => preparer.settled()));
  }
}

/** Removes a file made ahead for a page the build did not have, if it is still empty, and its folder if that is now empty. */
function removeEmptyPage(file: string): void {
  // Only what the preparer made and nothing filled since: an empty file.
  if (fs.statSync(file, { throwIfNoEntry: false })?.size !== 0) return;
  fs.rmSync(file);
  try {
    fs.rmdirSync(path.dirname(file));
  } catch {
    // Not empty (it holds other pages) or already gone: either way nothing is left to remove.
  }
}

/**
 * Writes a file, making its folder only when it is missing: the preparer has usually made it
 * already, and asking for it again would cost every page a `mkdir` and a `stat` for nothing.
 */
function writeMakingFolder(file: string, content: string | Buffer): void {
  try {
    fs.writeFileSync(file, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
