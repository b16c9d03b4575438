import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";

/** A configured markdown-it instance. */
export type Markdown = InstanceType<typeof MarkdownIt>;

/** Turns a heading into a URL fragment: lowercase ASCII words joined by dashes ("Wat nú?" -> "wat-nu"). */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

/**
 * The one Markdown renderer for articles and pair texts. `html: false` because content packages
 * are data: raw HTML in them is shown as text, never rendered. markdown-it's own link validation
 * already refuses `javascript:`, `vbscript:` and `file:` URLs.
 */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  // Headings in content start at h2: the page title is the only h1. Demoted before anchors are added.
  md.core.ruler.push("demote_h1", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
  });
  md.use(anchor, {
    slugify,
    level: [2, 3],
    tabIndex: false,
    permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
  });
  // External links never leak the referrer or a window handle.
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet("href") ?? "");
    if (/^https?:\/\//.test(href)) token.attrSet("rel", "noopener noreferrer");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

export interface RenderedMarkdown {
  html: string;
  /** The h2 headings with their fragment ids, for a table of contents. */
  headings: { id: string; text: string }[];
  words: number;
}

export function renderArticleBody(md: Markdown, source: string): RenderedMarkdown {
  const env = {};
  const tokens = md.parse(source, env);
  const headings: { id: string; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "heading_open" && token.tag === "h2") {
      const inline = tokens[i + 1];
      const id = token.attrGet("id");
      if (inline && typeof id === "string") headings.push({ id, text: inline.content });
    }
  }
  return { html: md.renderer.render(tokens, md.options, env), headings, words: countWords(source) };
}

export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
