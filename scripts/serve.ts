/**
 * `npm start`: builds the whole site (search included) into `_dev/` and serves it with live
 * reload at http://localhost:8080/ (PORT to change it).
 *
 * Eleventy reloads content, data, styles and browser code itself. Edits to TSX components are a
 * different matter: Node caches imported modules, so a long-running Eleventy would keep
 * rendering the old component (Eleventy issues 3737, 3824). This script therefore restarts the
 * Eleventy process when a file under src/ other than client code or styles changes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BUILD_NODE_FLAGS } from "./lib/node-flags.ts";

const root = path.resolve(import.meta.dirname, "..");
const watched = ["src/components", "src/layouts", "src/pages", "src/jsx", "src/site", "src/schemas", "src/content", "src/eleventy"].map((dir) => path.join(root, dir));
let child: ChildProcess | undefined;
let restartTimer: NodeJS.Timeout | undefined;

function start(): void {
  child = spawn(process.execPath, [...BUILD_NODE_FLAGS, path.join(root, "scripts/run-typescript.js"), path.join(root, "scripts/dev-server.ts")], { stdio: "inherit", env: process.env });
}

function restart(reason: string): void {
  clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    console.log(`\n[serve] ${reason} changed: restarting Eleventy so that it renders the new code.`);
    const old = child;
    if (!old || old.exitCode !== null) return start();
    old.once("exit", start);
    old.kill();
  }, 150);
}

for (const dir of watched) {
  fs.watch(dir, { recursive: true }, (_event, file) => {
    if (file && /\.(tsx?|mts)$/.test(file)) restart(path.relative(root, path.join(dir, file)));
  });
}
process.on("SIGINT", () => {
  child?.kill();
  process.exit(0);
});
start();
