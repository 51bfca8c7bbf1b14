// Types for scripts/build-cli.js (CommonJS, run by `npm run cli`, `prepare` and the tests).
export const OUT: string;
export function buildCli(): void;
export function ensureCli(options?: { quiet?: boolean }): boolean;
export function staleReason(): string | null;
