/**
 * Returns `text` as one flat string. Renderers (markdown-it, the JSX runtime) build their
 * output by concatenation: in V8 a tree ("rope") of thousands of small strings. Output that lives
 * until the build ends (article HTML in the model, rendered pages that Eleventy holds) would
 * survive garbage collection after garbage collection as thousands of objects; flat, it is one.
 * Converting a string to a number flattens it first (and HTML is never a number): at 1,000
 * articles this took the heap from about 210 to 130 MB and young-generation GC time down by 40%.
 * This is V8's behaviour, not a language guarantee; the result goes to `sink` so that an
 * optimising compiler cannot drop the conversion as unused. Without the effect, output is the same.
 */
export function flatString(text: string): string {
  sink ^= Number(text) | 0;
  return text;
}

let sink = 0;
