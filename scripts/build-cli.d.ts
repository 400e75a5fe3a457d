// Types for scripts/build-cli.js.
export declare const CLI_DIR: string;
export declare const CLI_ENTRY: string;
export declare const BUILD_INFO: string;
export declare function buildCli(options?: { quiet?: boolean }): Promise<number>;
export declare function cliBuildReason(): string | null;
