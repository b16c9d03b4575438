/**
 * The Eleventy process behind `npm start`: a development build into `_dev/`, watched and served
 * with live reload. Content errors show in the terminal and in the browser; the server keeps
 * running and recovers when the file is fixed. Started (and restarted) by scripts/serve.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { ensureTypeScriptLoader } from "./lib/typescript-loader.ts";

const root = path.resolve(import.meta.dirname, "..");
const output = path.join(root, "_dev");
const port = Number(process.env.PORT ?? 8080);
process.env.SITE_MODE = "development";

// Eleventy never removes pages, so a development build starts from an empty folder.
fs.rmSync(output, { recursive: true, force: true });
// The config and the pages load from the TypeScript (Eleventy is already loaded, without the loader).
await ensureTypeScriptLoader();
const eleventy = new Eleventy(path.join(root, "src/pages"), output, {
  configPath: path.join(root, "eleventy.config.ts"),
  runMode: "serve",
  quietMode: true,
});
await eleventy.init();
await eleventy.watch();
await eleventy.serve(port);
