/**
 * `npx tsx scripts/make-icons.ts`: renders src/static/icons/icon.svg into the PNG icons the web
 * manifest, Apple devices and link previews need, in Debian's Chromium. The PNGs are committed;
 * run this again only after changing icon.svg or the site title.
 *
 * - icon-192.png, icon-512.png: the icon as drawn (rounded square, transparent corners)
 * - icon-maskable-512.png: full-bleed background with the mark inside the central 80% safe zone,
 *   so that a launcher may crop it to any shape
 * - social.png: a 1200x630 card for link previews (og:image)
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { parse } from "yaml";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/support/browser.ts";

const root = path.resolve(import.meta.dirname, "..");
const iconsDir = path.join(root, "src/static/icons");
const svg = fs.readFileSync(path.join(iconsDir, "icon.svg"), "utf8");
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
const site = parse(fs.readFileSync(path.join(root, "_data/site.yaml"), "utf8")) as { title: { en: string } };
const ui = parse(fs.readFileSync(path.join(root, "_data/ui/common.yaml"), "utf8")) as Record<string, { en: string }>;
/** The icon's own background colour, so that the maskable variant's bleed matches it. */
const ICON_BACKGROUND = "#1d1b20";

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

async function render(page: Page, file: string, width: number, height: number, html: string, transparent: boolean): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden;background:transparent}</style></head><body>${html}</body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await page.screenshot({ path: path.join(iconsDir, file), omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
  console.log(`wrote src/static/icons/${file} (${width}x${height})`);
}

const plainIcon = (size: number) => `<img src="${svgUrl}" width="${size}" height="${size}" alt="">`;

const maskableIcon = (size: number) => {
  // The glyph sits in the 80% safe zone; the background fills the whole square.
  const inner = Math.round(size * 0.8);
  const offset = Math.round((size - inner) / 2);
  return `<div style="width:${size}px;height:${size}px;background:${ICON_BACKGROUND};position:relative"><img src="${svgUrl}" width="${inner}" height="${inner}" alt="" style="position:absolute;left:${offset}px;top:${offset}px"></div>`;
};

const socialCard = () => `
<div style="box-sizing:border-box;width:1200px;height:630px;padding:72px 88px;background:#fdfaf6;color:#1d1b20;font-family:'DejaVu Sans',system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;gap:40px;border-bottom:18px solid #b3245b">
  <div style="display:flex;align-items:center;gap:44px">
    <img src="${svgUrl}" width="196" height="196" alt="">
    <div style="font-size:76px;font-weight:700;line-height:1.08;letter-spacing:-1px;max-width:780px">${escapeHtml(site.title.en)}</div>
  </div>
  <div style="display:flex;align-items:center;gap:28px;font-size:40px;font-weight:700">
    <span style="padding:10px 30px;border-radius:999px;background:#fdecea;color:#a4261a">${escapeHtml(ui.hate?.en ?? "Hate")}</span>
    <span aria-hidden="true" style="color:#57525c">&#8594;</span>
    <span style="padding:10px 30px;border-radius:999px;background:#e6f4eb;color:#1c6b3a">${escapeHtml(ui.love?.en ?? "Love")}</span>
    <span style="margin-left:24px;font-size:30px;font-weight:400;color:#57525c">English · Nederlands</span>
  </div>
</div>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  await render(page, "icon-192.png", 192, 192, plainIcon(192), true);
  await render(page, "icon-512.png", 512, 512, plainIcon(512), true);
  await render(page, "icon-maskable-512.png", 512, 512, maskableIcon(512), false);
  await render(page, "social.png", 1200, 630, socialCard(), false);
} finally {
  await browser.close();
}
