/**
 * The `sw.js` of a development build (`npm start`). Pages do not register a worker there, but a
 * production worker from an earlier build or preview on the same origin would keep serving old
 * pages. The browser finds this file on its next update check; it then takes over at once,
 * deletes the site's caches, unregisters itself and reloads the pages the old worker served.
 */
import { parseCacheName } from "./cache-names.ts";

declare const self: ServiceWorkerGlobalScope;

self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const scope = self.registration.scope;
      const names = (await caches.keys()).filter((name) => parseCacheName(name)?.scope === scope);
      await Promise.all(names.map((name) => caches.delete(name)));
      await self.registration.unregister();
      // Only pages an old worker served can be stale; reloading unconditionally could loop.
      if (names.length === 0) return;
      const windows = await self.clients.matchAll({ type: "window" });
      await Promise.all(windows.map((client) => client.navigate(client.url).catch(() => null)));
    })(),
  );
});
