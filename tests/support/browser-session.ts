import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "./browser.ts";

/** One Chromium per test file; each test gets its own context (storage, service workers, offline state). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A page that fails the test on any Content-Security-Policy violation or uncaught error. */
export async function strictPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

/**
 * Runs `run` in a fresh context (its own storage, caches, service workers and offline state)
 * with a strict page, and closes the context afterwards, whatever happens.
 */
export async function withStrictPage<T>(browser: Browser, run: (page: Page, problems: string[], context: BrowserContext) => Promise<T>, options: Parameters<Browser["newContext"]>[0] = {}): Promise<T> {
  const context = await browser.newContext(options);
  try {
    const { page, problems } = await strictPage(context);
    return await run(page, problems, context);
  } finally {
    await context.close();
  }
}
