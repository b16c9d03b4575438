/**
 * The V8 options of every Node process that builds the site: `npm run build` (written out in
 * package.json, which tests/build/node-flags.test.ts holds to this list), `npm start`'s
 * development server (scripts/serve.ts) and every child of `npm run bench` (scripts/bench/child.ts),
 * the markdown-it floor included, so that the bench measures builds as they run and compares
 * them with a floor that runs the same way.
 *
 * A build is short and runs most of its code only a few hundred times, so V8's defaults, made for
 * long-running programs that warm up, cost it time. Measured at 1,000 articles, eight alternating
 * runs a side on the 2-core machine here, the two together took the median Eleventy stage down by
 * 6–10 % (1.72 s to 1.55–1.61 s, in two batches); the markdown-it floor stayed where it was
 * (0.33–0.38 s either way). Neither changes what the code does, only when V8 compiles and collects.
 */
export const BUILD_NODE_FLAGS: readonly string[] = [
  // Compiles each function to baseline machine code on its first call, instead of interpreting its
  // bytecode until it has run often enough: most of a build's code never runs often enough.
  "--always-sparkplug",
  // Starts the young generation at the 16 MB it grows to anyway (V8's default limit on 64-bit)
  // rather than at 1 MB: a build keeps most of what it allocates, and each of the early, small
  // collections copied it again.
  "--min-semi-space-size=16",
];
