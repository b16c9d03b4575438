import type { DecodeProblem } from "./encoding.ts";
import type { ClientStrings } from "./strings.ts";

/** The sentence that tells a visitor why a link cannot be shown, and what to do about it. */
export function problemText(strings: ClientStrings, problem: DecodeProblem | "empty"): string {
  switch (problem) {
    case "notResult":
      return strings.errorNotResult;
    case "newerVersion":
      return strings.errorNewerVersion;
    case "damaged":
      return strings.errorDamaged;
    case "malformed":
      return strings.errorMalformed;
    case "empty":
      return strings.errorEmpty;
  }
}
