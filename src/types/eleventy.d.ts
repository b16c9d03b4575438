/** The part of Eleventy's programmatic API the build script uses; Eleventy ships no types. */
declare module "@11ty/eleventy" {
  export class Eleventy {
    constructor(input: string, output: string, options: { configPath: string; pathPrefix?: string; quietMode?: boolean; runMode?: "build" | "watch" | "serve"; /** Render everything, write nothing (passthrough copies included). */ dryRun?: boolean });
    init(): Promise<void>;
    /** Silences Eleventy's console output, its closing summary included. */
    disableLogger(): void;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}
