/** Dev aid: `tsx scripts/screenshot.ts URL out.png [width] [light|dark] [full|viewport]` takes a screenshot in Debian's Chromium. */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/support/browser.ts";

const [url, out, width = "1280", scheme = "light", full = "full"] = process.argv.slice(2);
if (!url || !out) throw new Error("usage: screenshot.ts URL OUT.png [width] [light|dark] [full|viewport]");
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as "light" | "dark" });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();
