import { describe, expect, it } from "vitest";
import { matches, readFilterState, writeFilterState } from "../../src/client/examples/filter-state.ts";

const known = { themes: new Set(["changes", "ownership"]), audiences: new Set(["users", "it-staff"]) };

describe("the examples filter state", () => {
  it("reads theme, audience and view from the query string", () => {
    expect(readFilterState("?theme=changes&audience=users&view=love", known)).toEqual({ theme: "changes", audience: "users", view: "love" });
  });

  it("falls back to everything for unknown or tampered values", () => {
    expect(readFilterState("?theme=<script>&audience=ceo&view=neither", known)).toEqual({ theme: "", audience: "", view: "both" });
  });

  it("writes only what differs from the default, so the plain page keeps its plain URL", () => {
    expect(writeFilterState({ theme: "", audience: "", view: "both" })).toBe("");
    expect(writeFilterState({ theme: "ownership", audience: "", view: "hate" })).toBe("?theme=ownership&view=hate");
  });

  it("round-trips every state through the URL", () => {
    for (const theme of ["", "changes"]) {
      for (const audience of ["", "it-staff"]) {
        for (const view of ["both", "hate", "love"] as const) {
          const state = { theme, audience, view };
          expect(readFilterState(writeFilterState(state), known)).toEqual(state);
        }
      }
    }
  });

  it("matches an item only when both its theme and one of its audiences fit", () => {
    const item = { theme: "changes", audiences: ["users", "it-staff"] };
    expect(matches({ theme: "changes", audience: "users", view: "both" }, item)).toBe(true);
    expect(matches({ theme: "ownership", audience: "", view: "both" }, item)).toBe(false);
    expect(matches({ theme: "", audience: "it-managers", view: "both" }, item)).toBe(false);
  });
});
