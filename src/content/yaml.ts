import jsYaml from "js-yaml";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ProblemList } from "./problems.ts";

/** A parsed YAML text that can tell on which line a field stands. */
export interface YamlSource {
  file: string;
  /** True when the YAML itself is broken (its problems are already reported). */
  broken: boolean;
  value: unknown;
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** How `yaml` reads a file: YAML 1.2, core schema (`2026-11-02` and `no` stay strings), no duplicate keys. */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: "1.2", schema: "core" } as const;

/**
 * Parses YAML 1.2 (the core schema: `2026-11-02` stays a string, `no` stays a string) and reports
 * syntax errors with their line. `lineOffset` is for YAML embedded in a larger file (front matter).
 *
 * Two parsers, for speed: js-yaml reads a well-formed file about ten times faster than `yaml`,
 * whose syntax tree is what gives line numbers. So js-yaml reads first, with its core schema;
 * `yaml` parses a file only when a line is asked for (a problem is being reported), when js-yaml
 * refused the file or found aliases (then `yaml`'s own errors and alias limit decide), or when the
 * text holds a number form the two core schemas read differently.
 */
export function parseYaml(text: string, file: string, problems: ProblemList, lineOffset = 0): YamlSource {
  const quick = readQuickly(text);
  if (quick.ok) {
    let doc: ReturnType<typeof parseWithLines> | undefined;
    return { file, broken: false, value: quick.value, lineOf: (path) => lineIn((doc ??= parseWithLines(text, lineOffset)), path) };
  }
  return parseCarefully(text, file, problems, lineOffset);
}

type QuickRead = { ok: true; value: unknown } | { ok: false };

/**
 * Number forms that js-yaml's core schema reads as numbers and YAML 1.2's core schema as strings:
 * binary (`0b101`), signed hexadecimal or octal (`-0x1F`, `+0o7`), digits with underscores
 * (`1_000.5`). A text with anything like them goes to `yaml`, so both readers always agree.
 */
const NUMBER_FORMS_THAT_DIFFER = /0b|[-+]0[xo]|\d_|_\d/i;

/** js-yaml's reading, or `ok: false` when `yaml` must read the file instead. */
function readQuickly(text: string): QuickRead {
  if (NUMBER_FORMS_THAT_DIFFER.test(text)) return { ok: false };
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return { ok: false };
  }
  // Aliases share one object between several places: leave them to `yaml`, which caps their
  // expansion, so that a "billion laughs" file is refused instead of walked exponentially.
  if (sharesNodes(value)) return { ok: false };
  // An empty file is null to `yaml` and undefined to js-yaml; the callers expect null.
  return { ok: true, value: value === undefined ? null : value };
}

/** True when one object or list is reachable along two paths (only an alias makes that). */
function sharesNodes(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return false;
}

function parseWithLines(text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  return { doc, lineAt: (offset: number) => lineCounter.linePos(offset).line + lineOffset };
}

/** The line of the deepest node on `path` that exists: a missing field is reported at its parent's line. */
function lineIn({ doc, lineAt }: ReturnType<typeof parseWithLines>, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
    if (depth === 0 && doc.contents?.range) return lineAt(doc.contents.range[0]);
  }
  return undefined;
}

/** The `yaml` reading: every syntax error with its line, and a limit on alias expansion. */
function parseCarefully(text: string, file: string, problems: ProblemList, lineOffset: number): YamlSource {
  const parsed = parseWithLines(text, lineOffset);
  const { doc, lineAt } = parsed;
  const brokenSource: YamlSource = { file, broken: true, value: undefined, lineOf: () => undefined };
  if (doc.errors.length > 0) {
    // One mistake often produces several parser errors on one line: report each line once.
    const seen = new Set<number>();
    for (const error of doc.errors) {
      const line = lineAt(error.pos[0]);
      if (!seen.has(line)) problems.add({ file, line, message: `is not valid YAML: ${error.message.split("\n")[0]}` });
      seen.add(line);
    }
    return brokenSource;
  }
  let value: unknown;
  try {
    // A small alias limit refuses "billion laughs" files instead of expanding them.
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    problems.add({ file, line: 1 + lineOffset, message: `cannot be read: ${(error as Error).message}` });
    return brokenSource;
  }
  return { file, broken: false, value, lineOf: (path) => lineIn(parsed, path) };
}

/** `pairs[3].en.hate` from zod's `[3, "en", "hate"]`, with an optional leading name. */
export function fieldName(path: ReadonlyArray<PropertyKey>, prefix = ""): string {
  let name = prefix;
  for (const key of path) {
    name += typeof key === "number" ? `[${key}]` : `${name ? "." : ""}${String(key)}`;
  }
  return name;
}

/**
 * Validates a YAML value (or the part of it at `at`, such as one pair of a list) against a
 * schema, turning each zod issue into a problem that names the file, the field and the line.
 * Returns the parsed data, or undefined when anything is wrong.
 */
export function validateYaml<T extends z.ZodType>(source: YamlSource, schema: T, problems: ProblemList, at: ReadonlyArray<string | number> = []): z.infer<T> | undefined {
  if (source.broken) return undefined;
  const value = at.reduce<unknown>((parent, key) => (parent as Record<string | number, unknown> | undefined)?.[key], source.value);
  // reportInput lets a message tell a wrong value from a missing one.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...at, ...issue.path];
    const line = source.lineOf(path);
    problems.add({ file: source.file, field: fieldName(path) || "(top level)", ...(line ? { line } : {}), message: friendlyMessage(issue) });
  }
  return undefined;
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => `\`${key}\``).join(", ")}: check the spelling`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is missing";
  if (issue.code === "invalid_type") return `${issue.message} (found ${describe(issue.input)})`;
  return issue.message;
}

function describe(value: unknown): string {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
