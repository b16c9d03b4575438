/**
 * What the questionnaire keeps in localStorage, parsed defensively: the stored text may come
 * from an older version, another tab, or a hand edit, and must never break the page.
 */
import { cleanLabel } from "./encoding.ts";
import { isAnswer, type Answer } from "./types.ts";

export interface SavedState {
  answers: Map<string, Answer>;
  label: string;
  /** The audience filter; "" for everyone. */
  audience: string;
}

/** One key per path prefix: two copies of the site on one origin keep their own answers. */
export function storageKey(prefix: string): string {
  return `ilmit:health-check:v1:${prefix}`;
}

export function emptyState(): SavedState {
  return { answers: new Map(), label: "", audience: "" };
}

export function serializeState(state: SavedState): string {
  return JSON.stringify({ answers: Object.fromEntries(state.answers), label: state.label, audience: state.audience });
}

/** Keeps what is valid (known pairs, answers 0–5, a known audience) and drops the rest. */
export function parseState(text: string | null, pairIds: ReadonlySet<string>, audiences: ReadonlySet<string>): SavedState {
  const state = emptyState();
  if (!text) return state;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return state;
  }
  if (typeof parsed !== "object" || parsed === null) return state;
  const record = parsed as Record<string, unknown>;
  if (typeof record.answers === "object" && record.answers !== null) {
    for (const [id, answer] of Object.entries(record.answers)) {
      if (pairIds.has(id) && isAnswer(answer)) state.answers.set(id, answer);
    }
  }
  if (typeof record.label === "string") state.label = cleanLabel(record.label);
  if (typeof record.audience === "string" && audiences.has(record.audience)) state.audience = record.audience;
  return state;
}
