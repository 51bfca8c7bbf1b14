/**
 * Synthetic agencies for the batch benchmarks: JSON objects in the command line's input format
 * (docs/input.md), seeded so every run writes the same agencies. A national year is 8,317 agencies
 * (the NACC's count); names repeat now and then (the same place name in two provinces), as they do.
 */

const KINDS = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "กรม", "สำนักงาน"];
const SYLLABLES = ["กะ", "หรอ", "นบ", "พิ", "ตำ", "ทุ่ง", "สง", "ลาน", "ข่อย", "บาง", "แม่", "ท่า", "โพธิ์", "ไผ่"];
const PROVINCES = ["นครศรีธรรมราช", "เชียงใหม่", "ขอนแก่น", "ชลบุรี", "สงขลา", "อุบลราชธานี", "ลำปาง"];

/** mulberry32: a small seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticAgency {
  fiscalYear: number;
  agency: { name: string; province: string; district?: string };
  indicators: Record<string, number>;
}

/** `count` agencies of one fiscal year (FY2562's framework by default), in the JSON input format. */
export function syntheticAgencies(count: number, fiscalYear = 2562, seed = 2562): SyntheticAgency[] {
  const next = rng(seed);
  const score = (lo = 40): number => Math.round((lo + next() * (100 - lo)) * 100) / 100;
  const out: SyntheticAgency[] = [];
  for (let i = 0; i < count; i++) {
    const a = SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    const b = SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    const name =
      i > 0 && next() < 0.01
        ? out[Math.floor(next() * i)].agency.name
        : `${KINDS[i % KINDS.length]}${a}${b}${i % 7 === 0 ? "" : String(i)}`;
    const indicators: Record<string, number> = {};
    for (let k = 1; k <= 10; k++) indicators[String(k)] = score();
    if (next() < 0.3) {
      delete indicators["10"];
      indicators["10.1"] = score();
      indicators["10.2"] = score();
    }
    out.push({
      fiscalYear,
      agency: { name, province: PROVINCES[i % PROVINCES.length], district: `${b}${a}` },
      indicators,
    });
  }
  return out;
}
