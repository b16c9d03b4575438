/**
 * `npm run build [-- --pathprefix=/docs/it/] [--output DIR] [--content DIR]`: the production site
 * in `_site/`, with its search index and service worker. On bad content it prints every problem
 * and exits 1, leaving the previous `_site/` untouched.
 */
import { parseArgs } from "node:util";
import { buildSite } from "./build-site.ts";

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string", default: "/" },
    output: { type: "string", default: "_site" },
    content: { type: "string" },
  },
});

const result = await buildSite({ output: values.output, pathPrefix: values.pathprefix, ...(values.content ? { contentDir: values.content } : {}) });
if (result.ok) {
  console.log(`Built ${values.output}/ in ${result.seconds.toFixed(2)} s${values.pathprefix !== "/" ? ` for the path prefix ${values.pathprefix}` : ""}.`);
} else {
  console.error(`The build stopped; ${values.output}/ is unchanged.\n\n${result.message}`);
  process.exitCode = 1;
}
