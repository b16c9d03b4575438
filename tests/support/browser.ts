import fs from "node:fs";

/**
 * Browser tests run in Debian's Chromium, driven by playwright-core: no browser download.
 * Without it they fail, loudly, with the way to get it; they never skip.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests (looked at " +
        candidates.join(", ") +
        "). Install Debian's package: `sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  return found;
}

/** Headless and quiet: no background network, which this machine refuses anyway. */
export const CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];
