// Types for scripts/build-config.js (CommonJS, loaded by webpack.config.js and the tests).
export const OFFICE_JS_CDN: string;
export const DEV_URL: string;
export const PROD_ADDIN_ID: string;
export function officeJsMode(value: string | undefined): "cdn" | "local";
export function officeJsSrc(mode: "cdn" | "local"): string;
export function prodUrl(raw: string | undefined): string;
export function manifestVersion(pkgVersion: string): string;
export function manifestId(xml: string): string;
export interface ProdOptions {
  id: string;
  version: string;
  provider?: string;
  supportUrl?: string;
}
export function prodOptions(
  env?: Record<string, string | undefined>,
  pkgVersion?: string
): ProdOptions;
export function prodManifest(xml: string, url: string | undefined, options?: ProdOptions): string;
