/** The fake Office host itself: it must fail where Office.js fails, or the edge's tests prove nothing. */
import { installFakeOffice, type FakeContext } from "../mocks/fake-office";

type Run = <T>(batch: (ctx: FakeContext) => Promise<T>) => Promise<T>;
const run: Run = (batch) => (globalThis as unknown as { Excel: { run: Run } }).Excel.run(batch);

function setup() {
  return installFakeOffice(globalThis, {
    sheets: [
      {
        name: "Sheet1",
        cells: [
          ["a", 1],
          ["b", 2],
        ],
      },
      { name: "อื่น" },
    ],
  });
}

describe("load before read", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    setup();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      await ctx.sync();
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => r.address).toThrow(/not available/);
    });
  });

  test("loaded but not yet synced throws too; after the sync the value is there", async () => {
    setup();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.load("values,address");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(r.address).toBe("Sheet1!A1:B2");
    });
  });

  test("collections: items need loading; navigation paths load nested objects", async () => {
    setup();
    await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      const font = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      font.load("format/font/bold");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "อื่น"]);
      expect(() => sheets.items[0].id).toThrow(/not available/);
      expect((font.format.font as unknown as { bold: boolean }).bold).toBe(false);
    });
  });

  test("unknown properties cannot be loaded", async () => {
    setup();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("nonsense");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("null objects and missing items", () => {
  test("getItemOrNullObject: isNullObject after sync, loaded properties null", async () => {
    setup();
    await run(async (ctx) => {
      const none = ctx.workbook.worksheets.getItemOrNullObject("ไม่มี");
      const some = ctx.workbook.worksheets.getItemOrNullObject("อื่น");
      none.load("name");
      some.load("name");
      expect(() => none.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(none.name).toBeNull();
      expect(some.isNullObject).toBe(false);
      expect(some.name).toBe("อื่น");
    });
  });

  test("getItem of a missing sheet, and methods on a null object, fail at sync with ItemNotFound", async () => {
    setup();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("ไม่มี").load("name");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject("ไม่มี").getRange("A1").load("values");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("used range of an empty sheet is a null object", async () => {
    setup();
    await run(async (ctx) => {
      const u = ctx.workbook.worksheets.getItem("อื่น").getUsedRangeOrNullObject(true);
      u.load("address");
      await ctx.sync();
      expect(u.isNullObject).toBe(true);
    });
  });
});

describe("writing values like Excel", () => {
  test('a string starting with "=" becomes a formula unless the cell is text-formatted', async () => {
    const wb = setup();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("อื่น");
      ws.getRange("A1:D1").values = [["=SUM(1)", "+กอง", "87.50", "-ก"]];
      const text = ws.getRange("A2:D2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [["=SUM(1)", "+กอง", "87.50", "-ก"]];
      await ctx.sync();
    });
    expect(wb.cell("อื่น", "A1")).toMatchObject({ formula: "=SUM(1)" });
    expect(wb.cell("อื่น", "B1")).toMatchObject({ value: "#NAME?" });
    expect(wb.cell("อื่น", "C1")?.value).toBe(87.5);
    expect(wb.cell("อื่น", "D1")?.formula).toBeDefined();
    expect(wb.values("อื่น")[1]).toEqual(["=SUM(1)", "+กอง", "87.50", "-ก"]);
    for (const a of ["A2", "B2", "C2", "D2"]) expect(wb.cell("อื่น", a)?.formula).toBeUndefined();
  });

  test("a 2-D array must match the range; a bad batch stops at the failing operation", async () => {
    const wb = setup();
    await expect(
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("อื่น");
        ws.getRange("A1").values = [["ก่อน"]];
        ws.getRange("A2:B2").values = [["x"]];
        ws.getRange("A3").values = [["หลัง"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.values("อื่น")).toEqual([["ก่อน"]]);
  });

  test("merge keeps the top-left value only", async () => {
    const wb = setup();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.merge(false);
      await ctx.sync();
    });
    expect(wb.values("Sheet1")).toEqual([["a"]]);
    expect(wb.sheet("Sheet1").merges).toEqual([{ row: 0, col: 0, rows: 2, cols: 2 }]);
  });

  test("sheet names: duplicates and invalid characters are refused", async () => {
    setup();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.add("sheet1");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.add("a/b");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("syncs and faults", () => {
  test("counts every sync; failSync fails the Nth one without applying it", async () => {
    const wb = setup();
    const start = wb.syncCount;
    wb.faults = { failSync: 2 };
    await run(async (ctx) => {
      ctx.workbook.worksheets.add("หนึ่ง");
      await ctx.sync();
      ctx.workbook.worksheets.add("สอง");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(wb.syncCount - start).toBe(2);
    expect(wb.sheetNames()).toEqual(["Sheet1", "อื่น", "หนึ่ง"]);
  });

  test("failOp fails one named operation; those before it stay applied, as in Office", async () => {
    const wb = setup();
    wb.faults = { failOp: "Range.merge" };
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("ใหม่");
      ws.getRange("A1").values = [["x"]];
      ws.getRange("A1:B1").merge();
      ws.getRange("A2").values = [["y"]];
      await expect(ctx.sync()).rejects.toThrow(/Injected failure of Range.merge/);
    });
    expect(wb.values("ใหม่")).toEqual([["x"]]);
    // the fault is used up
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ใหม่").getRange("A1:B1").merge();
      await ctx.sync();
    });
    expect(wb.sheet("ใหม่").merges).toHaveLength(1);
  });

  test("settings: set is in memory until saveAsync", async () => {
    const wb = setup();
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    office.context.document.settings.set("k", { a: 1 });
    expect(wb.savedSettings.k).toBeUndefined();
    await new Promise<void>((resolve) =>
      office.context.document.settings.saveAsync(() => resolve())
    );
    expect(wb.savedSettings.k).toEqual({ a: 1 });
  });
});
