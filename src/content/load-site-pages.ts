import type { Markdown } from "./markdown.ts";
import path from "node:path";
import { LANGS, type Lang } from "../schemas/common.ts";
import { sitePageSchema } from "../schemas/site-page.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { relativeFile, type ProblemList } from "./problems.ts";
import { readText } from "./read-file.ts";
import { parseYaml, validateYaml } from "./yaml.ts";

/** The fixed pages whose text lives in `_data/pages/`. */
export const SITE_PAGES = ["about", "share-your-story"] as const;
export type SitePageId = (typeof SITE_PAGES)[number];

export interface SitePage {
  title: string;
  description: string;
  html: string;
}

export type SitePages = Record<SitePageId, Record<Lang, SitePage>>;

export function loadSitePages(root: string, md: Markdown, problems: ProblemList): SitePages | undefined {
  const pages: Partial<Record<SitePageId, Partial<Record<Lang, SitePage>>>> = {};
  let complete = true;
  for (const id of SITE_PAGES) {
    pages[id] = {};
    for (const lang of LANGS) {
      const absolute = path.join(root, "_data/pages", `${id}.${lang}.md`);
      const file = relativeFile(root, absolute);
      const source = readText(absolute, file, problems);
      const split = source === undefined ? undefined : splitFrontMatter(source);
      if (source !== undefined && !split) problems.add({ file, line: 1, message: "has no front matter with a title and description" });
      const front = split && validateYaml(parseYaml(split.yaml, file, problems, 1), sitePageSchema, problems);
      if (!split || !front) {
        complete = false;
        continue;
      }
      pages[id][lang] = { ...front, html: md.render(split.body) };
    }
  }
  return complete ? (pages as SitePages) : undefined;
}
