/**
 * The V8 options of every Node process that builds the site: `npm run build` (written out in
 * package.json, which tests/build/node-flags.test.ts holds to this list), `npm start`'s
 * development server (scripts/serve.ts) and every child of `npm run bench` (scripts/bench/child.ts),
 * the markdown-it floor included, so that the bench measures builds as they run and compares
 * them with a floor that runs the same way. They change when V8 collects, not what the code does.
 */
export const BUILD_NODE_FLAGS: readonly string[] = [
  // Starts the young generation at the 16 MB it grows to anyway (V8's default limit on 64-bit)
  // rather than at 1 MB. A build keeps most of what it allocates, and each of the early, small
  // collections copied it again: at 1,000 articles, 40 young-generation collections instead of 52.
  // Eight alternating runs a side at 1,000 articles, in two batches: the median Eleventy stage
  // 8.5 % and 1 % lower, its CPU time 4 % lower in the second; the floor did not move (0.33–0.38 s
  // either way). `--always-sparkplug` (machine code from a function's first call) was tried
  // beside it and left out: 6–8 % faster in three batches, 7–8 % slower in two others, made
  // while the machine was busier.
  "--min-semi-space-size=16",
];
