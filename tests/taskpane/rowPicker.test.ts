/** The row picker's pure part (src/taskpane/rowPicker.ts) and the pane's check for a part that failed to load. */
import {
  PAGE_SIZE,
  filterRows,
  moveActive,
  pageCount,
  pageOf,
  pickRowItems,
  searchKey,
} from "../../src/taskpane/rowPicker";
import { isChunkLoadError } from "../../src/taskpane/logic";

const rows = Array.from({ length: 1999 }, (_, i) => ({
  sheet: "จังหวัด",
  row: i + 1,
  label: `${i % 2 ? "เทศบาลตำบล" : "องค์การบริหารส่วนตำบล"}ตัวอย่าง ${i + 1} 2567 (แถว ${i + 2})`,
}));

describe("row picker", () => {
  test("search: every word, Thai digits as Arabic, case and spaces ignored, row numbers too", () => {
    const items = pickRowItems(rows);
    expect(filterRows(items, "")).toHaveLength(1999);
    expect(filterRows(items, "  ")).toHaveLength(1999);
    const one = filterRows(items, "เทศบาลตำบล   ๑๒๓๔");
    expect(one.map((r) => r.label)).toEqual(["เทศบาลตำบลตัวอย่าง 1234 2567 (แถว 1235)"]);
    // A number also finds the row with that Excel row number.
    expect(filterRows(items, "องค์การบริหาร 1234").map((r) => r.label)).toEqual([
      "องค์การบริหารส่วนตำบลตัวอย่าง 1233 2567 (แถว 1234)",
    ]);
    expect(searchKey("  ABC  ๑๒ ")).toBe("abc 12");
    expect(filterRows(items, "ไม่มีชื่อนี้")).toEqual([]);
  });

  test("pages of PAGE_SIZE, and the page that holds a row", () => {
    expect(PAGE_SIZE).toBe(50);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(1999)).toBe(40);
    expect(pageOf(0)).toBe(0);
    expect(pageOf(49)).toBe(0);
    expect(pageOf(50)).toBe(1);
    expect(pageOf(1998)).toBe(39);
  });

  test("keys move the active row inside the list and stop at its ends", () => {
    expect(moveActive("ArrowDown", 0, 1999)).toBe(1);
    expect(moveActive("ArrowUp", 0, 1999)).toBe(0);
    expect(moveActive("ArrowDown", 1998, 1999)).toBe(1998);
    expect(moveActive("PageDown", 10, 1999)).toBe(60);
    expect(moveActive("PageUp", 10, 1999)).toBe(0);
    expect(moveActive("End", 3, 1999)).toBe(1998);
    expect(moveActive("Home", 500, 1999)).toBe(0);
    expect(moveActive("a", 3, 1999)).toBeNull();
    expect(moveActive("ArrowDown", 0, 0)).toBeNull();
  });

  test("a row carries its problem count when the gateway gives one; none otherwise", () => {
    const items = pickRowItems([
      rows[0],
      { ...rows[1], problems: [{ code: "not-number" }, { code: "range" }] },
      { ...rows[2], problems: 3 },
    ] as typeof rows);
    expect(items.map((r) => r.problems)).toEqual([0, 2, 3]);
  });
});

describe("a part of the add-in that failed to load", () => {
  test("webpack's ChunkLoadError, its text inside a failed result, a failed dynamic import", () => {
    const e = new Error("Loading chunk 905 failed.\n(error: https://host/905.abc.js)");
    e.name = "ChunkLoadError";
    expect(isChunkLoadError(e)).toBe(true);
    expect(
      isChunkLoadError(
        "อ่านหรือเขียนสมุดงานไม่สำเร็จ / Reading or writing the workbook failed: Loading chunk composer failed.\n(error: https://h/composer.1a2b3c4d.js)"
      )
    ).toBe(true);
    expect(isChunkLoadError(new TypeError("Failed to fetch dynamically imported module: x"))).toBe(
      true
    );
    expect(isChunkLoadError(new Error("The sheet is protected"))).toBe(false);
    expect(isChunkLoadError("Reading or writing the workbook failed: GeneralException")).toBe(
      false
    );
    expect(isChunkLoadError(undefined)).toBe(false);
  });
});
