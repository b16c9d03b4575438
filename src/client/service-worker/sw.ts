/**
 * The site's service worker, bundled by src/eleventy/service-worker.ts into `sw.js` at the root
 * of the path prefix, with the build's precache list in a banner.
 *
 * Lifecycle: install saves the shared files and every language the visitor reads (the open
 * pages' languages, and those an older build had saved), then waits. An update takes over only
 * when a page sends SKIP_WAITING (the visitor chose "Reload"), so a page never runs on two
 * builds; on activation every cache of other builds is deleted.
 */
import { DATA_GLOBAL, languageOfKey, SHARED_GROUP, type WorkerData } from "./data.ts";
import { Precache } from "./precache.ts";
import { isPageMessage } from "./protocol.ts";
import { handleFetch } from "./routes.ts";

declare const self: ServiceWorkerGlobalScope & { [DATA_GLOBAL]?: WorkerData };

const data = readData();
const precache = new Precache(data, self.registration.scope);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const languages = new Set([...(await openLanguages()), ...(await precache.previouslySavedLanguages())]);
      await precache.ensure(SHARED_GROUP);
      for (const lang of languages) await precache.ensure(lang);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  // Claiming lets the page that installed the first worker search offline without a reload.
  event.waitUntil(Promise.all([precache.deleteOtherVersions(), self.clients.claim()]));
});

self.addEventListener("message", (event) => {
  const message: unknown = event.data;
  if (!isPageMessage(message)) return;
  if (message.type === "SKIP_WAITING") event.waitUntil(self.skipWaiting());
  if (message.type === "GET_UPDATE_STRINGS") event.ports[0]?.postMessage(data.ui[message.lang] ?? null);
});

self.addEventListener("fetch", (event) => handleFetch(event, precache, self.registration));

function readData(): WorkerData {
  const injected = self[DATA_GLOBAL];
  if (!injected) throw new Error("sw.js was built without its precache list");
  return injected;
}

/** The languages of the site's open pages, including the page registering this worker. */
async function openLanguages(): Promise<string[]> {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  return windows.flatMap((client) => {
    const url = new URL(client.url);
    if (!(url.origin + url.pathname).startsWith(precache.scope)) return [];
    const lang = languageOfKey(precache.keyOf(url), data.languages);
    return lang ? [lang] : [];
  });
}
