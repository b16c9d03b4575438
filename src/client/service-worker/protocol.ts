/** The messages pages send to the worker (and the worker answers on the port it is given). */
export type PageMessage =
  /** The visitor accepted the update: the waiting worker takes over now. */
  | { type: "SKIP_WAITING" }
  /** The update prompt's texts in a language; answered with `UpdateStrings` or null. */
  | { type: "GET_UPDATE_STRINGS"; lang: string };

export function isPageMessage(value: unknown): value is PageMessage {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
