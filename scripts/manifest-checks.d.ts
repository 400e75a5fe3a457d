// Types for scripts/manifest-checks.js (plain JS so `node scripts/validate-manifest.js` and
// webpack.config.js can import it without a TypeScript step).
import type { ManifestInfo } from 'office-addin-manifest';

export declare const URL_DEV: string;
export declare const DEFAULT_URL_PROD: string;
export declare const ICON_SIZES: number[];
export declare const FUNCTIONS_NAMESPACE: string;
export declare const LOCALES: string[];
export declare const FUNCTIONS_FILES: { script: string; metadata: string; localizedMetadata: Record<string, string> };

export interface ManifestResource {
  kind: 'Url' | 'String' | 'Image';
  defaultValue: string;
  /** Override values by locale, e.g. { 'sv-SE': '…' }. */
  overrides: Record<string, string>;
}

export interface ManifestCheck {
  name: string;
  /** Empty when the check passes. */
  problems: string[];
}

export declare function productionBaseUrl(env?: Record<string, string | undefined>): string;
export declare function productionManifest(xml: string, urlProd: string): string;
export declare function manifestUrls(xml: string): string[];
export declare function manifestResources(xml: string): Map<string, ManifestResource>;
export declare function pngSize(file: string): { width: number; height: number } | null;
export declare function fileForUrl(url: string, baseUrl: string, outDir: string): string | null;
export declare function readManifestInfo(manifestPath: string): Promise<ManifestInfo>;
export declare function checkManifest(input: { xml: string; info: ManifestInfo; baseUrl: string; outDir?: string }): ManifestCheck[];
