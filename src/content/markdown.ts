import { flatString } from "./flat-string.ts";
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
 * already refuses `javascript:`, `vbscript:` and `file:` URLs. No linkify: a link is written as a
 * link (`[text](url)` or `<url>`), which reads better than a bare address, and turning bare text
 * into links cost about a tenth of the render time (the shipped content has no bare addresses).
 */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
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
  scrollableTables(md);
  return md;
}

/**
 * A table too wide for a phone scrolls inside its own box instead of pushing the page sideways
 * (WCAG 1.4.10). Keyboard users must be able to scroll it too, so the box takes focus, and it is
 * a region named by the heading above it (each heading names one region at most: landmark names
 * must be unique); a table with no heading before it gets a plain focusable box.
 */
function scrollableTables(md: Markdown): void {
  interface TableEnv {
    headingId?: string | undefined;
    wrappers?: string[];
  }
  const render: NonNullable<typeof md.renderer.rules.heading_open> = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
  const headingOpen = md.renderer.rules.heading_open ?? render;
  md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
    const id = tokens[idx]!.attrGet("id");
    (env as TableEnv).headingId = typeof id === "string" ? id : undefined;
    return headingOpen(tokens, idx, options, env, self);
  };
  md.renderer.rules.table_open = (tokens, idx, options, env, self) => {
    const state = env as TableEnv;
    const tag = state.headingId ? "section" : "div";
    (state.wrappers ??= []).push(tag);
    const opening = state.headingId ? `<section class="table-scroll" tabindex="0" aria-labelledby="${md.utils.escapeHtml(state.headingId)}">` : `<div class="table-scroll" tabindex="0">`;
    state.headingId = undefined;
    return opening + self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.table_close = (tokens, idx, options, env, self) => `${self.renderToken(tokens, idx, options)}</${(env as TableEnv).wrappers?.pop() ?? "div"}>`;
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
  return { html: flatString(md.renderer.render(tokens, md.options, env)), headings, words: countWords(source) };
}

/**
 * Words are whitespace-separated runs with at least one letter or digit ("—" is not a word,
 * "08:00" and "IT-afdeling" are one each). A loop over character codes rather than a Unicode
 * regex: this runs over every article, and the regex took a tenth of the time of loading them.
 */
export function countWords(markdown: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < markdown.length; index++) {
    const code = markdown.charCodeAt(index);
    if (isWhitespace(code)) {
      inWord = false;
    } else if (!inWord && isLetterOrDigit(code, markdown, index)) {
      inWord = true;
      count++;
    }
  }
  return count;
}

/** JavaScript's `\s`. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function isLetterOrDigit(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Outside ASCII (é, ĳ, a letter beyond the Basic Multilingual Plane), ask Unicode.
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
}
