import {
  fromThaiDigits,
  isIsoDate,
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
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

  test("month names", () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS[1]).toBe("กุมภาพันธ์");
    expect(THAI_MONTHS[10]).toBe("พฤศจิกายน");
    expect(THAI_MONTHS_SHORT).toHaveLength(12);
  });

  test("ISO dates: real calendar days only, yyyy-mm-dd", () => {
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2020-2-1")).toBe(false);
    expect(isIsoDate("15/2/2020")).toBe(false);
  });
});
