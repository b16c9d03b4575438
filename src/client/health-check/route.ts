/**
 * What the page shows is decided by its fragment, which never leaves the browser:
 * none (or an in-page anchor) — your own questionnaire; `#v1.…` — one shared result, read-only;
 * `#compare=v1.…,v1.…` — results side by side.
 */
export type Route = { kind: "questionnaire" } | { kind: "result"; code: string } | { kind: "compare"; codes: string[] } | { kind: "anchor" };

const COMPARE = "compare=";
/** Looks like a result code of any version, so that a newer one gets its own message. */
const CODE_START = /^v\d+(?:\.|$)/;

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function parseRoute(hash: string): Route {
  const fragment = decodeFragment(hash.replace(/^#/, "")).trim();
  if (fragment === "") return { kind: "questionnaire" };
  if (fragment.startsWith(COMPARE)) {
    return { kind: "compare", codes: fragment.slice(COMPARE.length).split(",").map((code) => code.trim()).filter((code) => code !== "") };
  }
  if (CODE_START.test(fragment)) return { kind: "result", code: fragment };
  return { kind: "anchor" };
}

export function resultFragment(code: string): string {
  return `#${code}`;
}

export function compareFragment(codes: readonly string[]): string {
  return `#${COMPARE}${codes.join(",")}`;
}

/**
 * The codes in what someone pasted: a whole link, a bare code, or a comparison link (which
 * brings all of its codes). Anything else comes back as itself, so the decoder can name it.
 */
export function codesInText(text: string): string[] {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf("#");
  const fragment = hashAt === -1 ? trimmed : trimmed.slice(hashAt);
  const route = parseRoute(fragment);
  if (route.kind === "result") return [route.code];
  if (route.kind === "compare") return route.codes;
  return [trimmed];
}
