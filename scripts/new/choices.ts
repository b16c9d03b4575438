import { idSchema, LANGS, type Lang } from "../../src/schemas/common.ts";
import { ARTICLE_KINDS, type ArticleKind } from "../../src/schemas/article.ts";
import { UsageError } from "./errors.ts";
import type { PackageInfo, Project } from "./project.ts";

/** An id given on the command line: well-formed, and not used by any pair or article in the site. */
export function checkNewId(project: Project, id: string, what: string): string {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw new UsageError(`${what} \`${id}\` ${parsed.error.issues[0]?.message ?? "is not a valid id"}`);
  const usedBy = project.usedIds.get(id);
  if (usedBy) throw new UsageError(`${what} \`${id}\` is already used by ${usedBy}: ids must be unique across the site`);
  return id;
}

/** The first free id of `base`, `base-2`, `base-3`... when the author did not choose one. */
export function freeId(project: Project, base: string): string {
  if (!project.usedIds.has(base)) return base;
  for (let n = 2; ; n++) if (!project.usedIds.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `--theme`, or the theme the package's last pair uses, or the site's first theme. */
export function pickTheme(project: Project, pkg: PackageInfo | undefined, theme: string | undefined): string {
  if (theme !== undefined) {
    if (!project.themes.includes(theme)) throw new UsageError(`unknown theme \`${theme}\`: use one of ${project.themes.join(", ")}`);
    return theme;
  }
  const fromPackage = pkg?.pairThemes.filter((id) => project.themes.includes(id)).at(-1);
  return fromPackage ?? project.themes[0]!;
}

/** The language the author writes in first; English unless `--lang` says otherwise. Both files are created either way. */
export function pickLang(lang: string | undefined): Lang {
  if (lang === undefined) return "en";
  if (!(LANGS as readonly string[]).includes(lang)) throw new UsageError(`unknown --lang \`${lang}\`: use one of ${LANGS.join(", ")}`);
  return lang as Lang;
}

export function pickKind(kind: string | undefined): ArticleKind {
  if (kind === undefined) return "guide";
  if (!(ARTICLE_KINDS as readonly string[]).includes(kind)) throw new UsageError(`unknown --kind \`${kind}\`: use one of ${ARTICLE_KINDS.join(", ")}`);
  return kind as ArticleKind;
}
