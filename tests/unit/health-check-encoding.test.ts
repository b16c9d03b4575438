import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../src/client/health-check/base64url.ts";
import { cleanLabel, decodeResult, encodeResult, findKeyCollisions, fnv1a, MAX_LABEL, pairKey } from "../../src/client/health-check/encoding.ts";
import type { Answer, HcCatalog, HcResult } from "../../src/client/health-check/types.ts";
import { loadCatalog } from "../../src/content/catalog.ts";

function catalogOf(ids: string[]): HcCatalog {
  return {
    themes: [{ id: "t", title: "Theme", href: "/en/themes/t/" }],
    pairs: ids.map((id) => ({ id, theme: "t", title: id, href: `/en/examples/${id}/`, audiences: ["users"], articles: [] })),
  };
}

const ids = ["unreachable-desk", "ticket-ping-pong", "green-sla-report", "password-reset", "surprise-change", "blameless-review"];
const catalog = catalogOf(ids);
const result: HcResult = {
  label: "Équipe IT 💙",
  answers: new Map<string, Answer>([
    ["unreachable-desk", 1],
    ["ticket-ping-pong", 5],
    ["green-sla-report", 0],
    ["password-reset", 3],
  ]),
};

/** A link with a correct checksum around whatever body bytes a test wants: what a deliberate edit looks like. */
function forge(body: number[]): string {
  const bytes = new Uint8Array(4 + body.length);
  const bodyBytes = Uint8Array.from(body);
  new DataView(bytes.buffer).setUint32(0, fnv1a(bodyBytes));
  bytes.set(bodyBytes, 4);
  return `v1.${toBase64Url(bytes)}`;
}

