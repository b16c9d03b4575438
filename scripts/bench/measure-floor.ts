/**
 * Child process of `npm run bench`: the floor. A bare markdown-it loop over the same article
 * files, read from disk and rendered with default options and no plugins: the least work any
 * Markdown site generator must do for this corpus. The build's Eleventy stage is compared to it.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import MarkdownIt from "markdown-it";
import { peakMemoryBytes, writeResult } from "./child.ts";

export interface FloorMeasurement {
  seconds: number;
  /** CPU time of the loop, which a machine busy with other work inflates far less than wall time. */
  cpuSeconds: number;
  files: number;
  htmlBytes: number;
  peakMemoryBytes: number;
}

const { values } = parseArgs({ options: { result: { type: "string" }, content: { type: "string" } } });
if (!values.content) throw new Error("usage: measure-floor.ts --content DIR --result FILE");
const files = fs
  .readdirSync(values.content, { recursive: true, encoding: "utf8" })
  .filter((file) => file.includes(`articles${path.sep}`) && file.endsWith(".md"))
  .sort()
  .map((file) => path.join(values.content!, file));
const started = performance.now();
const startedCpu = process.cpuUsage();
const md = new MarkdownIt();
let htmlBytes = 0;
for (const file of files) htmlBytes += md.render(fs.readFileSync(file, "utf8")).length;
const cpu = process.cpuUsage(startedCpu);
const measurement: FloorMeasurement = { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, files: files.length, htmlBytes, peakMemoryBytes: peakMemoryBytes() };
writeResult(values.result, measurement);
