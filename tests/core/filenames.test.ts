import {
  FileNamer,
  safeFileStem,
  truncateUtf8,
  utf8Bytes,
  type FileNameOptions,
} from "../../src/core/filenames";
import { SEED } from "../fixtures/seed";

/** Names from one FileNamer, in order, as the batch hands them out (src/cli/batchFiles.ts). */
function uniqueFileNames(names: readonly string[], options: FileNameOptions = {}): string[] {
  const namer = new FileNamer(options);
  return names.map((n) => namer.next(n));
}

/** What Windows, macOS and Linux refuse or mangle in a file name. */
function assertPortable(fileName: string): void {
  // eslint-disable-next-line no-control-regex
  expect(fileName).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f]/);
  expect(fileName).not.toMatch(/^[.\s]/);
  expect(fileName).not.toMatch(/[.\s]$/);
  expect(fileName.split(".")[0]).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i);
  expect(utf8Bytes(fileName)).toBeLessThanOrEqual(255);
}

describe("utf8Bytes", () => {
  test("ASCII 1 byte, Thai 3 bytes, an emoji 4 bytes", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("กะหรอ")).toBe(15);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("😀")).toBe(4);
  });
});

describe("safe names", () => {
  test("a Thai agency name is kept as it is", () => {
    expect(uniqueFileNames([SEED.agency.name])).toEqual(["องค์การบริหารส่วนตำบลกะหรอ.xlsx"]);
  });

  test('characters Windows forbids (\\ / : * ? " < > |) become "_"', () => {
    const [name] = uniqueFileNames(['อบต. "ก/ข": ส่วน*ที่?<1>|2\\3']);
    expect(name).toBe("อบต. _ก_ข__ ส่วน_ที่__1__2_3.xlsx");
    assertPortable(name);
  });

  test("line breaks become spaces; control and invisible characters go; spaces collapse", () => {
    expect(safeFileStem("องค์การบริหารส่วนตำบล\r\nกะหรอ")).toBe("องค์การบริหารส่วนตำบล กะหรอ");
    expect(safeFileStem("เทศบาล\u200bตำบล\u0007ก\ufeff")).toBe("เทศบาลตำบลก");
    expect(safeFileStem("  กรม \u00a0  ก  ")).toBe("กรม ก");
  });

  test("leading dots and trailing dots and spaces are removed", () => {
    expect(safeFileStem("..ก")).toBe("ก");
    expect(safeFileStem("สำนักงาน ป.ป.ช. ")).toBe("สำนักงาน ป.ป.ช");
    expect(safeFileStem(" . . ")).toBe("");
  });

  test("Windows device names get a _ (alone or before a dot, any case); longer words do not", () => {
    expect(uniqueFileNames(["CON", "nul", "Com1", "lpt9.report", "AUX."])).toEqual([
      "CON_.xlsx",
      "nul_.xlsx",
      "Com1_.xlsx",
      "lpt9_.report.xlsx",
      "AUX_.xlsx",
    ]);
    expect(safeFileStem("CONSOLE")).toBe("CONSOLE");
    expect(safeFileStem("ACON")).toBe("ACON");
  });

  test("NFD text (as macOS gives it) is stored as NFC", () => {
    expect(safeFileStem("Cafe\u0301")).toBe("Caf\u00e9");
  });
});

