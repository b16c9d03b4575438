/**
 * The `metaCacheTag` Pagefind appends to its entry file's URL (`pagefind-entry.json?ts=TAG`).
 * Without one, Pagefind adds the current time, so no cache (HTTP or service worker) can ever
 * answer that request. The tag is a hash of the entry file itself: the same for every request
 * to one build, different whenever the index changes. The build computes it from the file it
 * wrote (to precache the exact URL), the browser from the file it fetched; both run this.
 */
export function metaCacheTagOf(entryJson: string): string {
  // FNV-1a, 32 bits: tiny, synchronous and the same in Node and every browser.
  let hash = 0x811c9dc5;
  for (let index = 0; index < entryJson.length; index++) {
    hash ^= entryJson.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
