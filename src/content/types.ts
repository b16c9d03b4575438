import type { ArticleFrontMatter } from "../schemas/article.ts";
import type { Lang, Source } from "../schemas/common.ts";
import type { Manifest } from "../schemas/manifest.ts";
import type { PairData, PairText } from "../schemas/pair.ts";
import type { SiteConfig } from "../schemas/site.ts";
import type { Audience, Language, Theme, UiStrings } from "../schemas/taxonomy.ts";
import type { SitePages } from "./load-site-pages.ts";

/** Where an item came from, so that a later check can still name its file, field and line. */
export interface Origin {
  file: string;
  /** Field path prefix inside the file, such as `[3]` for the fourth pair of a list. */
  path: ReadonlyArray<PropertyKey>;
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

export interface ContentPackage {
  /** The npm package name. */
  name: string;
  version: string;
  license: string;
  description: string | undefined;
  manifest: Manifest;
  /** Absolute folder of the package. */
  dir: string;
  /** Its package.json, relative to the project root (for messages). */
  file: string;
  /** A workspace under content/ or a package installed from a registry. */
  origin: "workspace" | "installed";
}

/** A pair's texts in one language, with inline Markdown rendered to safe HTML. */
export interface PairTextHtml {
  title: string;
  hate: string;
  love: string;
  why: string;
  steps: string[];
}

export interface Pair extends Omit<PairData, "en" | "nl"> {
  text: Record<Lang, PairText>;
  html: Record<Lang, PairTextHtml>;
  packageName: string;
  origin: Origin;
}

export interface Article {
  id: string;
  lang: Lang;
  front: ArticleFrontMatter;
  /** The rendered body, safe HTML. */
  html: string;
  headings: { id: string; text: string }[];
  words: number;
  packageName: string;
  origin: Origin;
}

/**
 * Items that stand in a file but were rejected. Cross-checks treat them as present, so that one
 * broken pair or article is reported once, not again by everything that names it.
 */
export interface Rejected {
  pairIds: Set<string>;
  /** `lang:id` of articles whose front matter was rejected. */
  articleKeys: Set<string>;
}

export interface Taxonomy {
  site: SiteConfig;
  languages: Language[];
  themes: Theme[];
  audiences: Audience[];
  ui: UiStrings;
  /** Fixed pages such as About, written in Markdown under `_data/pages/`. */
  pages: SitePages;
}

/** Everything the site is built from, validated and cross-checked. */
export interface Catalog extends Taxonomy {
  packages: ContentPackage[];
  pairs: Pair[];
  articles: Article[];
}

export type { Lang, Source };
