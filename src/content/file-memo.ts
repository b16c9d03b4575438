import fs from "node:fs";
import { ProblemList, type ContentProblem } from "./problems.ts";

interface Entry<T> {
  /** Size, modification time and inode: a file counts as unchanged while all three are. */
  stamp: string;
  value: T;
  /** The problems reading the file reported, reported again each time the entry is reused. */
  problems: ContentProblem[];
}

/**
 * What reading one file produced, kept across the rebuilds of one `npm start` so that a rebuild
 * reads, validates and renders only the files that changed since the last one. A hit returns the
 * very same object as before, which is how a rebuild tells unchanged content from changed content
 * (see src/site/render-scope.ts). A one-off build pays one `stat` per file for it.
 */
export class FileMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /**
   * `read(problems)` runs when the file is new or changed, or when `context` (whatever else the
   * result depends on, such as the package name it carries) differs; its problems are kept with it.
   */
  get(absolute: string, context: string, problems: ProblemList, read: (problems: ProblemList) => T): T {
    const fileStamp = stampOf(absolute);
    const stamp = fileStamp === undefined ? undefined : `${fileStamp}|${context}`;
    const entry = stamp === undefined ? undefined : this.entries.get(absolute);
    if (entry && entry.stamp === stamp) {
      for (const problem of entry.problems) problems.add(problem);
      return entry.value;
    }
    const own = new ProblemList();
    const value = read(own);
    for (const problem of own.items) problems.add(problem);
    if (stamp === undefined) this.entries.delete(absolute);
    else this.entries.set(absolute, { stamp, value, problems: own.items });
    return value;
  }

  forget(absolute: string): void {
    this.entries.delete(absolute);
  }

  /** Records what another thread read from the file as it was at `fileStamp` (see src/content/parallel-articles.ts). */
  put(absolute: string, context: string, fileStamp: string, value: T, problems: ContentProblem[]): void {
    this.entries.set(absolute, { stamp: `${fileStamp}|${context}`, value, problems });
  }
}

export function stampOf(absolute: string): string | undefined {
  try {
    const stat = fs.statSync(absolute);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    // Missing or unreadable: the reader reports it, and nothing is kept.
    return undefined;
  }
}
