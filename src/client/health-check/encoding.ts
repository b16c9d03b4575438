/**
 * The share link's fragment: `v1.<base64url>`. It never reaches a server (browsers do not send
 * the part after `#`), so it must hold the whole result and stay short enough to paste.
 *
 * Bytes of version 1:
 *   0–3   FNV-1a checksum of the bytes after it: a link cut off or mistyped is caught, not misread
 *   4     length L of the label in UTF-8 bytes (0 = no label)
 *   5…    the label, then one 3-byte entry per answered pair:
 *         21 bits pair key (a hash of the pair id) · 3 bits answer (0 = skipped, 1–5)
 *
 * Entries name pairs by a hash of their id rather than by position, so a link made before
 * pairs were added, removed or reordered still decodes: answers for pairs the site no longer
 * has are counted and reported, pairs added since are reported as missing. The build refuses
 * two pair ids with one key (see `findKeyCollisions`). Entries are sorted by key so that the same
 * answers always make the same link.
 */
import { fromBase64Url, toBase64Url } from "./base64url.ts";
import { isAnswer, type Answer, type HcCatalog, type HcResult } from "./types.ts";

export const CODE_VERSION = 1;
/** Characters of a result's name; long enough for "Service desk, second line". */
export const MAX_LABEL = 40;
/** No real link comes near this: 1,000 answers take about 4,000 characters. */
const MAX_CODE_LENGTH = 40_000;
const KEY_BITS = 21;
const KEY_MASK = (1 << KEY_BITS) - 1;

const encoder = new TextEncoder();

export function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The 21-bit key that stands for a pair id in a link; the high bits are folded in. */
export function pairKey(id: string): number {
  const hash = fnv1a(encoder.encode(id));
  return (hash ^ (hash >>> KEY_BITS)) & KEY_MASK;
}

/** Pair ids that share a key; the page build stops on any, since their answers would mix up. */
export function findKeyCollisions(ids: readonly string[]): [string, string][] {
  const seen = new Map<number, string>();
  const collisions: [string, string][] = [];
  for (const id of ids) {
    const key = pairKey(id);
    const other = seen.get(key);
    if (other !== undefined && other !== id) collisions.push([other, id]);
    else seen.set(key, id);
  }
  return collisions;
}

/** A name as a link may carry it: no control characters, trimmed, at most MAX_LABEL characters. */
export function cleanLabel(label: string): string {
  return [...label.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim()].slice(0, MAX_LABEL).join("").trim();
}

export function encodeResult(result: HcResult): string {
  const label = encoder.encode(cleanLabel(result.label));
  const entries = [...result.answers].map(([id, answer]) => ({ key: pairKey(id), answer })).sort((a, b) => a.key - b.key);
  const body = new Uint8Array(1 + label.length + entries.length * 3);
  body[0] = label.length;
  body.set(label, 1);
  entries.forEach(({ key, answer }, index) => {
    const value = (key << 3) | answer;
    const at = 1 + label.length + index * 3;
    body[at] = (value >>> 16) & 0xff;
    body[at + 1] = (value >>> 8) & 0xff;
    body[at + 2] = value & 0xff;
  });
  const bytes = new Uint8Array(4 + body.length);
  new DataView(bytes.buffer).setUint32(0, fnv1a(body));
  bytes.set(body, 4);
  return `v${CODE_VERSION}.${toBase64Url(bytes)}`;
}

/**
 * Why a code could not be read, each with its own message in the interface:
 * - notResult: not a health check code at all (another link, an empty line)
 * - newerVersion: made by a newer health check than this page knows
 * - damaged: cut off or mistyped on the way (bad characters or checksum)
 * - malformed: intact but impossible (hand-edited, or made by a buggy tool)
 */
export type DecodeProblem = "notResult" | "newerVersion" | "damaged" | "malformed";

export type Decoded =
  | {
      ok: true;
      result: HcResult;
      /** Answers for pairs this site does not have (removed since the link was made). */
      unknown: number;
      /** Pairs of this site the link says nothing about (added since, or not answered). */
      missing: number;
    }
  | { ok: false; problem: DecodeProblem };

/** Reads a code against the site's current pairs. Never throws: every failure is a `problem`. */
export function decodeResult(code: string, catalog: HcCatalog): Decoded {
  const trimmed = code.trim();
  const version = /^v(\d{1,6})(?:\.|$)/.exec(trimmed);
  if (!version) return { ok: false, problem: "notResult" };
  const number = Number(version[1]);
  if (number > CODE_VERSION) return { ok: false, problem: "newerVersion" };
  if (number !== CODE_VERSION) return { ok: false, problem: "notResult" };
  if (trimmed.length > MAX_CODE_LENGTH) return { ok: false, problem: "malformed" };
  const bytes = fromBase64Url(trimmed.slice(version[0].length));
  if (!bytes || bytes.length < 5) return { ok: false, problem: "damaged" };
  const body = bytes.subarray(4);
  if (new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) !== fnv1a(body)) return { ok: false, problem: "damaged" };
  const labelLength = body[0]!;
  if (1 + labelLength > body.length || (body.length - 1 - labelLength) % 3 !== 0) return { ok: false, problem: "malformed" };
  let label: string;
  try {
    label = new TextDecoder("utf-8", { fatal: true }).decode(body.subarray(1, 1 + labelLength));
  } catch {
    return { ok: false, problem: "malformed" };
  }
  if (label !== cleanLabel(label)) return { ok: false, problem: "malformed" };
  const idOfKey = new Map(catalog.pairs.map((pair) => [pairKey(pair.id), pair.id]));
  const answers = new Map<string, Answer>();
  const keys = new Set<number>();
  let unknown = 0;
  for (let at = 1 + labelLength; at < body.length; at += 3) {
    const value = (body[at]! << 16) | (body[at + 1]! << 8) | body[at + 2]!;
    const key = value >>> 3;
    const answer = value & 7;
    if (!isAnswer(answer) || keys.has(key)) return { ok: false, problem: "malformed" };
    keys.add(key);
    const id = idOfKey.get(key);
    if (id === undefined) unknown += 1;
    else answers.set(id, answer);
  }
  return { ok: true, result: { label, answers }, unknown, missing: catalog.pairs.length - answers.size };
}
