import { Fragment as PreactFragment, h, type ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { Fragment, Html, jsx, type Child } from "../../src/jsx/jsx-runtime.ts";

/**
 * The cases print what preact-render-to-string (the renderer this runtime replaced, kept as a
 * test dependency for exactly this) prints for the same element: the built site must not change
 * by a byte when the runtime does.
 */
const elements: [string, Record<string, unknown>][] = [
  ["p", { children: 'Tom & Jerry say "<hi>" > bye' }],
  ["a", { href: "/en/?q=a&b=\"c\"<", title: "It's <fine>", children: "link" }],
  ["input", { type: "checkbox", checked: true, disabled: false, value: 0, "data-hc-pair": "" }],
  ["input", { type: "radio", name: "view", checked: undefined, required: null }],
  ["button", { "aria-expanded": false, "aria-hidden": true, "data-open": true, children: "menu" }],
  ["textarea", { rows: 4, spellcheck: false, draggable: true, children: "a < b" }],
  ["meta", { charset: "utf-8" }],
  ["br", {}],
  ["link", { rel: "stylesheet", href: "/assets/main.css" }],
  ["div", { className: "prose", tabIndex: 0, dangerouslySetInnerHTML: { __html: "<p>made by markdown-it</p>" } }],
  ["div", { dangerouslySetInnerHTML: { __html: "" }, children: "falls back to its children" }],
  ["label", { htmlFor: "hc-name", class: "wins over className", className: "loses", children: "Name" }],
  ["svg", { viewBox: "0 0 24 24", width: "24", "aria-hidden": "true" }],
  ["ul", { children: [null, false, true, undefined, 0, "", "text", 12n] }],
  ["span", { key: "ignored", children: ["a", ["nested", ["deeper"]], " & more"] }],
];

describe("the JSX runtime", () => {
  it.each(elements)("prints <%s> as preact-render-to-string did", (tag, props) => {
    expect(jsx(tag, props).html).toBe(renderToString(h(tag, props as Record<string, unknown> & { children?: ComponentChildren })));
  });

  it("prints nested elements and components as preact-render-to-string did", () => {
    const Item = ({ label, children }: { label: string; children?: Child }) => jsx("li", { "data-label": label, children: [label, ": ", children] });
    const PreactItem = ({ label, children }: { label: string; children?: ComponentChildren }) => h("li", { "data-label": label }, label, ": ", children);
    const ours = jsx("ul", { children: [jsx(Item, { label: "a<b", children: jsx("strong", { children: "bold" }) }), jsx(Fragment, { children: ["x", jsx("li", { children: 1 })] })] });
    const theirs = h("ul", null, h(PreactItem, { label: "a<b" }, h("strong", null, "bold")), h(PreactFragment, null, "x", h("li", null, 1)));
    expect(ours.html).toBe(renderToString(theirs));
  });

  it("escapes text and attribute values, so content can never become markup", () => {
    const html = jsx("a", { href: '"><script>alert(1)</script>', children: "<img src=x onerror=alert(1)>" }).html;
    expect(html).toBe('<a href="&quot;>&lt;script>alert(1)&lt;/script>">&lt;img src=x onerror=alert(1)></a>');
  });

  it("escapes text and attribute values as preact-render-to-string did, wherever the special characters fall", () => {
    // Each special character first, last, alone, doubled and between others, beside letters that need nothing (Dutch and typographic ones included).
    const texts = ["", "plain", '"', "&", "<", '"&<', "<<", "&&", 'a"', '"a', "a&b<c\"d", "Tom & Jerry", "ends with <", "< starts", "één “echt” & zo", "> ' stay as they are"];
    for (const text of texts) {
      expect(jsx("p", { title: text, children: text }).html).toBe(renderToString(h("p", { title: text }, text)));
    }
  });

  it("passes a component's markup through without escaping it twice", () => {
    const Inner = () => jsx("em", { children: "&" });
    expect(jsx("p", { children: jsx(Inner, {}) }).html).toBe("<p><em>&amp;</em></p>");
    expect(Html.is(jsx(Inner, {}))).toBe(true);
    expect(Html.is("<em>&amp;</em>")).toBe(false);
  });

  it("treats a component that returns text as text", () => {
    const Text = () => "<b>not bold</b>";
    expect(jsx("p", { children: jsx(Text, {}) }).html).toBe("<p>&lt;b>not bold&lt;/b></p>");
  });

  it("refuses what a strict Content-Security-Policy or static HTML cannot have, naming it", () => {
    expect(() => jsx("p", { style: "color: red" })).toThrow("<p style> is not supported");
    expect(() => jsx("button", { onClick: () => undefined })).toThrow("<button onClick>: functions cannot be attributes, and event handlers are not supported");
    expect(() => jsx("select", { value: "a" })).toThrow("<select value> is not supported: mark the <option> as selected instead");
    expect(() => jsx("textarea", { value: "a" })).toThrow("<textarea value> is not supported: write the text between the tags instead");
    expect(() => jsx("p onclick=x", {})).toThrow("<p onclick=x> is not a valid tag name");
    expect(() => jsx("a", { className: () => "x" })).toThrow("<a className>: functions cannot be attributes");
  });

  it("refuses the DOM-style names preact renamed, rather than print a wrong attribute", () => {
    for (const name of ["httpEquiv", "defaultValue", "xlinkHref", "strokeWidth", "acceptCharset"]) {
      expect(() => jsx("meta", { [name]: "x" })).toThrow(`<meta ${name}>: write the attribute as HTML spells it`);
    }
    expect(jsx("svg", { viewBox: "0 0 1 1", preserveAspectRatio: "none" }).html).toBe('<svg viewBox="0 0 1 1" preserveAspectRatio="none"></svg>');
  });

  it("fails with a clear message on a child that is not text or markup", () => {
    expect(() => jsx("p", { children: { type: "p", props: {} } as unknown as Child })).toThrow("a child must be text, a number, markup or a list of them, not an object");
  });

  it("leaves out attributes whose names could break the tag", () => {
    expect(jsx("p", { 'x"onmouseover': "a", ok: "b" }).html).toBe('<p ok="b"></p>');
  });
});
