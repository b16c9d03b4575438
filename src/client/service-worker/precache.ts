import { cacheName, parseCacheName, RUNTIME_GROUP } from "./cache-names.ts";
import { keyOfPath, REVISION_LENGTH, type PrecacheEntry, type WorkerData } from "./data.ts";

export interface EntryRef {
  key: string;
  group: string;
  revision: string;
}

/** The server holds other files than this worker was built for: a newer build was deployed. */
export class VersionMismatch extends Error {}

/** Written last into a group's cache: its presence means the group is complete. */
const RECORD_KEY = "__precache-record.json";
interface GroupRecord {
  /** Key to revision of every file in the group, to copy unchanged files into a later build's cache. */
  revisions: Record<string, string>;
}

const PARALLEL_FETCHES = 6;

/**
 * The worker's copy of the site: one cache per group (shared files, each language) and build
 * version. Every file is checked against the revision the build computed before it is stored,
 * so a cache never holds a file from another build than its worker's: pages and the scripts,
 * styles and search index they need always come from one build.
 */
export class Precache {
  private readonly entries = new Map<string, EntryRef>();
  private readonly complete = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    readonly data: WorkerData,
    /** The registration's scope, such as `https://example.org/docs/it/`. */
    readonly scope: string,
  ) {
    for (const [group, list] of Object.entries(data.groups)) {
      for (const [key, revision] of list) this.entries.set(key, { key, group, revision });
    }
  }

  /** The precache entry for a URL in scope, ignoring its query (Pagefind adds `?ts=`, search pages `?q=`). */
  entryOf(url: URL): EntryRef | undefined {
    return this.entries.get(this.keyOf(url));
  }

  keyOf(url: URL): string {
    const path = url.origin + url.pathname;
    return keyOfPath(path.startsWith(this.scope) ? decodeURI(path.slice(this.scope.length)) : path);
  }

  urlOf(key: string): string {
    return new URL(encodeURI(key), this.scope).href;
  }

  cacheOf(group: string): Promise<Cache> {
    return caches.open(cacheName({ scope: this.scope, group, version: this.data.version }));
  }

  /** The stored response for an entry, when its group has been saved. */
  async match(entry: EntryRef): Promise<Response | undefined> {
    const cache = await this.cacheOf(entry.group);
    return cache.match(this.urlOf(entry.key));
  }

  async isComplete(group: string): Promise<boolean> {
    if (this.complete.has(group)) return true;
    const cache = await this.cacheOf(group);
    const done = (await cache.match(this.urlOf(RECORD_KEY))) !== undefined;
    if (done) this.complete.add(group);
    return done;
  }

  /** Saves a group once; concurrent calls share the work, and a completed group is never fetched again. */
  ensure(group: string): Promise<void> {
    const running = this.running.get(group);
    if (running) return running;
    const work = this.save(group).finally(() => this.running.delete(group));
    this.running.set(group, work);
    return work;
  }

  private async save(group: string): Promise<void> {
    if (await this.isComplete(group)) return;
    const list = this.data.groups[group] ?? [];
    const cache = await this.cacheOf(group);
    const previous = await this.previousRecords(group);
    const queue = [...list];
    const worker = async () => {
      try {
        for (let entry = queue.shift(); entry; entry = queue.shift()) await this.saveEntry(cache, entry, previous);
      } catch (error) {
        // One failure fails the group (offline, or another build on the server): stop fetching the rest.
        queue.length = 0;
        throw error;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
    const record: GroupRecord = { revisions: Object.fromEntries(list) };
    await cache.put(this.urlOf(RECORD_KEY), new Response(JSON.stringify(record), { headers: { "content-type": "application/json" } }));
    this.complete.add(group);
  }

  private async saveEntry(cache: Cache, [key, revision]: PrecacheEntry, previous: Array<{ cache: Cache; record: GroupRecord }>): Promise<void> {
    const url = this.urlOf(key);
    if (await cache.match(url)) return;
    // An unchanged file is copied from an older build's cache instead of downloaded again.
    for (const old of previous) {
      if (old.record.revisions[key] !== revision) continue;
      const response = await old.cache.match(url);
      if (response) return cache.put(url, response);
    }
    const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
    if (!response.ok || response.type !== "basic") throw new Error(`precache: ${url} answered ${response.status}`);
    const body = await response.arrayBuffer();
    if ((await revisionOf(body)) !== revision) throw new VersionMismatch(`precache: ${url} is not the file this worker was built for`);
    // A fresh Response drops the `redirected` flag, which browsers refuse for navigations.
    await cache.put(url, new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
  }

  /** Complete caches of the same group from other builds of this scope, with the revisions they hold. */
  private async previousRecords(group: string): Promise<Array<{ cache: Cache; record: GroupRecord }>> {
    const found: Array<{ cache: Cache; record: GroupRecord }> = [];
    for (const name of await caches.keys()) {
      const parsed = parseCacheName(name);
      if (!parsed || parsed.scope !== this.scope || parsed.group !== group || parsed.version === this.data.version) continue;
      const cache = await caches.open(name);
      const stored = await cache.match(this.urlOf(RECORD_KEY));
      if (stored) found.push({ cache, record: (await stored.json()) as GroupRecord });
    }
    return found;
  }

  /** The languages an older build of this scope had saved: an update saves them again before it takes over. */
  async previouslySavedLanguages(): Promise<string[]> {
    const languages = new Set<string>();
    for (const name of await caches.keys()) {
      const parsed = parseCacheName(name);
      if (parsed?.scope !== this.scope || parsed.version === this.data.version || !this.data.languages.includes(parsed.group)) continue;
      if (await (await caches.open(name)).match(this.urlOf(RECORD_KEY))) languages.add(parsed.group);
    }
    return [...languages];
  }

  /** Deletes every cache of this scope that belongs to another build. */
  async deleteOtherVersions(): Promise<void> {
    const names = (await caches.keys()).filter((name) => {
      const parsed = parseCacheName(name);
      return parsed?.scope === this.scope && parsed.version !== this.data.version;
    });
    await Promise.all(names.map((name) => caches.delete(name)));
  }

  /** Cache-first for files that are not precached but safe to keep once used (content-hashed names). */
  async fromRuntimeCache(request: Request): Promise<Response> {
    const cache = await this.cacheOf(RUNTIME_GROUP);
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(request, response.clone());
    return response;
  }
}

export async function revisionOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, REVISION_LENGTH);
}
