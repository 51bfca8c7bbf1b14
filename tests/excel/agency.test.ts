/**
 * The report's agency is the chosen row's (or sheet's) own (issue 19): the pane's saved agency no longer
 * wins over the sheet. Covered for the row picker, the input template and the summary, and the pure rule
 * (reportAgency in src/excel/decide.ts).
 */
import { createExcelGateway } from "../../src/excel";
import { reportAgency } from "../../src/excel/decide";
import { reportSheetNames } from "../../src/report/compose";
import { SUMMARY_SHEET_NAME } from "../../src/report/summary";
import { install, SETTINGS, sheetText, typeTemplateScores } from "./helpers";

const HEADER = ["หน่วยงาน", "จังหวัด", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
const ROWS = [
  HEADER,
  ["เทศบาลตำบลนบพิตำ", "นครศรีธรรมราช", 95, 90, 92, 88, 91, 80, 85, 70, 75, 93],
  ["องค์การบริหารส่วนตำบลกรุงชิง", "นครศรีธรรมราช", 85, 80, 82, 78, 81, 70, 75, 60, 65, 83],
];
const SAVED = SETTINGS.agency.name; // องค์การบริหารส่วนตำบลกะหรอ
const S = { ...SETTINGS, fiscalYear: 2567, digits: "arabic" as const };
const ANALYSIS = reportSheetNames(2567).analysis;

describe("the row picker: the picked row's agency is the report's", () => {
  test("by default the row's name, and none of the saved agency's details", async () => {
    const wb = install({ sheets: [{ name: "จังหวัด", cells: ROWS }] });
    const r = await createExcelGateway().generate({
      settings: S,
      source: { kind: "row", sheet: "จังหวัด", row: 1 },
    });
    expect(r.status).toBe("done");
    expect(r.agency).toBe("เทศบาลตำบลนบพิตำ");
    const text = sheetText(wb, ANALYSIS);
    expect(text).toContain("เทศบาลตำบลนบพิตำ");
    expect(text).not.toContain("กะหรอ");
    // the saved agency's district (นบพิตำ as a district) is not given to another agency
    expect(text).not.toContain("อำเภอนบพิตำ");
  });

  test("asked: the pane is told both names and nothing is written", async () => {
    const wb = install({ sheets: [{ name: "จังหวัด", cells: ROWS }] });
    const before = wb.sheetNames();
    const r = await createExcelGateway().generate({
      settings: S,
      source: { kind: "row", sheet: "จังหวัด", row: 2 },
      agencyName: "ask",
    });
    expect(r.status).toBe("confirm-agency");
    expect(r.agencyNames).toEqual({ sheet: "องค์การบริหารส่วนตำบลกรุงชิง", saved: SAVED });
    expect(wb.sheetNames()).toEqual(before);
  });

  test("the officer chose the saved name: it names the report", async () => {
    const wb = install({ sheets: [{ name: "จังหวัด", cells: ROWS }] });
    const r = await createExcelGateway().generate({
      settings: S,
      source: { kind: "row", sheet: "จังหวัด", row: 1 },
      agencyName: "saved",
    });
    expect(r.status).toBe("done");
    expect(r.agency).toBe(SAVED);
    expect(sheetText(wb, ANALYSIS)).toContain("กะหรอ");
  });

  test("the same agency in both (spacing aside): no question", async () => {
    install({ sheets: [{ name: "จังหวัด", cells: ROWS }] });
    const r = await createExcelGateway().generate({
      settings: { ...S, agency: { ...S.agency, name: " เทศบาลตำบลนบพิตำ " } },
      source: { kind: "row", sheet: "จังหวัด", row: 1 },
      agencyName: "ask",
    });
    expect(r.status).toBe("done");
  });
});

describe("the input template: its own agency is the report's", () => {
  test("a template made for one agency, the pane now saved with another", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    const gw = createExcelGateway();
    const t = await gw.createInputTemplate(SETTINGS);
    typeTemplateScores(wb, t.sheet);
    const other = { ...SETTINGS, agency: { name: "เทศบาลเมืองอื่น", province: "ตรัง" } };
    const asked = await gw.generate({
      settings: other,
      source: { kind: "auto" },
      agencyName: "ask",
    });
    expect(asked.status).toBe("confirm-agency");
    expect(asked.agencyNames).toEqual({ sheet: SAVED, saved: "เทศบาลเมืองอื่น" });
    const r = await gw.generate({ settings: other, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.agency).toBe(SAVED);
    const text = sheetText(wb, reportSheetNames(2562).analysis);
    expect(text).toContain("กะหรอ");
    expect(text).not.toContain("เทศบาลเมืองอื่น");
    expect(text).not.toContain("ตรัง");
  });
});

describe("the summary: every row under its own name", () => {
  test("the pane's saved agency names no row", async () => {
    const wb = install({ sheets: [{ name: "จังหวัด", cells: ROWS }] });
    const r = await createExcelGateway().summarize({ settings: S, sheet: "จังหวัด" });
    expect(r.status).toBe("done");
    const text = sheetText(wb, SUMMARY_SHEET_NAME);
    expect(text).toContain("เทศบาลตำบลนบพิตำ");
    expect(text).toContain("องค์การบริหารส่วนตำบลกรุงชิง");
    expect(text).not.toContain("กะหรอ");
  });
});

describe("reportAgency", () => {
  const sheet = { name: "เทศบาลตำบลนบพิตำ", province: "นครศรีธรรมราช" };
  const saved = { name: SAVED, district: "นบพิตำ", unit: "สำนักปลัด", date: "2024-12-01" };
  test("different agencies: the sheet's, with the pane's report date only", () => {
    expect(reportAgency(sheet, saved)).toEqual({
      agency: { name: "เทศบาลตำบลนบพิตำ", province: "นครศรีธรรมราช", date: "2024-12-01" },
    });
    expect(reportAgency(sheet, saved, "ask").differs).toEqual({ sheet: sheet.name, saved: SAVED });
    expect(reportAgency(sheet, saved, "saved").agency).toEqual({
      name: SAVED,
      province: "นครศรีธรรมราช",
      district: "นบพิตำ",
      unit: "สำนักปลัด",
      date: "2024-12-01",
    });
  });
  test("one agency: the sheet's details first, the pane's fill the gaps", () => {
    expect(reportAgency({ province: "ตรัง" }, saved).agency).toEqual({ ...saved, province: "ตรัง" });
    expect(reportAgency({ name: SAVED, unit: "กองคลัง" }, saved).agency.unit).toBe("กองคลัง");
    expect(reportAgency({}, {}).agency).toEqual({});
  });
});
