import path from "node:path";

/** One thing wrong with the content, precise enough to fix without searching. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field, such as `pairs[3].en.hate`, when the problem is in one field. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** Thrown when content is invalid; carries every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Collects problems while loading so that one run reports all of them. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(problem: ContentProblem): void {
    this.items.push(problem);
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  throwIfAny(): void {
    if (!this.isEmpty) throw new ContentError(this.items);
  }
}

export function relativeFile(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/") || file;
}

/** `file:line  field  message`, grouped by file, with a one-line summary. */
export function formatProblems(problems: ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const problem of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const where = problem.line ? `line ${problem.line}` : "";
      const field = problem.field ? `${problem.field}: ` : "";
      lines.push(`  ${where.padEnd(9)} ${field}${problem.message}`);
    }
  }
  const fileCount = byFile.size;
  lines.push(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${fileCount} file${fileCount === 1 ? "" : "s"}`);
  return lines.join("\n");
}
