import {
  format2,
  frac,
  fracFromString,
  mean,
  round2,
  roundUnits,
  within001,
} from "../../src/core/decimal";

describe("decimal rounding half up", () => {
  test.each([
    [1.005, 1.01],
    [76.045, 76.05],
    [2.675, 2.68],
    [84.995, 85],
    [94.995, 95],
    [0.125, 0.13],
    [1.004999, 1.0],
    [100, 100],
    [0, 0],
  ])("round2(%p) = %p", (x, expected) => {
    expect(round2(x)).toBe(expected);
  });

  test("toFixed would get 1.005 wrong; format2 does not", () => {
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(format2(1.005)).toBe("1.01");
    expect(format2(100)).toBe("100.00");
    expect(format2(0.5)).toBe("0.50");
    expect(format2(74.8)).toBe("74.80");
  });

  test("exact means: the seed's IIT from unrounded parts", () => {
    const m = mean([94.15, 85.43, 87.52, 82.58, 87.64].map(frac));
    expect(m).toEqual(fracFromString("87.464"));
    expect(round2(m)).toBe(87.46);
  });

  test("negative values round away from zero at the half", () => {
    expect(roundUnits(fracFromString("-1.005"))).toBe(BigInt(-101));
  });

  test("within 0.01 is exact", () => {
    expect(within001(76.05, 76.04)).toBe(true);
    expect(within001(76.05, 76.06)).toBe(true);
    expect(within001(76.05, 76.07)).toBe(false);
    expect(within001(0.1, 0.11)).toBe(true);
  });

  test("exponent notation is read exactly", () => {
    expect(fracFromString("1e-7")).toEqual({ n: BigInt(1), d: BigInt(10_000_000) });
    expect(() => fracFromString("abc")).toThrow();
  });
});
