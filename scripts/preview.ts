/** `npm run preview [-- --pathprefix=/docs/it/]`: serves the built `_site/` as a static host would. */
import { parseArgs } from "node:util";
import { normalizePrefix } from "../src/site/paths.ts";
import { serveStatic } from "./lib/static-server.ts";

const { values } = parseArgs({ options: { pathprefix: { type: "string", default: "/" }, port: { type: "string", default: "8080" }, dir: { type: "string", default: "_site" } } });
const server = await serveStatic(values.dir, { prefix: normalizePrefix(values.pathprefix), port: Number(values.port) });
console.log(`Serving ${values.dir}/ at ${server.url}`);
