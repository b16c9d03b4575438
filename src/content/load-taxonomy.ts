import type { Markdown } from "./markdown.ts";
import path from "node:path";
import type { z } from "zod";
import { siteSchema } from "../schemas/site.ts";
import { audiencesSchema, languagesSchema, themesSchema, uiStringsSchema } from "../schemas/taxonomy.ts";
import { relativeFile, type ProblemList } from "./problems.ts";
import { readText } from "./read-file.ts";
import { loadSitePages } from "./load-site-pages.ts";
import type { Taxonomy } from "./types.ts";
import { parseYaml, validateYaml } from "./yaml.ts";

function loadDataFile<T extends z.ZodType>(root: string, name: string, schema: T, problems: ProblemList): z.infer<T> | undefined {
  const absolute = path.join(root, "_data", name);
  const file = relativeFile(root, absolute);
  const text = readText(absolute, file, problems);
  if (text === undefined) return undefined;
  return validateYaml(parseYaml(text, file, problems), schema, problems);
}

/** Site settings, languages, themes, audiences, interface strings and fixed pages from `_data/`. */
export function loadTaxonomy(root: string, md: Markdown, problems: ProblemList): Taxonomy | undefined {
  const site = loadDataFile(root, "site.yaml", siteSchema, problems);
  const languages = loadDataFile(root, "languages.yaml", languagesSchema, problems);
  const themes = loadDataFile(root, "themes.yaml", themesSchema, problems);
  const audiences = loadDataFile(root, "audiences.yaml", audiencesSchema, problems);
  const ui = loadDataFile(root, "ui.yaml", uiStringsSchema, problems);
  const pages = loadSitePages(root, md, problems);
  if (!site || !languages || !themes || !audiences || !ui || !pages) return undefined;
  for (const [name, list] of [["themes.yaml", themes], ["audiences.yaml", audiences]] as const) {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) problems.add({ file: `_data/${name}`, field: `[${index}].id`, message: `repeats the id \`${item.id}\`` });
      seen.add(item.id);
    });
  }
  return { site, languages, themes: [...themes].sort((a, b) => a.order - b.order), audiences, ui, pages };
}
