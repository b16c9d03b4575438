import type { Markdown } from "./markdown.ts";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { siteSchema } from "../schemas/site.ts";
import { audiencesSchema, languagesSchema, themesSchema, uiStringsSchema, type UiStrings } from "../schemas/taxonomy.ts";
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
  const ui = loadUiStrings(root, problems);
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

/** Interface strings live in `_data/ui/*.yaml`, one file per feature; a key may be defined once. */
function loadUiStrings(root: string, problems: ProblemList): UiStrings | undefined {
  const dir = path.join(root, "_data", "ui");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort() : [];
  if (files.length === 0) {
    problems.add({ file: "_data/ui", message: "holds no interface strings: add at least one *.yaml file" });
    return undefined;
  }
  const merged: UiStrings = {};
  const definedIn = new Map<string, string>();
  let complete = true;
  for (const name of files) {
    const strings = loadDataFile(root, path.join("ui", name), uiStringsSchema, problems);
    if (!strings) {
      complete = false;
      continue;
    }
    for (const [key, value] of Object.entries(strings)) {
      const first = definedIn.get(key);
      if (first) problems.add({ file: `_data/ui/${name}`, field: key, message: `is already defined in _data/ui/${first}` });
      definedIn.set(key, name);
      merged[key] = value;
    }
  }
  return complete ? merged : undefined;
}
