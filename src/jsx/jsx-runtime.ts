/**
 * The JSX runtime of the templates: every JSX expression becomes escaped HTML text at once.
 *
 * Pages are rendered once, on the server, to static HTML, so there is nothing for a virtual DOM
 * to do: building a tree of nodes and then walking it to print it (preact with
 * preact-render-to-string, which this replaces) was a third of the time spent rendering pages.
 * Here an element is printed when it is created, and a component is a function called with its
 * props. The output is the markup preact-render-to-string printed: the same attribute spelling,
 * the same escaping and `<meta .../>` for empty void elements.
 *
 * Text is always escaped. The only way to insert markup is `dangerouslySetInnerHTML`, which
 * src/components/RenderedHtml.tsx uses for what markdown-it rendered.
 *
 * Refused with a message naming them, because the site must never need them: event handlers,
 * and any function as an attribute, and `style` (the Content-Security-Policy forbids inline
 * script and style); `ref`; `value` on `<select>` and `<textarea>` (mark the `<option>` as
 * `selected`; write the text between the tags); and the DOM-style names preact renamed
 * (`httpEquiv`, `defaultValue`, `xlinkHref`, `strokeWidth` inside `<svg>`): write attributes as
 * HTML spells them. What is left prints as preact-render-to-string printed it, byte for byte.
 */
import type { JSX as PreactJSX } from "preact";

/**
 * Marks an `Html` by a registered symbol rather than by its class: a process can hold more than
 * one copy of this module (the site bundle has its own, beside the one that a script's bundle or
 * the tests import), and markup from either copy is markup.
 */
const HTML = Symbol.for("ilmitd.jsx.html");

/** Markup that is already safe to insert: made by this runtime, never from raw text. */
export class Html {
  constructor(readonly html: string) {}

  /** True for markup made by any copy of this runtime. */
  static is(value: unknown): value is Html {
    return value instanceof Html || (typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[HTML] === true);
  }

  toString(): string {
    return this.html;
  }
}
// A data property on the prototype rather than a field: one per class, not one per element.
Object.defineProperty(Html.prototype, HTML, { value: true });

/** Anything a template may place between tags. */
export type Child = Html | string | number | bigint | boolean | null | undefined | readonly Child[];

type Props = Record<string, unknown> & { children?: Child };

/** What the compiled TSX calls for every element: a tag name or a component, and its props. */
export function jsx<P>(type: (props: P) => Child, props: P): Html;
export function jsx(type: string, props: Props): Html;
export function jsx(type: string | ((props: Props) => Child), props: Props): Html {
  if (typeof type === "function") {
    const rendered = type(props);
    return Html.is(rendered) ? rendered : new Html(renderChild(rendered));
  }
  return new Html(renderElement(type, props));
}

export { jsx as jsxs, jsx as jsxDEV };

export function Fragment(props: { children?: Child }): Html {
  return new Html(renderChild(props.children));
}

/** A child as HTML: text escaped, markup as it is, nothing for null, undefined and booleans. */
function renderChild(child: Child): string {
  if (child == null || typeof child === "boolean") return "";
  if (typeof child === "string") return escapeHtml(child);
  if (Html.is(child)) return child.html;
  if (typeof child === "number" || typeof child === "bigint") return String(child);
  if (!Array.isArray(child)) throw new Error(`a child must be text, a number, markup or a list of them, not ${typeof child === "object" ? "an object" : `a ${typeof child}`}`);
  let html = "";
  for (const item of child as readonly Child[]) html += renderChild(item);
  return html;
}

