/**
 * Cache names carry the worker's scope (two sites on one origin must not clean up each other's
 * caches), the group and the build's version (so that a new build never reads an old one's files,
 * and its activation can delete them all).
 */
const APP = "ilmitd";
const SEPARATOR = "|";

export interface CacheName {
  scope: string;
  group: string;
  version: string;
}

export function cacheName({ scope, group, version }: CacheName): string {
  return [APP, scope, group, version].join(SEPARATOR);
}

export function parseCacheName(name: string): CacheName | undefined {
  const parts = name.split(SEPARATOR);
  if (parts.length !== 4 || parts[0] !== APP) return undefined;
  const [, scope = "", group = "", version = ""] = parts;
  return { scope, group, version };
}

/** Files fetched on use (not precached) go here, per version like the rest. */
export const RUNTIME_GROUP = "runtime";
