import fs from "node:fs";
import path from "node:path";
import { LANGS } from "../schemas/common.ts";
import { CSP_HEADER } from "../site/csp.ts";
import { normalizePrefix } from "../site/paths.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/** Cache-Control for files whose URL never changes while their content does: the browser must ask again. */
export const REVALIDATE = "public, max-age=0, must-revalidate";
/** Cache-Control for content-hashed files: a new build gives them a new name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** Headers every response gets. The CSP is the same policy as the `<meta>` tag, plus what only a header can carry. */
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CSP_HEADER,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * The `_headers` file that Netlify and Cloudflare Pages read. Both merge the headers of every rule
 * that matches a URL, and join two values of one header with a comma, so Cache-Control is set
 * only by rules that never overlap: hashed assets are cached forever; pages (which live under a
 * language folder, or are the chooser and the 404 page), the service worker and Pagefind's entry
 * file are revalidated on every visit so that a new build is seen at once.
 */
export function headersFile(pathPrefix: string): string {
  const prefix = normalizePrefix(pathPrefix);
  const rules: [string, Record<string, string>][] = [
    [`${prefix}*`, SECURITY_HEADERS],
    [`${prefix}assets/*`, { "Cache-Control": IMMUTABLE }],
    [prefix, { "Cache-Control": REVALIDATE }],
    [`${prefix}index.html`, { "Cache-Control": REVALIDATE }],
    [`${prefix}404.html`, { "Cache-Control": REVALIDATE }],
    ...LANGS.map((lang): [string, Record<string, string>] => [`${prefix}${lang}/*`, { "Cache-Control": REVALIDATE }]),
    [`${prefix}sw.js`, { "Cache-Control": REVALIDATE }],
    [`${prefix}pagefind/pagefind-entry.json`, { "Cache-Control": REVALIDATE }],
  ];
  const blocks = rules.map(([pattern, headers]) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n"));
  return `# Response headers for hosts that read this file (Netlify, Cloudflare Pages). Other hosts get the same\n# Content-Security-Policy from the <meta> tag in every page.\n${blocks.join("\n")}\n`;
}

/** Writes `_headers` at the root of the output after every build; the path prefix comes from the build. */
export function headers(config: EleventyConfig, _options: BuildOptions): void {
  config.on("eleventy.after", ({ directories }) => {
    fs.mkdirSync(directories.output, { recursive: true });
    fs.writeFileSync(path.join(directories.output, "_headers"), headersFile(config.pathPrefix));
  });
}
