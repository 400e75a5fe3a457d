// Types for scripts/build-validator.js (plain JS so webpack.config.js and scripts/build-cli.js run it
// without a TypeScript step).
export declare const SCHEMA_FILE: string;
export declare const VALIDATOR_FILE: string;
export declare const DECLARATION_FILE: string;
export declare const AJV_OPTIONS: { allErrors: boolean; strict: boolean };
export declare function validatorSource(schemaText?: string): string;
export declare function ensureValidator(options?: { quiet?: boolean }): boolean;
export declare function validatorIsCurrent(): boolean;
