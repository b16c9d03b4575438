import fs from "node:fs";
import path from "node:path";
import { relativeFile } from "../../src/content/problems.ts";
import type { ArticleKind } from "../../src/schemas/article.ts";
import { LANGS, type Lang } from "../../src/schemas/common.ts";
import type { NewArgs } from "./args.ts";
import { checkNewId, freeId, pickKind, pickLang, pickTheme } from "./choices.ts";
import { describePackage, findWorkspacePackage, type Project } from "./project.ts";
import type { Report } from "./report.ts";
import { ARTICLE_TEXTS, articleBody, DRAFT_SOURCE, PERSON_TEXTS } from "./templates.ts";

/**
 * `article --package NAME --lang en [--id ID] [--kind KIND] [--theme THEME]`: writes the article in
 * every language at once, because an article without its translation fails `npm run check`.
 */
export function newArticle(project: Project, args: NewArgs, today: string): Report {
  const pkg = findWorkspacePackage(project, args.package, "article");
  const lang = pickLang(args.lang);
  const kind = pickKind(args.kind);
  const theme = pickTheme(project, pkg, args.theme);
  const id = args.id !== undefined ? checkNewId(project, args.id, "--id") : freeId(project, `${pkg.folder}-draft-${kind}`);
  // The author's language first, then its translations.
  const langs = [lang, ...LANGS.filter((other) => other !== lang)];
  const files = langs.map((fileLang) => {
    const absolute = path.join(pkg.dir, "articles", fileLang, `${id}.md`);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, `${frontMatter({ id, kind, theme, lang: fileLang, audiences: project.audiences, date: today })}\n${articleBody(kind, fileLang)}`, { flag: "wx" });
    return relativeFile(project.root, absolute);
  });
  const others = langs.slice(1).join(", ");
  return {
    headline: `Created the ${kind} \`${id}\` (theme \`${theme}\`) in ${describePackage(project, pkg)}, in ${langs.join(" and ")}:`,
    files: files.map((file, index) => ({ file, note: index === 0 ? "write this one first" : `the ${langs[index]} translation: created now because an article without it fails the check` })),
    next: [
      ...(args.id === undefined ? [`Give the article a lasting id: rename both files and their \`id\` now (the id is the URL and never changes once published), or pass --id next time.`] : []),
      `Replace the outline in the ${lang} file with your text, then write the ${others} version in natural ${others === "nl" ? "Dutch" : "English"}, not a word-for-word translation.`,
      kind === "story" ? "Keep a story between 120 and 400 words; `sources` may stay empty if it states no figures." : `Replace the placeholder source; a ${kind} needs at least one, and 600 to 1,500 words of text.`,
    ],
  };
}

interface FrontMatterInput {
  id: string;
  kind: ArticleKind;
  theme: string;
  lang: Lang;
  audiences: string[];
  date: string;
}

/** Written as text with a comment per field, so the author sees what each one is for. */
function frontMatter({ id, kind, theme, lang, audiences, date }: FrontMatterInput): string {
  const texts = ARTICLE_TEXTS[kind][lang];
  const q = (value: string) => JSON.stringify(value);
  const lines: [string, string?][] = [
    [`id: ${id}`, "the file name; the same in every language, never changed once published"],
    [`title: ${q(texts.title)}`, "10-90 characters"],
    [`summary: ${q(texts.summary)}`, "40-300 characters"],
    [`kind: ${kind}`, "guide | tip | interview | story"],
    [`audiences: [${audiences.join(", ")}]`, "keep the ones it is for"],
    [`theme: ${theme}`, "one theme id from _data/themes.yaml"],
    [`date: ${q(date)}`, "publication date, quoted"],
  ];
  if (kind === "story") lines.push(["sources: []", "a story that states no figures needs none"]);
  else lines.push(["sources:", "at least one; every figure in the text cites one of these"], [`  - title: ${q(DRAFT_SOURCE.title)}`], [`    url: ${DRAFT_SOURCE.url}`]);
  lines.push(["pairs: []", kind === "story" ? "ids of the pairs this story illustrates" : "ids of pairs it relates to"]);
  if (kind === "interview") {
    const person = PERSON_TEXTS[lang];
    lines.push(["person:", "the fictional person; the site marks the interview as illustrative"], [`  name: ${q(person.name)}`], [`  role: ${q(person.role)}`], [`  organisation: ${q(person.organisation)}`]);
  }
  // Comments line up for the short fields; a long title or summary keeps its comment close.
  const column = Math.max(...lines.map(([code]) => code.length).filter((length) => length <= 48)) + 2;
  return ["---", ...lines.map(([code, comment]) => (comment ? `${code.padEnd(column - 2)}  # ${comment}` : code)), "---"].join("\n");
}
