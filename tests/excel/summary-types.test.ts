/**
 * The Excel gateway's summary takes each row's agency type (a "ประเภทหน่วยงาน" column) and province to
 * the summary sheet (issue 16): the breakdown by type, the type column, the shared province in the title.
 */
import { createExcelGateway } from "../../src/excel";
import { SUMMARY_SHEET_NAME } from "../../src/report/summary";
import { unwrapText } from "../report/unwrap";
import { install, SETTINGS } from "./helpers";

const HEADER = [
  "หน่วยงาน",
  "ประเภทหน่วยงาน",
  "จังหวัด",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
];

test("the type column of the user's sheet reaches the summary sheet", async () => {
  const rows: unknown[][] = [
    HEADER,
    ["อบต.ก", "องค์การบริหารส่วนตำบล", "สงขลา", ...Array(10).fill(95)],
    ["อบต.ข", "องค์การบริหารส่วนตำบล", "สงขลา", ...Array(10).fill(85)],
    ["เทศบาลตำบลค", "เทศบาลตำบล", "สงขลา", ...Array(10).fill(80)],
    ["สำนักงานง", "", "สงขลา", ...Array(10).fill(70)],
  ];
  const wb = install({ sheets: [{ name: "จังหวัด", cells: rows }] });
  const r = await createExcelGateway().summarize({
    settings: { ...SETTINGS, fiscalYear: 2567, digits: "arabic" },
    sheet: "จังหวัด",
  });
  expect(r.status).toBe("done");
  const values = wb.values(SUMMARY_SHEET_NAME);
  const flat = values.flat().map((v) => unwrapText(String(v ?? "")));
  expect(flat).toContain("ของหน่วยงานในจังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2567");
  // The breakdown: type, count, mean total.
  const typeRow = (label: string): unknown[] | undefined =>
    values.find(
      (row) => row[0] === label && typeof row.find((v) => typeof v === "number") === "number"
    );
  const abt = typeRow("องค์การบริหารส่วนตำบล")!;
  expect(abt.filter((v) => typeof v === "number")).toEqual([2, 90]);
  expect(typeRow("เทศบาลตำบล")!.filter((v) => typeof v === "number")).toEqual([1, 80]);
  expect(typeRow("ไม่ระบุ")!.filter((v) => typeof v === "number")).toEqual([1, 70]);
  // The ranking's type column.
  const ranked = values.find((row) => row[1] === "เทศบาลตำบลค" && row[0] === 3);
  expect(ranked?.[2]).toBe("เทศบาลตำบล");
});
