/** One start tag of a page: its name, its attributes (values with entities decoded) and where it starts. */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  index: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", colon: ":", tab: "\t", newline: "\n", nbsp: "\u00a0" };

/** Decodes character references the way a browser does in an attribute value. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (entity, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1]?.toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/**
 * Every start tag of a page, read straight from the markup so that nothing is skipped: an HTML
 * parser that treats <svg> or <template> as opaque (html-validate's does) would miss an attribute
 * inside them. Sound for the built pages because the renderer escapes "<" in text and quotes in
 * attribute values, and html-validate.test.ts proves the markup is well formed.
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (comment) => " ".repeat(comment.length));
  for (const tag of withoutComments.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>/`]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of tag[2]!.matchAll(/([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes.set(attribute[1]!.toLowerCase(), decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ""));
    }
    tags.push({ name: tag[1]!.toLowerCase(), attributes, index: tag.index });
  }
  return tags;
}
