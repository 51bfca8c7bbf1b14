/**
 * Exact decimal arithmetic for scores: every value is a fraction of two BigInts, so means and weighted
 * sums carry no binary error, and rounding is half up in decimal (JavaScript's `(1.005).toFixed(2)` is
 * "1.00"; here round2(1.005) is 1.01).
 *
 * A JavaScript number is read through its shortest round-trip text (`String(87.46)` is "87.46"), which is
 * the decimal the user typed.
 */

export interface Frac {
  /** Numerator (sign carried here). */
  n: bigint;
  /** Denominator, always > 0. */
  d: bigint;
}

const TEN = BigInt(10);
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const HUNDRED = BigInt(100);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x === ZERO ? ONE : x;
}

function norm(n: bigint, d: bigint): Frac {
  if (d < ZERO) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

/** The exact decimal a finite number's shortest text stands for ("87.46" -> 8746/100, "1e-7" -> 1/10^7). */
export function frac(x: number): Frac {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return fracFromString(String(x));
}

/** A decimal string ("-12.345", "1.5e-7") as an exact fraction. */
export function fracFromString(text: string): Frac {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new RangeError(`not a decimal: ${text}`);
  const intPart = m[2] || "0";
  const fracPart = m[3] ?? "";
  const exp = m[4] ? parseInt(m[4], 10) : 0;
  let n = BigInt(intPart + fracPart);
  let d = TEN ** BigInt(fracPart.length);
  if (exp > 0) n *= TEN ** BigInt(exp);
  else if (exp < 0) d *= TEN ** BigInt(-exp);
  if (m[1] === "-") n = -n;
  return norm(n, d);
}

export function add(a: Frac, b: Frac): Frac {
  return norm(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Frac, b: Frac): Frac {
  return norm(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Frac, b: Frac): Frac {
  return norm(a.n * b.n, a.d * b.d);
}

export function divInt(a: Frac, k: number): Frac {
  return norm(a.n, a.d * BigInt(k));
}

export function mulInt(a: Frac, k: number): Frac {
  return norm(a.n * BigInt(k), a.d);
}

/** Mean of one or more fractions. */
export function mean(values: Frac[]): Frac {
  if (values.length === 0) throw new RangeError("mean of nothing");
  let s: Frac = { n: ZERO, d: ONE };
  for (const v of values) s = add(s, v);
  return divInt(s, values.length);
}

/** Compare: -1, 0, 1. */
export function cmp(a: Frac, b: Frac): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Round half up (away from zero for negatives) to `places` decimals; returns integer units of 10^-places. */
export function roundUnits(a: Frac, places = 2): bigint {
  const scale = TEN ** BigInt(places);
  const neg = a.n < ZERO;
  const n = (neg ? -a.n : a.n) * scale;
  // floor((n / d) + 1/2) = floor((2n + d) / 2d)
  const q = (TWO * n + a.d) / (TWO * a.d);
  return neg ? -q : q;
}

/** Round half up to 2 decimals, as a number (76.045 -> 76.05; 1.005 -> 1.01). */
export function round2(a: Frac | number): number {
  const f = typeof a === "number" ? frac(a) : a;
  // An integer divided by 100 is correctly rounded: the result is the double nearest the decimal.
  return Number(roundUnits(f, 2)) / 100;
}

/** Whether |a - b| <= 0.01, exactly. */
export function within001(a: number, b: number): boolean {
  const diff = sub(frac(a), frac(b));
  const abs = diff.n < ZERO ? { n: -diff.n, d: diff.d } : diff;
  return cmp(abs, { n: ONE, d: HUNDRED }) <= 0;
}

/** Format with exactly two decimals, rounding half up in decimal ("76.05", "100.00"). */
export function format2(x: number): string {
  const units = roundUnits(frac(x), 2);
  const neg = units < ZERO;
  const abs = neg ? -units : units;
  const s = abs.toString().padStart(3, "0");
  return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
}
