/**
 * A mistake in how `npm run new` was called, or a clash with existing content. The entry point
 * prints its message as one line and exits 1; anything else is a bug and keeps its stack.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