/** Elements written `<br/>` when empty, as preact-render-to-string writes them. */
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
/** A character that cannot be part of a tag or attribute name. */
const UNSAFE_NAME = /[\s\\/='"\0<>]/;
/** DOM property names whose attribute is their lowercase form (`tabIndex` -> `tabindex`). */
const LOWERCASE_ATTRIBUTE = /^(?:accessK|auto[A-Z]|cell|ch|col|cont|cross|dateT|encT|form[A-Z]|frame|hrefL|inputM|maxL|minL|noV|playsI|popoverT|readO|rowS|src[A-Z]|tabI|useM|item[A-Z])/;
/** SVG attributes that really are written in camelCase. */
const CAMEL_CASE_ATTRIBUTES = new Set(["viewBox", "preserveAspectRatio"]);
const HAS_CAPITAL = /[A-Z]/;
/** Boolean-looking attributes whose values are the words "true" and "false". */
const ENUMERATED_ATTRIBUTE = new Set(["draggable", "spellcheck"]);

/** How a prop name is printed as an attribute. */
interface AttributeName {
  name: string;
  /** `true` and `false` print as the words (aria-*, data-*, enumerated attributes) rather than as presence. */
  wordBooleans: boolean;
}

/** A prop name that cannot be an attribute: left out, as preact-render-to-string leaves it out. */
const SKIP = "skip";

/**
 * Every prop name seen so far, read once: a build prints a few dozen names millions of times.
 * Names that are refused are not kept, so they fail wherever they appear.
 */
const ATTRIBUTES = new Map<string, AttributeName | typeof SKIP>();

function readAttributeName(tag: string, key: string): AttributeName | typeof SKIP {
  let attribute: AttributeName | typeof SKIP;
  if (UNSAFE_NAME.test(key)) attribute = SKIP;
  else if (key[4] === "-" || ENUMERATED_ATTRIBUTE.has(key)) attribute = { name: key, wordBooleans: true };
  else if (LOWERCASE_ATTRIBUTE.test(key)) attribute = { name: key.toLowerCase(), wordBooleans: false };
  else if (HAS_CAPITAL.test(key) && !CAMEL_CASE_ATTRIBUTES.has(key)) {
    // preact renamed these (httpEquiv, defaultValue, xlinkHref, strokeWidth inside <svg>): refuse rather than print a wrong name.
    throw new Error(`<${tag} ${key}>: write the attribute as HTML spells it (such as http-equiv or stroke-width); only ${[...CAMEL_CASE_ATTRIBUTES].join(" and ")} keep their capitals`);
  } else attribute = { name: key, wordBooleans: false };
  ATTRIBUTES.set(key, attribute);
  return attribute;
}

/** Tag names already checked. */
const TAGS = new Set<string>();

function renderElement(tag: string, props: Props): string {
  if (!TAGS.has(tag)) {
    if (UNSAFE_NAME.test(tag)) throw new Error(`<${tag}> is not a valid tag name`);
    TAGS.add(tag);
  }
  let open = `<${tag}`;
  let content: string | undefined;
  for (const key in props) {
    if (key === "children" || key === "key" || key === "__self" || key === "__source") continue;
    let value = props[key];
    let name = key;
    if (typeof value === "function") throw new Error(`<${tag} ${key}>: functions cannot be attributes, and event handlers are not supported (no inline script)`);
    switch (key) {
      case "dangerouslySetInnerHTML":
        content = (value as { __html?: string } | undefined)?.__html;
        continue;
      case "className":
        if ("class" in props) continue;
        name = "class";
        break;
      case "htmlFor":
        if ("for" in props) continue;
        name = "for";
        break;
      case "value":
        if (tag === "select" || tag === "textarea") throw new Error(`<${tag} value> is not supported: ${tag === "select" ? "mark the <option> as selected" : "write the text between the tags"} instead`);
        break;
      case "ref":
      case "style":
        throw new Error(`<${tag} ${key}> is not supported: the site renders static HTML under a strict Content-Security-Policy`);
      default: {
        const attribute = ATTRIBUTES.get(key) ?? readAttributeName(tag, key);
        if (attribute === SKIP) continue;
        name = attribute.name;
        // aria-*, data-* and enumerated attributes print `true` and `false` as words.
        if (attribute.wordBooleans && value != null) value = String(value);
      }
    }
    if (value == null || value === false) continue;
    open += value === true || value === "" ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  if (content === undefined || content === "") content = renderChild(props.children);
  if (content === "" && VOID_ELEMENTS.has(tag)) return `${open}/>`;
  return `${open}>${content}</${tag}>`;
}

/** A character that `escapeHtml` replaces. */
const NEEDS_ESCAPE = /["&<]/;

/**
 * Escapes `"`, `&` and `<`: enough for text and for double-quoted attribute values. This runs for
 * every text and attribute of every page, and most need nothing: a regular expression finds the
 * first character to replace (or none) about three times as fast as a loop over character codes,
 * and the loop takes over from there.
 */
function escapeHtml(text: string): string {
  const first = text.search(NEEDS_ESCAPE);
  if (first === -1) return text;
  let out = text.slice(0, first);
  let last = first;
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 34 && code !== 38 && code !== 60) continue;
    out += text.slice(last, index) + (code === 34 ? "&quot;" : code === 38 ? "&amp;" : "&lt;");
    last = index + 1;
  }
  return out + text.slice(last);
}

/** An element's attributes as preact types them, less what this runtime refuses, and with its own children. */
type Attributes<T> = { [K in keyof T as K extends "style" | "ref" | "children" | `on${string}` ? never : K]: T[K] } & { children?: Child };

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = Html;
  export type IntrinsicElements = { [Tag in keyof PreactJSX.IntrinsicElements]: Attributes<PreactJSX.IntrinsicElements[Tag]> };
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
