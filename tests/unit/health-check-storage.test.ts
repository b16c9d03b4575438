import { describe, expect, it } from "vitest";
import { parseState, serializeState, storageKey, type SavedState } from "../../src/client/health-check/storage.ts";
import type { Answer } from "../../src/client/health-check/types.ts";

const pairIds = new Set(["a", "b", "c"]);
const audiences = new Set(["users", "it-staff"]);

describe("health check storage", () => {
  it("saved answers, name and filter come back as they were", () => {
    const state: SavedState = { answers: new Map<string, Answer>([["a", 5], ["b", 0]]), label: "Finance", audience: "users" };
    expect(parseState(serializeState(state), pairIds, audiences)).toEqual(state);
  });

  it("anything unreadable is ignored instead of breaking the page", () => {
    const empty = { answers: new Map(), label: "", audience: "" };
    for (const text of [null, "", "not json", "42", "null", "[]", '{"answers": 3}']) expect(parseState(text, pairIds, audiences)).toEqual(empty);
  });

  it("answers for unknown examples, impossible answers and unknown audiences are dropped", () => {
    const text = JSON.stringify({ answers: { a: 3, b: 9, c: "4", gone: 2 }, label: "  IT\nteam ", audience: "martians" });
    expect(parseState(text, pairIds, audiences)).toEqual({ answers: new Map([["a", 3]]), label: "IT team", audience: "" });
  });

  it("each copy of the site under its own path prefix keeps its own answers", () => {
    expect(storageKey("/")).not.toBe(storageKey("/docs/it/"));
  });
});
