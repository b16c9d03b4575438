import { LANGS, type Lang } from "../schemas/common.ts";
import type { Audience, Theme } from "../schemas/taxonomy.ts";
import type { Article, Catalog, ContentPackage, Pair } from "../content/types.ts";
import { paths } from "./paths.ts";
import { articleKey, RENDER_ALL, type RenderScope } from "./render-scope.ts";

/** Hashed asset URLs (without the path prefix), written by the assets plugin. */
export interface AssetManifest {
  css: string;
  /** Entry name (file name in src/client without .ts) to URL. */
  scripts: Record<string, string>;
}

export interface PairRoute { lang: Lang; pair: Pair; path: string }
export interface ThemeRoute { lang: Lang; theme: Theme; path: string }
export interface AudienceRoute { lang: Lang; audience: Audience; path: string }
export interface ArticleRoute { lang: Lang; article: Article; path: string }
export interface LangRoute { lang: Lang }

/** The lists templates paginate over, one page per entry (see src/site/page-data.ts). */
export interface Routes {
  /** One entry per language, for the pages each language has once (home, lists, search). */
  langs: LangRoute[];
  /** The same, for the feeds, which also carry article text. */
  feeds: LangRoute[];
  pairs: PairRoute[];
  themes: ThemeRoute[];
  audiences: AudienceRoute[];
  articles: ArticleRoute[];
}

/**
 * The whole site as pages see it: the validated catalog, indexes for the lookups pages make,
 * and the routes that templates paginate over. A class rather than a plain object so that
 * Eleventy's data merge passes it by reference instead of copying thousands of items per template.
 */
export class SiteModel {
  readonly pairById = new Map<string, Pair>();
  readonly themeById = new Map<string, Theme>();
  readonly audienceById = new Map<string, Audience>();
  readonly packageByName = new Map<string, ContentPackage>();
  /** Pairs in display order: by theme, then package, then their order in the file. */
  readonly pairs: Pair[];
  readonly pairsByTheme = new Map<string, Pair[]>();
  /** Articles per language, newest first. */
  readonly articles: Record<Lang, Article[]>;
  readonly articleById: Record<Lang, Map<string, Article>>;
  /** The pages this build renders: all of them, or what a watch rebuild's scope asks for. */
  readonly routes: Routes;
  /*
   * Reverse indexes for the lookups that pages make once per page. Scanning every article for
   * every pair page (and every pair for every article page) grows with the square of the content
   * and dominated the render time at 10,000 articles; built once here, each lookup is a map read.
   * The lists keep the order of `pairs` and `articles`, so results are the same as a scan's.
   * TypeScript `private` rather than `#fields`: a `#field` read fails when the model is reached
   * through a Proxy, and template data may be.
   */
  private readonly pairsByAudienceIndex = new Map<string, Pair[]>();
  private readonly pairsNamingArticleIndex = new Map<string, Pair[]>();
  private readonly positionInThemeIndex = new Map<Pair, number>();
  private readonly articlesByThemeIndex: Record<Lang, Map<string, Article[]>>;
  private readonly articlesByAudienceIndex: Record<Lang, Map<string, Article[]>>;
  private readonly articlesNamingPairIndex: Record<Lang, Map<string, Article[]>>;

