/**
 * The .xlsx reader reads a sheet within the same window as the add-in (READ_LIMITS: 2,000 rows x 50
 * columns) and says so when a sheet is larger: a 1 MB input is answered quickly, and the command line and
 * Excel find the same table.
 */
import ExcelJS from "exceljs";
import { READ_LIMITS } from "../../src/core/grid";
import { readInputFromWorkbook } from "../../src/xlsx/read";

function wideSheet(rows: number, firstDataRow = 2): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("หลายหน่วยงาน");
  ws.getRow(firstDataRow - 1).values = [
    "หน่วยงาน",
    "ปีงบประมาณ",
    ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
  ];
  for (let r = 0; r < rows; r++)
    ws.getRow(firstDataRow + r).values = [`อบต.${r}`, 2567, ...Array(10).fill(80 + (r % 20))];
  return wb;
}

describe("the .xlsx reader's window", () => {
  test("a sheet past 2,000 rows: the table is read within the window, and a warning says so", () => {
    const found = readInputFromWorkbook(wideSheet(2500));
    expect(found.problems).toEqual([]);
    expect(found.raw).toBeDefined();
    const w = found.warnings.find((m) => m.code === "sheet-too-large");
    expect(w?.en).toContain(`${READ_LIMITS.rows.toLocaleString("en-US")} rows`);
    expect(w?.th).toContain("หลายหน่วยงาน");
    expect(w?.cell).toBe("หลายหน่วยงาน!A1");
  });

  test("a sheet within the window: no such warning", () => {
    const found = readInputFromWorkbook(wideSheet(30));
    expect(found.raw).toBeDefined();
    expect(found.warnings.map((m) => m.code)).not.toContain("sheet-too-large");
  });

  test("a table that starts past the window: refused, and the message says why", () => {
    const found = readInputFromWorkbook(wideSheet(5, READ_LIMITS.rows + 10));
    expect(found.raw).toBeUndefined();
    expect(found.problems.map((m) => m.code)).toContain("sheet-too-large");
  });
});
