/** What a command did, for the author: the files it wrote and what to do next. */
export interface Report {
  headline: string;
  files: { file: string; note: string }[];
  next: string[];
}

export function formatReport(report: Report): string {
  const width = Math.max(...report.files.map((entry) => entry.file.length));
  const lines = [report.headline, ...report.files.map((entry) => `  ${entry.file.padEnd(width)}  ${entry.note}`), "", "Next:"];
  lines.push(...report.next.map((step) => `  - ${step}`));
  // Always the last line: the one command that tells the author whether the files are right.
  lines.push("", "Then run `npm run check`: it lists anything still wrong, with file and line.");
  return lines.join("\n");
}
