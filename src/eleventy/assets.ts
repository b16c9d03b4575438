import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import type { AssetManifest } from "../site/model.ts";
import type { BuildOptions } from "./options.ts";
import type { EleventyConfig } from "./types.ts";

/** Rebuild on edits to browser code and styles (templates are watched by Eleventy itself). */
export function assets(config: EleventyConfig, options: BuildOptions): void {
  config.addWatchTarget(path.join(options.root, "src/client"));
  config.addWatchTarget(path.join(options.root, "src/styles"));
}

/**
 * Bundles every `src/client/*.ts` entry and `src/styles/main.css` with esbuild into
 * `assets/` under content-hashed names (safe to cache forever) and returns their URLs.
 * Modules in sub-folders are shared code, loaded on demand through code splitting.
 */
export async function buildAssets(root: string, outputDir: string, mode: BuildOptions["mode"]): Promise<AssetManifest> {
  const clientDir = path.join(root, "src/client");
  const entries = fs
    .readdirSync(clientDir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(clientDir, name));
  const assetsDir = path.join(outputDir, "assets");
  fs.rmSync(assetsDir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: [...entries, path.join(root, "src/styles/main.css")],
    outdir: assetsDir,
    outbase: root,
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    legalComments: "none",
    sourcemap: mode === "development" ? "linked" : false,
    metafile: true,
    logLevel: "silent",
  });
  const manifest: AssetManifest = { css: "", scripts: {} };
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const url = `/${path.relative(outputDir, path.resolve(root, output)).split(path.sep).join("/")}`;
    const name = path.basename(meta.entryPoint).replace(/\.(ts|css)$/, "");
    if (meta.entryPoint.endsWith(".css")) manifest.css = url;
    else manifest.scripts[name] = url;
  }
  return manifest;
}
