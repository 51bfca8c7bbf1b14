// Types for scripts/build-config.js (CommonJS, loaded by webpack.config.js and the tests).
export const OFFICE_JS_CDN: string;
export const DEV_URL: string;
export function officeJsMode(value: string | undefined): "cdn" | "local";
export function officeJsSrc(mode: "cdn" | "local"): string;
export function prodUrl(raw: string | undefined): string;
export function prodManifest(xml: string, url: string | undefined): string;
