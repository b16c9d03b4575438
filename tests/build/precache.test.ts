import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_GLOBAL, SHARED_GROUP, type WorkerData } from "../../src/client/service-worker/data.ts";
import { builtSite, htmlFiles, prefixOf, readPage, type SiteVariant } from "../support/site.ts";

/** The issue's budget for what one language's visitor downloads when the worker installs. */
const BUDGET = 1_500_000;
const LANGS = ["en", "nl"] as const;
/** What a static host compresses; Pagefind's index files and images are compressed already. */
const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest)$/;

/** The precache list the build wrote into the first line of sw.js. */
function workerData(dir: string): WorkerData {
  const first = fs.readFileSync(path.join(dir, "sw.js"), "utf8").split("\n", 1)[0] ?? "";
  const start = `self.${DATA_GLOBAL}=`;
  expect(first.startsWith(start)).toBe(true);
  return JSON.parse(first.slice(start.length).replace(/;$/, "")) as WorkerData;
}

/** The file behind a precache key: pages are stored under their folder URL. */
const fileOf = (key: string) => (key === "" || key.endsWith("/") ? `${key}index.html` : key);

function language(data: WorkerData, lang: string): string[] {
  return [...(data.groups[SHARED_GROUP] ?? []), ...(data.groups[lang] ?? [])].map(([key]) => fileOf(key));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const variant of ["root", "prefixed"] satisfies SiteVariant[]) {
  describe(`the service worker of the site built ${variant === "root" ? "at the root" : `under ${prefixOf(variant)}`}`, () => {
    const dir = builtSite(variant);
    const prefix = prefixOf(variant);

    it("sits at the root of the site under a stable name, so that its scope is the whole prefix", () => {
      expect(fs.existsSync(path.join(dir, "sw.js"))).toBe(true);
      expect(fs.readdirSync(dir).filter((name) => /^sw.*\.js$/.test(name))).toEqual(["sw.js"]);
    });

    it("precaches every page of a language with the styles, the scripts and Pagefind's core for it", () => {
      const data = workerData(dir);
      const assets = fs.readdirSync(path.join(dir, "assets"), { recursive: true, encoding: "utf8" }).filter((file) => /\.(js|css)$/.test(file));
      const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string; wasm: string }> };
      for (const lang of LANGS) {
        const files = language(data, lang);
        for (const page of htmlFiles(dir).filter((file) => file.startsWith(`${lang}/`))) expect(files, page).toContain(page);
        for (const asset of assets) expect(files).toContain(`assets/${asset.split(path.sep).join("/")}`);
        const index = entry.languages[lang]!;
        for (const core of ["index.html", `${lang}/manifest.webmanifest`, "pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/pagefind-highlight.js", `pagefind/wasm.${index.wasm}.pagefind`, `pagefind/pagefind.${index.hash}.pf_meta`]) {
          expect(files).toContain(core);
        }
        for (const folder of ["index", "filter", "fragment"]) {
          const parts = fs.readdirSync(path.join(dir, "pagefind", folder)).filter((name) => name.startsWith(`${lang}_`));
          expect(parts.length).toBeGreaterThan(0);
          for (const part of parts) expect(files).toContain(`pagefind/${folder}/${part}`);
        }
        // Every language's offline page is shared, so a visitor offline in the other language still gets one in it.
        for (const other of LANGS) expect(files).toContain(`${other}/offline/index.html`);
        // Nothing of the other language besides that.
        const otherLang = LANGS.find((other) => other !== lang)!;
        expect(files.filter((file) => file.startsWith(`${otherLang}/`) && file !== `${otherLang}/offline/index.html`)).toEqual([]);
      }
    });

    it("keeps what one language's visitor downloads on install within 1.5 MB", () => {
      const data = workerData(dir);
      for (const lang of LANGS) {
        const files = language(data, lang);
        const transferred = files.reduce((sum, file) => {
          const bytes = fs.readFileSync(path.join(dir, file));
          return sum + (COMPRESSIBLE.test(file) ? gzipSync(bytes).length : bytes.length);
        }, 0);
        expect(transferred, `${lang}: ${files.length} files, ${transferred} bytes transferred`).toBeLessThanOrEqual(BUDGET);
      }
    });

    it("gives every precached file the SHA-256 of its content as revision, which the worker checks", () => {
      const data = workerData(dir);
      for (const [key, revision] of Object.values(data.groups).flat()) {
        const hash = crypto.createHash("sha256").update(fs.readFileSync(path.join(dir, fileOf(key)))).digest("hex");
        expect(hash.startsWith(revision), key).toBe(true);
      }
      expect(data.version).toMatch(/^[0-9a-f]{12}$/);
    });

    it("carries the update prompt's texts in both languages", () => {
      const { ui } = workerData(dir);
      expect(ui.en).toEqual({ available: "A new version of this site is available.", reload: "Reload", later: "Not now", elsewhere: expect.stringContaining("another tab") });
      expect(ui.nl?.reload).toBe("Herladen");
    });

    it("has a web app manifest per language that can be installed, with icons made for the site", () => {
      for (const lang of LANGS) {
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, lang, "manifest.webmanifest"), "utf8")) as {
          name: string;
          short_name: string;
          lang: string;
          start_url: string;
          scope: string;
          display: string;
          icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
        };
        expect(manifest).toMatchObject({ name: "I Love My IT Department", lang, start_url: `${prefix}${lang}/`, scope: prefix, display: "standalone" });
        expect(manifest.short_name.length).toBeLessThanOrEqual(12);
        for (const icon of manifest.icons) {
          expect(icon.src.startsWith(`${prefix}icons/`), icon.src).toBe(true);
          const file = path.join(dir, icon.src.slice(prefix.length));
          expect(fs.existsSync(file), icon.src).toBe(true);
          if (icon.type === "image/png") {
            const [width, height] = icon.sizes.split("x").map(Number);
            expect(pngSize(file)).toEqual({ width, height });
          }
        }
        const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
        expect(purposes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
        const page = readPage(dir, `${lang}/index.html`);
        expect(page).toContain(`<link rel="manifest" href="${prefix}${lang}/manifest.webmanifest"/>`);
      }
    });

    it("ships the apple-touch icon and the 1200 x 630 link preview image the pages name", () => {
      expect(pngSize(path.join(dir, "icons/icon-192.png"))).toEqual({ width: 192, height: 192 });
      expect(pngSize(path.join(dir, "icons/social.png"))).toEqual({ width: 1200, height: 630 });
      const page = readPage(dir, "en/index.html");
      expect(page).toContain(`<link rel="apple-touch-icon" href="${prefix}icons/icon-192.png"/>`);
      expect(page).toMatch(new RegExp(`<meta property="og:image" content="https://[^"]+${prefix}icons/social.png"/>`));
    });
  });
}
