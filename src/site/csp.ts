/**
 * One Content-Security-Policy for the `<meta>` tag and the `_headers` file. No 'unsafe-inline'
 * and no 'unsafe-eval': every script and style is a file from this site. 'wasm-unsafe-eval' is
 * what Pagefind's WebAssembly search needs, and nothing more.
 */
const directives: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "manifest-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self' mailto:",
};

/** Directives a `<meta>` policy cannot carry; they go in the HTTP header only. */
const headerOnly: Record<string, string> = {
  "frame-ancestors": "'none'",
};

const serialize = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

export const CSP_META = serialize(directives);
export const CSP_HEADER = serialize({ ...directives, ...headerOnly });
