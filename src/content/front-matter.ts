/** The YAML front matter and body of a Markdown file. `bodyLine` is the 1-based line where the body starts. */
export interface SplitMarkdown {
  yaml: string;
  body: string;
  bodyLine: number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Returns undefined when the file does not start with a `---` fenced front matter block. */
export function splitFrontMatter(source: string): SplitMarkdown | undefined {
  const text = source.replace(/^\uFEFF/, "");
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? "";
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].split("\n").length };
}
