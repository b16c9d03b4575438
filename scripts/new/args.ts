import path from "node:path";
import { parseArgs } from "node:util";
import { UsageError } from "./errors.ts";

export const COMMANDS = ["package", "pair", "article"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The command line, parsed but not yet checked against the content. */
export interface NewArgs {
  command: CommandName;
  /** `package NAME`: the folder and npm name of the new package. */
  name?: string;
  /** `--package`: the workspace package that receives a pair or an article. */
  package?: string;
  id?: string;
  theme?: string;
  lang?: string;
  kind?: string;
  /** The npm scope of a new package, with or without the `@`. */
  scope?: string;
  /** The project root that holds `_data/` (tests point it at a temporary copy). */
  root: string;
  /** The folder of workspace content packages; `content/` under the root unless given. */
  contentDir: string;
}

export const USAGE = `Usage:
  npm run new -- package NAME [--scope @ilmitd]
  npm run new -- pair --package NAME [--id ID] [--theme THEME]
  npm run new -- article --package NAME --lang en|nl [--id ID] [--kind guide|tip|interview|story] [--theme THEME]
Every command also takes --root DIR (a project other than this one) and --content DIR (its content packages).
See "Starting from a scaffold" in CONTRIBUTING.md.`;

/** Which commands each content option belongs to; --root and --content apply to all. */
const OPTION_COMMANDS = {
  package: ["pair", "article"],
  id: ["pair", "article"],
  theme: ["package", "pair", "article"],
  lang: ["article"],
  kind: ["article"],
  scope: ["package"],
} as const satisfies Record<string, readonly CommandName[]>;

/** Parses `argv` (without node and the script). Throws a UsageError for anything it cannot read. */
export function parseNewArgs(argv: string[], defaultRoot: string): NewArgs | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        package: { type: "string" },
        id: { type: "string" },
        theme: { type: "string" },
        lang: { type: "string" },
        kind: { type: "string" },
        scope: { type: "string" },
        root: { type: "string" },
        content: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // node:util's messages are clear but long; keep the first sentence.
    throw new UsageError(`${(error as Error).message.split(". ")[0]}. Run \`npm run new -- --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError(`say what to create: ${COMMANDS.join(", ")} (for example \`npm run new -- pair --package service-desk\`)`);
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command \`${command}\`: use one of ${COMMANDS.join(", ")}`);
  const name = command === "package" ? rest.shift() : undefined;
  if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\`: options start with --, such as --package NAME`);
  const commandsOf = (option: string): readonly CommandName[] | undefined => (OPTION_COMMANDS as Record<string, readonly CommandName[]>)[option];
  const misplaced = Object.keys(values).find((option) => commandsOf(option)?.includes(command as CommandName) === false);
  if (misplaced) throw new UsageError(`\`${command}\` does not take --${misplaced}: it is for ${commandsOf(misplaced)!.join(" and ")}`);
  const root = path.resolve(values.root ?? defaultRoot);
  return {
    command: command as CommandName,
    ...(name !== undefined ? { name } : {}),
    ...(values.package !== undefined ? { package: values.package } : {}),
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.kind !== undefined ? { kind: values.kind } : {}),
    ...(values.scope !== undefined ? { scope: values.scope } : {}),
    root,
    contentDir: path.resolve(root, values.content ?? "content"),
  };
}
