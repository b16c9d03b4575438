/** The part of Eleventy's programmatic API the build script uses; Eleventy ships no types. */
declare module "@11ty/eleventy" {
  export class Eleventy {
    constructor(input: string, output: string, options: { configPath: string; pathPrefix?: string; quietMode?: boolean; runMode?: "build" | "watch" | "serve" });
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}
