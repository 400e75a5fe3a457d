// Types for scripts/functions-metadata.js (plain JS so webpack.config.js can import it).
import type { Compiler } from 'webpack';

export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: 'scalar' | 'matrix';
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameterMetadata[];
  result: { type?: string; dimensionality?: 'scalar' | 'matrix' };
  options?: Record<string, boolean>;
}

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

export interface LocalizedText {
  name: string;
  description: string;
}

export interface FunctionsLocalization {
  namespace: string;
  functions: Record<string, { en: string; sv: LocalizedText & { parameters: Record<string, LocalizedText> } }>;
}

export declare function readLocalization(file: string): FunctionsLocalization;
export declare function metadataProblems(metadata: FunctionsMetadata, localization: FunctionsLocalization, lang: string): string[];
export declare function localizeMetadata(metadata: FunctionsMetadata, localization: FunctionsLocalization, lang: string): FunctionsMetadata;

export declare class LocalizedFunctionsMetadataPlugin {
  constructor(options: { source?: string; localization: string; languages: Record<string, string> });
  apply(compiler: Compiler): void;
}

export declare class StableEntryNamePlugin {
  constructor(options: { entry: string; filename: string });
  apply(compiler: Compiler): void;
}
