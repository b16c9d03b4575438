import { WORD_LIMITS } from "../schemas/article.ts";
import { LANGS } from "../schemas/common.ts";
import type { ProblemList } from "./problems.ts";
import type { Article, ContentPackage, Origin, Pair, Rejected, Taxonomy } from "./types.ts";
import { fieldName } from "./yaml.ts";

function at(origin: Origin, field: ReadonlyArray<PropertyKey>) {
  const full = [...origin.path, ...field];
  const line = origin.lineOf(full);
  return { file: origin.file, field: fieldName(full), ...(line ? { line } : {}) };
}

/**
 * Checks every reference between items: themes and audiences exist, ids are unique, related
 * items exist, translations are complete, sources are not listed twice, bodies fit their kind.
 */
export function crossCheck(taxonomy: Taxonomy, packages: ContentPackage[], pairs: Pair[], articles: Article[], rejected: Rejected, problems: ProblemList): void {
  const themeIds = new Set(taxonomy.themes.map((theme) => theme.id));
  const audienceIds = new Set(taxonomy.audiences.map((audience) => audience.id));
  const themeList = [...themeIds].join(", ");
  const audienceList = [...audienceIds].join(", ");

  const checkTaxonomy = (origin: Origin, theme: string, audiences: string[]) => {
    if (!themeIds.has(theme)) problems.add({ ...at(origin, ["theme"]), message: `names the unknown theme \`${theme}\`: use one of ${themeList}` });
    audiences.forEach((audience, index) => {
      if (!audienceIds.has(audience)) problems.add({ ...at(origin, ["audiences", index]), message: `names the unknown audience \`${audience}\`: use one of ${audienceList}` });
    });
  };

  const checkSources = (origin: Origin, sources: { url: string }[]) => {
    const seen = new Set<string>();
    sources.forEach((source, index) => {
      if (seen.has(source.url)) problems.add({ ...at(origin, ["sources", index, "url"]), message: `lists the URL ${source.url} twice` });
      seen.add(source.url);
    });
  };

  const pairsById = new Map<string, Pair>();
  for (const pair of pairs) {
    const first = pairsById.get(pair.id);
    if (first) problems.add({ ...at(pair.origin, ["id"]), message: `repeats the pair id \`${pair.id}\`, already used in ${first.origin.file}: ids must be unique across the site` });
    else pairsById.set(pair.id, pair);
    checkTaxonomy(pair.origin, pair.theme, pair.audiences);
    checkSources(pair.origin, pair.sources);
  }

  const articlesByLang = new Map(LANGS.map((lang) => [lang, new Map<string, Article>()]));
  for (const article of articles) {
    const sameLang = articlesByLang.get(article.lang)!;
    const first = sameLang.get(article.id);
    if (first) problems.add({ ...at(article.origin, ["id"]), message: `repeats the article id \`${article.id}\` (and so its URL /${article.lang}/articles/${article.id}/), already used in ${first.origin.file}` });
    else sameLang.set(article.id, article);
    checkTaxonomy(article.origin, article.front.theme, article.front.audiences);
    checkSources(article.origin, article.front.sources);
    article.front.pairs.forEach((pairId, index) => {
      if (!pairsById.has(pairId) && !rejected.pairIds.has(pairId)) problems.add({ ...at(article.origin, ["pairs", index]), message: `names the pair \`${pairId}\`, which does not exist` });
    });
    const limits = WORD_LIMITS[article.front.kind];
    if (article.words < limits.min || article.words > limits.max) {
      problems.add({ file: article.origin.file, field: "body", message: `has ${article.words} words; a ${article.front.kind} needs ${limits.min} to ${limits.max}` });
    }
  }

  const allArticleIds = new Set([...articles.map((article) => article.id), ...[...rejected.articleKeys].map((key) => key.slice(key.indexOf(":") + 1))]);
  for (const pair of pairs) {
    pair.related.forEach((articleId, index) => {
      if (!allArticleIds.has(articleId)) problems.add({ ...at(pair.origin, ["related", index]), message: `names the article \`${articleId}\`, which does not exist` });
    });
  }

  const untranslatedAllowed = new Set(packages.flatMap((pkg) => pkg.manifest.untranslated));
  const packageOf = new Map(packages.map((pkg) => [pkg.name, pkg]));
  for (const article of articles) {
    for (const other of LANGS) {
      if (other === article.lang || articlesByLang.get(other)!.has(article.id) || rejected.articleKeys.has(`${other}:${article.id}`) || untranslatedAllowed.has(article.id)) continue;
      problems.add({ file: article.origin.file, field: "id", message: `has no ${other} translation: add articles/${other}/${article.id}.md, or list \`${article.id}\` under contentPackage.untranslated in ${packageOf.get(article.packageName)?.file ?? "the package's package.json"}` });
    }
  }
  for (const pkg of packages) {
    pkg.manifest.untranslated.forEach((articleId, index) => {
      if (!allArticleIds.has(articleId)) problems.add({ file: pkg.file, field: `contentPackage.untranslated[${index}]`, message: `names the article \`${articleId}\`, which does not exist` });
    });
  }

  const packageNames = new Map<string, ContentPackage>();
  for (const pkg of packages) {
    const first = packageNames.get(pkg.name);
    if (first) problems.add({ file: pkg.file, field: "name", message: `repeats the package name \`${pkg.name}\`, already used by ${first.file}` });
    packageNames.set(pkg.name, pkg);
  }
}
