/**
 * Child process of `npm run bench`: one full production build of a content folder with the real
 * pipeline (`buildSite`), reporting its stage times and this process's peak memory.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { buildSite, type BuildStages } from "../build-site.ts";
import { peakMemoryBytes, writeResult } from "./child.ts";

export interface BuildMeasurement {
  seconds: number;
  stages: BuildStages;
  peakMemoryBytes: number;
  htmlPages: number;
}

const { values } = parseArgs({ options: { result: { type: "string" }, content: { type: "string" }, output: { type: "string" } } });
if (!values.output) throw new Error("usage: measure-build.ts [--content DIR] --output DIR --result FILE (without --content: the shipped content)");
const build = await buildSite({ output: values.output, ...(values.content ? { contentDir: values.content } : {}), mode: "production" });
if (!build.ok) throw new Error(`the build failed:\n${build.message}`);
if (!build.stages) throw new Error("the build reported no stage times: are the marks in src/eleventy/post-build.ts still there?");
const htmlPages = fs.readdirSync(values.output, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html")).length;
const measurement: BuildMeasurement = { seconds: build.seconds, stages: build.stages, peakMemoryBytes: peakMemoryBytes(), htmlPages };
writeResult(values.result, measurement);
