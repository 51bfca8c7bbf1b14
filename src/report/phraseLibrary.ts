/**
 * The phrase library's type and its year lookup, apart from the texts (phrases.ts) so that the modules the
 * texts are assembled from (vocabulary.ts, phrases*.ts) can name the type without importing the assembly.
 */

/** key -> Thai template with {placeholders}. */
export type PhraseLibrary = Record<string, string>;

/** The latest variant of a key for a fiscal year: "key.fyNNNN" with the largest NNNN <= year, else key. */
export function keyForYear(lib: PhraseLibrary, key: string, year: number): string {
  let best = key;
  let bestYear = 0;
  const prefix = `${key}.fy`;
  for (const k of Object.keys(lib)) {
    if (!k.startsWith(prefix)) continue;
    const y = Number(k.slice(prefix.length));
    if (Number.isInteger(y) && y <= year && y > bestYear) {
      best = k;
      bestYear = y;
    }
  }
  return best;
}
