import fs from "node:fs";
import path from "node:path";
import { outputFileOf } from "../site/paths.ts";
import { OutputPreparer } from "./output-preparer.ts";
import { BUILD_MARKS } from "./post-build.ts";
import { processSlot } from "./process-slot.ts";
import { STATIC_DIR } from "./static-files.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

const TRANSFORM = "site:write-page";
/**
 * Writes in flight at once. Node's I/O pool has four threads, and the main thread hands out the
 * next write only when it gets to run a callback; with more queued than there are threads, the
 * pool never idles. At 10,000 articles the wait after the last page was rendered fell from 8.6 s
 * with 4 in flight to 6.2 s with 16 and 5.0 s with 32. Bounded all the same (Eleventy issue 3271).
 */
const CONCURRENT_WRITES = 32;

/**
 * How a one-off build (`buildSite`) writes its pages. Eleventy writes each page with a blocking
 * mkdir and write on the main thread, one after the other (Eleventy issue 3271 tells why it stopped
 * writing them concurrently), so the build stands still for every write: on a slow disk, a third
 * of the time at 1,000 articles. `buildSite` therefore runs Eleventy dry (it renders everything
 * and writes nothing) with `writePagesInBackground` set, and this plugin's last transform hands
 * each finished page to Node's I/O threads, many writes at a time.
 *
 * Eleventy renders every page before it runs the first transform (true while no template uses an
 * Eleventy `layout`: layouts render page by page, between the transforms), so the writes
 * themselves come after the rendering. What can run alongside it is making the folders and
 * files: as soon as Eleventy knows every URL, an `OutputPreparer` thread creates them, and the
 * writes that follow fill files that exist. Every file prepared must then be written, or the
 * build fails: an empty page must never ship. The run ends only when every page is on disk, and a
 * failed write fails the build. A dry run copies no passthrough files either, so the plugin
 * copies `src/static` itself.
 */
export function pageWriter(config: EleventyConfig, options: BuildOptions): void {
  if (!options.writePagesInBackground) return;
  let writer = new BackgroundWriter();
  config.on("eleventy.before", () => {
    const names = Object.keys(config.transforms);
    const later = names.slice(names.indexOf(TRANSFORM) + 1);
    if (later.length > 0) throw new Error(`the page writer must see each page last, but ${later.join(", ")} runs after it: register it before src/eleventy/page-writer.ts`);
    writer = new BackgroundWriter();
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
    writer.write(this.page.outputPath, content);
    return content;
  });
  config.on("eleventy.after", async ({ directories }) => {
    performance.mark(BUILD_MARKS.pagesRendered);
    fs.cpSync(path.join(options.root, STATIC_DIR), directories.output, { recursive: true });
    await writer.finished();
  });
}

/** The writer of the build in progress, for `pageWritesSettled` (see src/eleventy/process-slot.ts). */
const currentWriter = processSlot<BackgroundWriter>("pageWriter");

/**
 * Resolves when the current build's page writes have stopped, failed or not. A build that fails
 * after rendering started must wait for this before it deletes its staging folder, or writes
 * still under way would create it again.
 */
export async function pageWritesSettled(): Promise<void> {
  await currentWriter.get()?.finished().catch(() => undefined);
}

/** Writes files through `fs.promises`, at most `CONCURRENT_WRITES` at a time. */
export class BackgroundWriter {
  private preparer: OutputPreparer | undefined;
  /** Every file written, resolved; kept only while a preparer made files to check against. */
  private readonly written = new Set<string>();
  private readonly queue: ({ file: string; content: string | Buffer } | undefined)[] = [];
  /** The next queued write; an index rather than `shift()`, which copies the whole queue each time. */
  private head = 0;
  private running = 0;
  private failure: Error | undefined;
  /** Callers waiting for the writes in flight to end: every one of them is told. */
  private readonly idle: (() => void)[] = [];

  /** Creates these files, empty, on another thread (see src/eleventy/output-preparer.ts); each must then be written. */
  prepare(files: readonly string[]): void {
    // One build has one list of pages; a second list would leave the first thread's work unchecked.
    if (this.preparer) throw new Error("the page writer was asked to prepare the pages twice in one build");
    this.preparer = new OutputPreparer(files.map((file) => path.resolve(file)));
  }

  write(file: string, content: string | Buffer): void {
    if (this.preparer) this.written.add(path.resolve(file));
    this.queue.push({ file, content });
    if (this.running < CONCURRENT_WRITES) this.run();
  }

  /** Resolves when every page is written; rejects with the first write that failed, or the first prepared file never written. */
  async finished(): Promise<void> {
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    await this.preparer?.settled();
    if (this.failure) throw this.failure;
    const unwritten = this.preparer?.files.filter((file) => !this.written.has(file)) ?? [];
    if (unwritten.length > 0) throw new Error(`${unwritten.length} page(s) had a URL but were never written, so they would ship empty: ${unwritten.slice(0, 3).join(", ")}`);
  }

  private take(): { file: string; content: string | Buffer } | undefined {
    const next = this.queue[this.head];
    if (!next) {
      // Drained: start the queue afresh rather than let it grow by every page of the build.
      this.queue.length = 0;
      this.head = 0;
      return undefined;
    }
    // Let go of the page once it is taken: the queue may hold thousands.
    this.queue[this.head++] = undefined;
    return next;
  }

  private run(): void {
    this.running++;
    void (async () => {
      for (let next = this.take(); next; next = this.take()) {
        try {
          await writeMakingFolder(next.file, next.content);
        } catch (error) {
          this.failure ??= new Error(`could not write ${next.file}: ${(error as Error).message}`);
        }
      }
      this.running--;
      if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
    })();
  }
}

/**
 * Writes a file, making its folder only when it is missing: the preparer has usually made it
 * already, and asking for it again would cost every page a `mkdir` and a `stat` for nothing.
 */
async function writeMakingFolder(file: string, content: string | Buffer): Promise<void> {
  try {
    await fs.promises.writeFile(file, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, content);
  }
}
