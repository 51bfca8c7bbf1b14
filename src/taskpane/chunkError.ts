/**
 * Pure and dependency-free, so that the ribbon command (src/commands) can use it without the pane's logic.
 */

/**
 * Whether an error (or a failed result's error text) says that a part of the add-in's code could not be
 * loaded: webpack's ChunkLoadError ("Loading chunk 905 failed."), a CSS chunk, or a browser's failed
 * dynamic import. After an update this is an old pane asking for a file of its release; the officer is
 * told to close and reopen the pane, not that the workbook could not be read.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof Error && error.name === "ChunkLoadError") return true;
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return /Loading (?:CSS )?chunk \S+ failed|Failed to fetch dynamically imported module|error loading dynamically imported module/i.test(
    text
  );
}