function entry(id: string, answer: number): number[] {
  const value = (pairKey(id) << 3) | answer;
  return [(value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

describe("share link encoding", () => {
  it("a result survives encoding and decoding unchanged, name included", () => {
    const decoded = decodeResult(encodeResult(result), catalog);
    expect(decoded).toEqual({ ok: true, result, unknown: 0, missing: 2 });
  });

  it("a link is versioned and uses only characters that survive URLs and chat apps", () => {
    expect(encodeResult(result)).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it("the same answers always make the same link, whatever order they were given in", () => {
    const reversed: HcResult = { label: result.label, answers: new Map([...result.answers].reverse()) };
    expect(encodeResult(reversed)).toBe(encodeResult(result));
  });

  it("a link to 45 answered examples stays under 200 characters, and a name adds only its own length", () => {
    const many = Array.from({ length: 45 }, (_, index) => `example-number-${index}`);
    const answers = new Map(many.map((id, index) => [id, (index % 6) as Answer]));
    expect(encodeResult({ label: "", answers }).length).toBeLessThan(200);
    const code = encodeResult({ label: "Service desk", answers });
    expect(code.length).toBeLessThan(200 + 4 * 12);
    const decoded = decodeResult(code, catalogOf(many));
    expect(decoded.ok && decoded.result.answers).toEqual(answers);
  });

  it("an empty result still makes a valid link that decodes to no answers", () => {
    const decoded = decodeResult(encodeResult({ label: "", answers: new Map() }), catalog);
    expect(decoded).toEqual({ ok: true, result: { label: "", answers: new Map() }, unknown: 0, missing: ids.length });
  });

  it("a link made before pairs were added or reordered still decodes, and reports the new pairs as missing", () => {
    const code = encodeResult(result);
    const grown = catalogOf(["brand-new-pair", ...[...ids].reverse(), "another-new-one"]);
    const decoded = decodeResult(code, grown);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.result.answers).toEqual(result.answers);
    expect(decoded.missing).toBe(grown.pairs.length - result.answers.size);
    expect(decoded.unknown).toBe(0);
  });

  it("answers for pairs the site no longer has are counted as unknown and left out", () => {
    const shrunk = catalogOf(ids.filter((id) => id !== "unreachable-desk" && id !== "password-reset"));
    const decoded = decodeResult(encodeResult(result), shrunk);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.unknown).toBe(2);
    expect([...decoded.result.answers.keys()].sort()).toEqual(["green-sla-report", "ticket-ping-pong"]);
  });

  it("text that is not a result link is reported as not a result", () => {
    for (const text of ["", "   ", "hello", "main", "https://example.org/", "v", "vx.abc", "v0.AAAA", "compare=v1.abc"]) {
      expect(decodeResult(text, catalog)).toEqual({ ok: false, problem: "notResult" });
    }
  });

  it("a link from a newer version of the health check says so instead of misreading it", () => {
    expect(decodeResult("v2.AAAAAAAA", catalog)).toEqual({ ok: false, problem: "newerVersion" });
    expect(decodeResult("v17", catalog)).toEqual({ ok: false, problem: "newerVersion" });
  });

  it("a link cut off anywhere when it was copied is reported as damaged, never misread", () => {
    const code = encodeResult(result);
    for (let length = 3; length < code.length; length++) {
      const decoded = decodeResult(code.slice(0, length), catalog);
      expect(decoded.ok, `cut at ${length}`).toBe(false);
      expect(decoded.ok ? "" : decoded.problem).toBe("damaged");
    }
  });

  it("any single changed character is caught", () => {
    const code = encodeResult(result);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let at = 3; at < code.length; at++) {
      const replacement = alphabet[(alphabet.indexOf(code[at]!) + 7) % alphabet.length]!;
      const decoded = decodeResult(code.slice(0, at) + replacement + code.slice(at + 1), catalog);
      // Flipping only the unused low bits of the last character changes no byte: still the same result.
      if (decoded.ok) expect(decoded.result).toEqual(result);
      else expect(["damaged", "malformed"]).toContain(decoded.problem);
    }
    expect(decodeResult(`${code.slice(0, 10)}!${code.slice(11)}`, catalog)).toEqual({ ok: false, problem: "damaged" });
  });

  it("a hand-edited link with a matching checksum but impossible content is reported as altered", () => {
    const label = [...new TextEncoder().encode("IT")];
    const cases: Record<string, number[]> = {
      "an answer of 7": [0, ...entry("password-reset", 7)],
      "an answer of 6": [0, ...entry("password-reset", 6)],
      "one pair answered twice": [0, ...entry("password-reset", 2), ...entry("password-reset", 4)],
      "a label longer than the link": [200, ...label],
      "a half entry": [0, ...entry("password-reset", 2), 1],
      "a label that is not UTF-8": [2, 0xc3, 0x28, ...entry("password-reset", 2)],
      "a label with a control character": [3, 0x49, 0x0a, 0x54],
    };
    for (const [name, body] of Object.entries(cases)) {
      expect(decodeResult(forge(body), catalog), name).toEqual({ ok: false, problem: "malformed" });
    }
    expect(decodeResult(forge([label.length, ...label, ...entry("password-reset", 2)]), catalog)).toMatchObject({ ok: true, result: { label: "IT" } });
  });

  it("random input never throws and always ends in a result or a named problem", () => {
    let seed = 42;
    const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%#=,";
    for (let run = 0; run < 3000; run++) {
      const length = Math.floor(random() * 60);
      let text = random() < 0.8 ? "v1." : "";
      for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
      const decoded = decodeResult(text, catalog);
      if (!decoded.ok) expect(["notResult", "newerVersion", "damaged", "malformed"]).toContain(decoded.problem);
    }
  });

  it("a very long link is refused before any work is done on it", () => {
    expect(decodeResult(`v1.${"A".repeat(50_000)}`, catalog)).toEqual({ ok: false, problem: "malformed" });
  });

  it("a name is cleaned of control characters and cut to its maximum length", () => {
    expect(cleanLabel("  IT\nteam\t ")).toBe("IT team");
    expect([...cleanLabel("💙".repeat(60))].length).toBe(MAX_LABEL);
    const decoded = decodeResult(encodeResult({ label: "x".repeat(100), answers: new Map() }), catalog);
    expect(decoded.ok && decoded.result.label).toBe("x".repeat(MAX_LABEL));
  });

  it("two pair ids that would share a key are found, so the build can refuse them", () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let index = 0; !pair; index++) {
      const id = `pair-${index}`;
      const other = seen.get(pairKey(id));
      if (other) pair = [other, id];
      seen.set(pairKey(id), id);
    }
    expect(findKeyCollisions(["first", ...pair, "last"])).toEqual([pair]);
    expect(findKeyCollisions(ids)).toEqual([]);
  });

  it("the shipped pairs all have distinct keys", () => {
    const loaded = loadCatalog({ root: path.resolve(import.meta.dirname, "../..") });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.catalog.pairs.length).toBeGreaterThan(0);
    expect(findKeyCollisions(loaded.catalog.pairs.map((item) => item.id))).toEqual([]);
  });
});

describe("base64url", () => {
  it("any bytes come back unchanged, for every length", () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 97 + length * 31) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it("a character outside the alphabet or an impossible length is refused", () => {
    expect(fromBase64Url("AB+C")).toBeNull();
    expect(fromBase64Url("AB=")).toBeNull();
    expect(fromBase64Url("ABCDE")).toBeNull();
  });
});
