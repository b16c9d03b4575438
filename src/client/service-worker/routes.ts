import { languageOfKey, offlineKey } from "./data.ts";
import { VersionMismatch, type EntryRef, type Precache } from "./precache.ts";

/**
 * Pagefind files with content-hashed names that a language's precache may leave out (to stay
 * within the budget on a large site): kept once used, since a given name never changes content.
 */
const ON_DEMAND = /^pagefind\/(?:index|fragment|filter)\/[^/]+$|^pagefind\/pagefind\.[^/]+\.pf_meta$/;

/**
 * Answers the fetches of pages in the worker's scope. Everything outside the scope, and files
 * the site does not list (feeds, the social image), go to the network untouched.
 */
export function handleFetch(event: FetchEvent, precache: Precache, registration: ServiceWorkerRegistration): void {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!(url.origin + url.pathname).startsWith(precache.scope)) return;
  const key = precache.keyOf(url);
  const entry = precache.entryOf(url);
  if (request.mode === "navigate") {
    const lang = languageOfKey(key, precache.data.languages);
    // Reading a language is the sign to save all of it; the page itself does not wait for that.
    if (lang) event.waitUntil(saveLanguage(precache, lang, registration));
    event.respondWith(navigate(request, entry, lang, precache));
  } else if (entry) {
    event.respondWith(fromPrecache(request, entry, precache));
  } else if (ON_DEMAND.test(key)) {
    event.respondWith(precache.fromRuntimeCache(request));
  }
}

/** The saved page, else the network, else the offline page in the page's language. */
async function navigate(request: Request, entry: EntryRef | undefined, lang: string | undefined, precache: Precache): Promise<Response> {
  const saved = entry && (await precache.match(entry));
  if (saved) return saved;
  try {
    return await fetch(request);
  } catch (error) {
    const offline = await offlinePage(precache, lang);
    if (offline) return offline;
    throw error;
  }
}

async function fromPrecache(request: Request, entry: EntryRef, precache: Precache): Promise<Response> {
  return (await precache.match(entry)) ?? fetch(request);
}

/** The offline page of the URL's language; for a URL in no language, the first one saved. */
async function offlinePage(precache: Precache, lang: string | undefined): Promise<Response | undefined> {
  const candidates = lang ? [lang, ...precache.data.languages.filter((other) => other !== lang)] : precache.data.languages;
  for (const candidate of candidates) {
    const entry = precache.entryOf(new URL(precache.urlOf(offlineKey(candidate))));
    const response = entry && (await precache.match(entry));
    if (response) return response;
  }
  return undefined;
}

async function saveLanguage(precache: Precache, lang: string, registration: ServiceWorkerRegistration): Promise<void> {
  try {
    await precache.ensure(lang);
  } catch (error) {
    // Offline, or a newer build is on the server: this worker must not save its files. Looking
    // for the new worker now gets the visitor the update prompt sooner.
    if (error instanceof VersionMismatch) await registration.update().catch(() => undefined);
  }
}
