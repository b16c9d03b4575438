import type { UpdateStrings } from "../service-worker/data.ts";
import type { PageMessage } from "../service-worker/protocol.ts";
import { showUpdatePrompt } from "./update-prompt.ts";

/**
 * Registers `sw.js` at the root of the site's path prefix, with that prefix as its scope, and
 * offers a new build when one has installed. Not in development: there the site is rebuilt on
 * every save, and a worker would serve stale pages (that build's sw.js removes any old worker).
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || isDevelopmentServer()) return;
  const prefix = document.body.dataset.prefix ?? "/";
  const lang = document.body.dataset.lang ?? document.documentElement.lang;
  // After the page has loaded, so the worker's downloads never compete with the page's own.
  const start = () => void register(prefix, lang).catch(() => undefined);
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}

/** `npm start` serves pages through Eleventy's dev server, which adds its live-reload client to each one. */
function isDevelopmentServer(): boolean {
  return document.querySelector('script[src*="/.11ty/reload-client.js"]') !== null;
}

async function register(prefix: string, lang: string): Promise<void> {
  const container = navigator.serviceWorker;
  const registration = await container.register(`${prefix}sw.js`, { scope: prefix, updateViaCache: "none" });
  let accepted = false;
  let controlled = container.controller !== null;

  const offer = async (worker: ServiceWorker) => {
    const strings = await ask<UpdateStrings | null>(worker, { type: "GET_UPDATE_STRINGS", lang });
    if (!strings) return;
    showUpdatePrompt({ message: strings.available, action: strings.reload, dismiss: strings.later }, () => {
      accepted = true;
      send(worker, { type: "SKIP_WAITING" });
    });
  };

  // A worker of a new build waits until the visitor accepts it: found already (waiting, or still
  // installing since the browser's own update check at navigation), or while this page is open.
  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) void offer(worker);
    });
  if (registration.waiting && controlled) void offer(registration.waiting);
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));

  container.addEventListener("controllerchange", async () => {
    // This page accepted: reload onto the new build. The first worker taking control of a page
    // that was already fresh from the network needs nothing.
    if (accepted) return window.location.reload();
    if (!controlled) {
      controlled = true;
      return;
    }
    // Another tab accepted: this page still runs the old build, so say so rather than mix them.
    const worker = container.controller;
    const strings = worker && (await ask<UpdateStrings | null>(worker, { type: "GET_UPDATE_STRINGS", lang }));
    if (strings) showUpdatePrompt({ message: strings.elsewhere, action: strings.reload, dismiss: strings.later }, () => window.location.reload());
  });
}

function send(worker: ServiceWorker, message: PageMessage): void {
  worker.postMessage(message);
}

/** A question to a worker, answered on a private channel. */
function ask<T>(worker: ServiceWorker, message: PageMessage): Promise<T> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<T>) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}
