import fs from "node:fs";
import path from "node:path";
import type { ArticleKind } from "../../src/schemas/article.ts";
import type { Lang } from "../../src/schemas/common.ts";

const dir = path.join(import.meta.dirname, "templates");

/** A starter text from scripts/new/templates/, with `{{name}}` placeholders filled in. */
export function template(file: string, values: Record<string, string> = {}): string {
  return fs.readFileSync(path.join(dir, file), "utf8").replace(/\{\{(\w+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template ${file} uses {{${name}}}, which was not given`);
    return value;
  });
}

/** The body of a starter article: an outline that tells the author what to write where. */
export function articleBody(kind: ArticleKind, lang: Lang): string {
  return template(`${kind}.${lang}.md`);
}

/** Front matter texts of a starter article; each says it is a draft and fits the schema's lengths. */
export const ARTICLE_TEXTS: Record<ArticleKind, Record<Lang, { title: string; summary: string }>> = {
  guide: {
    en: { title: "Draft guide: say what the reader will be able to do", summary: "Draft summary: one or two sentences on the problem this guide tackles and what the reader will be able to do after reading it." },
    nl: { title: "Conceptgids: zeg wat de lezer straks kan", summary: "Conceptsamenvatting: een of twee zinnen over het probleem dat deze gids aanpakt en wat de lezer na het lezen kan." },
  },
  tip: {
    en: { title: "Draft tip: one practical idea in a few words", summary: "Draft summary: the tip in one sentence, and the moment in the working day when it helps." },
    nl: { title: "Concepttip: één praktisch idee in een paar woorden", summary: "Conceptsamenvatting: de tip in één zin, en het moment op de werkdag waarop hij helpt." },
  },
  interview: {
    en: { title: "Draft interview: who they are and what they changed", summary: "Draft summary: an illustrative interview with a fictional person, their role, and the one change the conversation is about." },
    nl: { title: "Conceptinterview: wie het is en wat er veranderde", summary: "Conceptsamenvatting: een illustratief interview met een verzonnen persoon, diens rol, en de verandering waar het gesprek over gaat." },
  },
  story: {
    en: { title: "Draft story: the moment it went wrong", summary: "Draft summary: what happened, and what changed afterwards, in one or two sentences." },
    nl: { title: "Conceptverhaal: het moment dat het misging", summary: "Conceptsamenvatting: wat er gebeurde, en wat er daarna veranderde, in een of twee zinnen." },
  },
};

/** The fictional person of a starter interview: obviously a placeholder, never a real name. */
export const PERSON_TEXTS: Record<Lang, { name: string; role: string; organisation: string }> = {
  en: { name: "Draft: an invented name", role: "Draft: their job title", organisation: "Draft: a kind of organisation, never a real one" },
  nl: { name: "Concept: een verzonnen naam", role: "Concept: hun functie", organisation: "Concept: een soort organisatie, nooit een echte" },
};

/** The placeholder every starter uses for a source: valid, and plainly something to replace. */
export const DRAFT_SOURCE = { title: "Draft: replace with the publisher and title of your source", url: "https://example.org/replace-with-your-source" };
