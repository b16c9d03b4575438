import fs from "node:fs";
import type { ProblemList } from "./problems.ts";

/** Reads a UTF-8 file, reporting a missing or unreadable file as a problem instead of throwing. */
export function readText(absolute: string, file: string, problems: ProblemList): string | undefined {
  try {
    return fs.readFileSync(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.add({ file, message: code === "ENOENT" ? "is missing" : `cannot be read (${code ?? String(error)})` });
    return undefined;
  }
}

/** Parses JSON, reporting a syntax error with its line. */
export function parseJson(text: string, file: string, problems: ProblemList): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position ? text.slice(0, Number(position)).split("\n").length : undefined;
    problems.add({ file, ...(line ? { line } : {}), message: `is not valid JSON: ${message}` });
    return undefined;
  }
}
