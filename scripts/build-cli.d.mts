/** Types of scripts/build-cli.mjs for the TypeScript that imports it (bench/cli.ts). */
export declare const OUT_DIR: string;
export declare function buildCli(outDir?: string): Promise<void>;