describe("long names", () => {
  const long = "องค์การบริหารส่วนตำบล".repeat(12); // 21 characters x 12 = 756 bytes

  test("cut to 255 bytes with the extension, never inside a letter's marks, marked by a hash", () => {
    const [name] = uniqueFileNames([long]);
    assertPortable(name);
    expect(utf8Bytes(name)).toBeGreaterThan(240);
    const m = /^(.*)~[0-9a-f]{6}\.xlsx$/.exec(name);
    expect(m).not.toBeNull();
    const stem = (m as RegExpExecArray)[1];
    expect(long.startsWith(stem)).toBe(true);
    // The character after the cut is not a mark (a vowel or tone mark separated from its letter).
    expect(long[stem.length]).not.toMatch(/\p{M}/u);
  });

  test("a cut that would leave a tone mark's letter alone drops the letter with it", () => {
    // "กิ่" is ก + ิ + ่ (3 code points, 9 bytes): 4 bytes cannot hold the cluster.
    expect(truncateUtf8("กิ่ง", 4)).toBe("");
    expect(truncateUtf8("กกิ่ง", 6)).toBe("ก");
    expect(truncateUtf8("กกิ่ง", 12)).toBe("กกิ่");
  });

  test("a leading vowel (เ แ โ ใ ไ) is not left without its consonant", () => {
    expect(truncateUtf8("กเทศ", 6)).toBe("ก");
  });

  test("long names that start alike get different, stable files whatever the order", () => {
    const a = long + "ก";
    const b = long + "ข";
    const [fa, fb] = uniqueFileNames([a, b]);
    const [gb, ga] = uniqueFileNames([b, a]);
    expect(fa).not.toBe(fb);
    expect([fa, fb]).toEqual([ga, gb]);
    [fa, fb].forEach(assertPortable);
  });

  test("a long duplicate still fits with its suffix", () => {
    const names = uniqueFileNames([long, long, long]);
    expect(names[1].endsWith(" (2).xlsx")).toBe(true);
    expect(names[2].endsWith(" (3).xlsx")).toBe(true);
    names.forEach(assertPortable);
    expect(new Set(names).size).toBe(3);
  });

  test("a byte limit of another file system, and another extension", () => {
    const [name] = uniqueFileNames([long], { maxBytes: 100, extension: ".json" });
    expect(name.endsWith(".json")).toBe(true);
    expect(utf8Bytes(name)).toBeLessThanOrEqual(100);
    expect(() => new FileNamer({ maxBytes: 10 })).toThrow(RangeError);
  });
});

describe("unique names", () => {
  test('duplicates get " (2)", " (3)" in order; a real "(2)" is respected', () => {
    expect(uniqueFileNames(["อบต.ก", "อบต.ก", "อบต.ก (2)", "อบต.ก"])).toEqual([
      "อบต.ก.xlsx",
      "อบต.ก (2).xlsx",
      "อบต.ก (2) (2).xlsx",
      "อบต.ก (3).xlsx",
    ]);
  });

  test("names differing only in case or Unicode form are duplicates (Windows, macOS)", () => {
    expect(uniqueFileNames(["ABC", "abc", "Cafe\u0301", "Caf\u00e9"])).toEqual([
      "ABC.xlsx",
      "abc (2).xlsx",
      "Caf\u00e9.xlsx",
      "Caf\u00e9 (2).xlsx",
    ]);
  });

  test("names that clean to the same text are duplicates", () => {
    expect(uniqueFileNames(["ก/ข", "ก:ข", "ก_ข"])).toEqual([
      "ก_ข.xlsx",
      "ก_ข (2).xlsx",
      "ก_ข (3).xlsx",
    ]);
  });

  test("names taken in the folder (summary.xlsx) are avoided", () => {
    const namer = new FileNamer({ taken: ["summary.xlsx"] });
    expect(namer.next("Summary")).toBe("Summary (2).xlsx");
    expect(namer.next("summary")).toBe("summary (3).xlsx");
  });

  test("an empty name gets the fallback, made unique like any other", () => {
    expect(uniqueFileNames(["", "***", "  ", "."])).toEqual([
      "หน่วยงาน.xlsx",
      "___.xlsx",
      "หน่วยงาน (2).xlsx",
      "หน่วยงาน (3).xlsx",
    ]);
    expect(uniqueFileNames([""], { fallback: "agency" })).toEqual(["agency.xlsx"]);
  });

  test("deterministic: the same names in the same order give the same files", () => {
    const names = ["ก", "ข", "ก", "CON", "", "ก/ข"];
    expect(uniqueFileNames(names)).toEqual(uniqueFileNames(names));
    uniqueFileNames(names).forEach(assertPortable);
  });
});