  constructor(
    readonly catalog: Catalog,
    readonly pathPrefix: string,
    readonly assets: AssetManifest,
    /** The build's date, `YYYY-MM-DD`: picks the featured pair and dates the feeds. */
    readonly buildDate: string,
    scope: RenderScope = RENDER_ALL,
  ) {
    for (const theme of catalog.themes) this.themeById.set(theme.id, theme);
    for (const audience of catalog.audiences) this.audienceById.set(audience.id, audience);
    for (const pkg of catalog.packages) this.packageByName.set(pkg.name, pkg);
    const themeOrder = new Map(catalog.themes.map((theme, index) => [theme.id, index]));
    const packageOrder = new Map(catalog.packages.map((pkg, index) => [pkg.name, index]));
    this.pairs = catalog.pairs
      .map((pair, index) => ({ pair, index }))
      .sort((a, b) => themeOrder.get(a.pair.theme)! - themeOrder.get(b.pair.theme)! || packageOrder.get(a.pair.packageName)! - packageOrder.get(b.pair.packageName)! || a.index - b.index)
      .map(({ pair }) => pair);
    for (const pair of this.pairs) {
      this.pairById.set(pair.id, pair);
      const list = this.pairsByTheme.get(pair.theme) ?? [];
      list.push(pair);
      this.pairsByTheme.set(pair.theme, list);
    }
    const byDate = (a: Article, b: Article) => b.front.date.localeCompare(a.front.date) || a.front.title.localeCompare(b.front.title);
    this.articles = Object.fromEntries(LANGS.map((lang) => [lang, catalog.articles.filter((article) => article.lang === lang).sort(byDate)])) as Record<Lang, Article[]>;
    this.articleById = Object.fromEntries(LANGS.map((lang) => [lang, new Map(this.articles[lang].map((article) => [article.id, article]))])) as Record<Lang, Map<string, Article>>;
    for (const list of this.pairsByTheme.values()) list.forEach((pair, index) => this.positionInThemeIndex.set(pair, index));
    for (const pair of this.pairs) {
      for (const audience of new Set(pair.audiences)) append(this.pairsByAudienceIndex, audience, pair);
      for (const articleId of new Set(pair.related)) append(this.pairsNamingArticleIndex, articleId, pair);
    }
    const perLang = () => Object.fromEntries(LANGS.map((lang) => [lang, new Map<string, Article[]>()])) as Record<Lang, Map<string, Article[]>>;
    this.articlesByThemeIndex = perLang();
    this.articlesByAudienceIndex = perLang();
    this.articlesNamingPairIndex = perLang();
    for (const lang of LANGS) {
      for (const article of this.articles[lang]) {
        append(this.articlesByThemeIndex[lang], article.front.theme, article);
        for (const audience of new Set(article.front.audiences)) append(this.articlesByAudienceIndex[lang], audience, article);
        for (const pairId of new Set(article.front.pairs)) append(this.articlesNamingPairIndex[lang], pairId, article);
      }
    }
    const langs = LANGS.map((lang) => ({ lang }));
    const articles = LANGS.flatMap((lang) => this.articles[lang].map((article) => ({ lang, article, path: paths.article(lang, article.id) })));
    if (scope.kind === "articles") {
      const changed = articles.filter((route) => scope.keys.has(articleKey(route.article)));
      const changedLangs = new Set(changed.map((route) => route.lang));
      this.routes = { langs: [], feeds: langs.filter((route) => changedLangs.has(route.lang)), pairs: [], themes: [], audiences: [], articles: changed };
      return;
    }
    this.routes = {
      langs,
      feeds: langs,
      pairs: LANGS.flatMap((lang) => this.pairs.map((pair) => ({ lang, pair, path: paths.pair(lang, pair.id) }))),
      themes: LANGS.flatMap((lang) => catalog.themes.map((theme) => ({ lang, theme, path: paths.theme(lang, theme.id) }))),
      audiences: LANGS.flatMap((lang) => catalog.audiences.map((audience) => ({ lang, audience, path: paths.audience(lang, audience.id) }))),
      articles,
    };
  }

  theme(id: string): Theme {
    const theme = this.themeById.get(id);
    if (!theme) throw new Error(`unknown theme ${id}`);
    return theme;
  }

  audience(id: string): Audience {
    const audience = this.audienceById.get(id);
    if (!audience) throw new Error(`unknown audience ${id}`);
    return audience;
  }

  pairsOfTheme(themeId: string): Pair[] {
    return this.pairsByTheme.get(themeId) ?? [];
  }

  // The lookups below return a fresh array, as the scans they replace did, so a caller may sort or trim it.
  pairsForAudience(audienceId: string): Pair[] {
    return [...(this.pairsByAudienceIndex.get(audienceId) ?? [])];
  }

  articlesOfTheme(lang: Lang, themeId: string): Article[] {
    return [...(this.articlesByThemeIndex[lang].get(themeId) ?? [])];
  }

  articlesForAudience(lang: Lang, audienceId: string): Article[] {
    return [...(this.articlesByAudienceIndex[lang].get(audienceId) ?? [])];
  }

  /** Articles a pair names in `related`, plus articles that name the pair, without stories. */
  relatedArticles(lang: Lang, pair: Pair): Article[] {
    const named = pair.related.map((id) => this.articleById[lang].get(id)).filter((article): article is Article => article !== undefined);
    const naming = (this.articlesNamingPairIndex[lang].get(pair.id) ?? []).filter((article) => !named.includes(article));
    return [...named, ...naming].filter((article) => article.front.kind !== "story");
  }

  storiesOfPair(lang: Lang, pairId: string): Article[] {
    return (this.articlesNamingPairIndex[lang].get(pairId) ?? []).filter((article) => article.front.kind === "story");
  }

  pairsOfArticle(article: Article): Pair[] {
    const named = article.front.pairs.map((id) => this.pairById.get(id)).filter((pair): pair is Pair => pair !== undefined);
    const naming = (this.pairsNamingArticleIndex.get(article.id) ?? []).filter((pair) => !named.includes(pair));
    return [...named, ...naming];
  }

  /** The previous and next pair within the same theme, for reading a theme from start to end. */
  neighbours(pair: Pair): { previous: Pair | undefined; next: Pair | undefined } {
    const list = this.pairsOfTheme(pair.theme);
    const index = this.positionInThemeIndex.get(pair) ?? -1;
    return { previous: list[index - 1], next: list[index + 1] };
  }

  /** A pair that changes from one build day to the next, the same for every page of one build. */
  featuredPair(): Pair | undefined {
    if (this.pairs.length === 0) return undefined;
    const day = Math.floor(Date.parse(`${this.buildDate}T00:00:00Z`) / 86_400_000);
    return this.pairs[day % this.pairs.length];
  }
}

/** Adds `item` to the list under `key`, creating the list on first use. */
function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
