import {
  beFromCe,
  ceFromBe,
  fiscalYearOf,
  formatNumber,
  formatScore,
  fromThaiDigits,
  isIsoDate,
  THAI_MONTHS,
  thaiDate,
  thaiMonthYear,
  toThaiDigits,
} from "../../src/core/thai";

describe("Thai helpers", () => {
  test("digits both ways", () => {
    expect(toThaiDigits("0123456789")).toBe("๐๑๒๓๔๕๖๗๘๙");
    expect(toThaiDigits(2562)).toBe("๒๕๖๒");
    expect(toThaiDigits("ข้อ 1.5")).toBe("ข้อ ๑.๕");
    expect(fromThaiDigits("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
    expect(fromThaiDigits(toThaiDigits("87.46 / 2019"))).toBe("87.46 / 2019");
  });

  test("eras", () => {
    expect(beFromCe(2019)).toBe(2562);
    expect(ceFromBe(2569)).toBe(2026);
  });

  test("fiscal year of a date: October to December belong to the next year", () => {
    expect(fiscalYearOf("2019-09-30")).toBe(2562);
    expect(fiscalYearOf("2019-10-01")).toBe(2563);
    expect(fiscalYearOf("2019-12-31")).toBe(2563);
    expect(fiscalYearOf("2020-01-01")).toBe(2563);
    expect(fiscalYearOf("2020-02-15")).toBe(2563);
    expect(fiscalYearOf(new Date(2026, 10, 24))).toBe(2570);
  });

  test("month names", () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS[1]).toBe("กุมภาพันธ์");
    expect(THAI_MONTHS[10]).toBe("พฤศจิกายน");
  });

  test("dates in Thai", () => {
    expect(thaiDate("2026-11-24")).toBe("๒๔ พฤศจิกายน ๒๕๖๙");
    expect(thaiDate("2026-11-24", { digits: "arabic" })).toBe("24 พฤศจิกายน 2569");
    expect(thaiDate("2020-02-05")).toBe("๕ กุมภาพันธ์ ๒๕๖๓");
    expect(thaiMonthYear("2020-02-15")).toBe("กุมภาพันธ์ ๒๕๖๓");
    expect(thaiMonthYear("2020-02-15", { digits: "arabic" })).toBe("กุมภาพันธ์ 2563");
    expect(() => thaiDate("2020-02-30")).toThrow();
    expect(() => thaiDate("15/2/2020")).toThrow();
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2020-2-1")).toBe(false);
  });

  test("scores with two decimals, rounded half up", () => {
    expect(formatScore(87.46)).toBe("๘๗.๔๖");
    expect(formatScore(74.8)).toBe("๗๔.๘๐");
    expect(formatScore(100, { digits: "arabic" })).toBe("100.00");
    expect(formatScore(1.005, { digits: "arabic" })).toBe("1.01");
    expect(formatNumber(10)).toBe("๑๐");
  });
});
