/**
 * The Office.js edge (src/excel) against the fake Office host: reading, writing, regenerating, rollback,
 * highlights and the number of round trips.
 */
import { createExcelGateway } from "../../src/excel";
import { HIGHLIGHTS_KEY, SETTINGS_KEY, SHEETS_KEY } from "../../src/excel/store";
import { TEMPLATE } from "../../src/core/template";
import { composeReport, inputTemplatePlan } from "../../src/report";
import { reportSheetNames } from "../../src/report/compose";
import type { AddinSettings } from "../../src/excel/api";
import type { FakeWorkbook } from "../mocks/fake-office";
import {
  allCells,
  install,
  installLongAtOffset,
  longTable,
  SEED_SCORES,
  SETTINGS,
  sheetText,
} from "./helpers";

const NAMES = reportSheetNames(2562);
const REPORT = [NAMES.analysis, NAMES.scores, NAMES.measures];

function reportSheetsOf(wb: FakeWorkbook): string[] {
  return wb.sheetNames().filter((n) => REPORT.some((r) => n.startsWith(r)));
}

describe("generate: where the scores come from", () => {
  test("from a long table at an offset in the active sheet: 3 report sheets, seed figures, 2 syncs", async () => {
    const wb = installLongAtOffset();
    const before = wb.syncCount;
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(wb.syncCount - before).toBe(2);
    expect(r.assessment?.total).toBe(76.05);
    expect(r.assessment?.level?.id).toBe("B");
    expect(r.sheetsCreated).toEqual(expect.arrayContaining(REPORT));
    expect(wb.sheetNames()).toEqual(["คะแนน", ...r.sheetsCreated]);
    expect(sheetText(wb, NAMES.analysis)).toContain("องค์การบริหารส่วนตำบลกะหรอ");
    // the report is the active sheet, A1 selected
    expect(wb.activeName()).toBe(r.sheetsCreated[0]);
    // fonts, widths, print setup, chart are written
    const a = wb.sheet(NAMES.analysis);
    expect(a.font.name).toBe("TH SarabunPSK");
    expect(a.columnWidths.size).toBeGreaterThan(0);
    expect(a.pageLayout.paperSize).toBe("A4");
    // the composer's page breaks are kept, and the sync count does not grow with them
    const planned = composeReport(r.assessment!, {
      agency: SETTINGS.agency,
      digits: SETTINGS.digits,
      threshold: SETTINGS.threshold,
      date: SETTINGS.agency.date ?? new Date().toISOString().slice(0, 10),
    }).sheets[0].pageBreaks;
    expect(planned?.length).toBeGreaterThan(0);
    expect(a.pageBreakRows).toEqual(planned);
    const charts = wb.sheets.flatMap((s) => s.charts);
    expect(charts.length).toBeGreaterThan(0);
    // cell problems would name cells of this sheet: the assessment's cells do
    expect(r.assessment?.cells["1"]).toBe("คะแนน!F6");
  });

  test("from the add-in's input template sheet", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    const gw = createExcelGateway();
    const t = await gw.createInputTemplate(SETTINGS);
    expect(t.created).toBe(true);
    // data validation on the score cells: a decimal between 0 and 100
    const scoreRows = wb
      .sheet(t.sheet)
      .validations.filter((v) => v.rect.col === TEMPLATE.table.scoreCol);
    expect(scoreRows.length).toBeGreaterThan(0);
    expect(scoreRows[0].rule).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: "Between" },
    });
    const covered = new Set(
      scoreRows.flatMap((v) => Array.from({ length: v.rect.rows }, (_, i) => v.rect.row + i))
    );
    for (let i = 0; i < TEMPLATE.table.rows.length; i++)
      expect(covered.has(TEMPLATE.table.firstRow + i)).toBe(true);
    // type the seed's scores into the template's score column
    for (const [id, , score] of SEED_SCORES) {
      const row = TEMPLATE.table.firstRow + TEMPLATE.table.rows.indexOf(id);
      wb.setCells(t.sheet, `C${row + 1}`, [[score]]);
    }
    // the user moves to another sheet: "auto" still reads the template
    wb.setActive("Sheet1");
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.assessment?.scores["10"]).toBe(93.75);
    // a threshold typed in the template that differs from the pane's is reported, the pane's wins
    const thresholdField = TEMPLATE.fields.find((f) => f.key === "threshold");
    expect(thresholdField).toBeDefined();
    const f = thresholdField as (typeof TEMPLATE.fields)[number];
    wb.setCells(t.sheet, `${String.fromCharCode(65 + f.col)}${f.row + 1}`, [[85]]);
    wb.setActive("Sheet1");
    const again = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(again.status).toBe("done");
    expect(again.assessment?.threshold).toBe(90);
    expect(again.warnings.find((w) => w.code === "threshold-differs")?.cell).toContain(t.sheet);
    expect(r.assessment?.cells["6"]).toContain(t.sheet);
  });

  test("the fiscal year comes from the sheet when the settings leave it out", async () => {
    const wb = installLongAtOffset();
    wb.setCells("คะแนน", "A1", [["ผลการประเมิน ITA ปีงบประมาณ 2562"]]);
    const settings: AddinSettings = { ...SETTINGS, fiscalYear: undefined };
    const r = await createExcelGateway().generate({ settings, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.assessment?.fiscalYear).toBe(2562);
    expect(r.assessment?.cells.fiscalYear).toBe("คะแนน!A1");
  });

  test("from the selection (a table among other data)", async () => {
    const wb = install({ sheets: [{ name: "รวม" }] });
    wb.setCells("รวม", "A1", [["หมายเหตุ", "ข้อมูลอื่น", 5, 6, 7]]);
    wb.setCells("รวม", "B10", longTable());
    wb.setSelection("รวม", "B10:D21");
    const r = await createExcelGateway().generate({
      settings: SETTINGS,
      source: { kind: "selection" },
    });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.assessment?.cells["8"]).toBe("รวม!D18");
  });

  test("a selection of whole columns reads only the used part", async () => {
    const wb = install({ sheets: [{ name: "รวม" }] });
    wb.setCells("รวม", "B10", longTable());
    wb.setSelection("รวม", "B:D");
    const r = await createExcelGateway().generate({
      settings: SETTINGS,
      source: { kind: "selection" },
    });
    expect(r.status).toBe("done");
    expect(r.assessment?.cells["1"]).toBe("รวม!D11");
  });

  test("an empty selection: a problem, nothing written", async () => {
    const wb = install({ sheets: [{ name: "รวม" }] });
    wb.setCells("รวม", "B10", longTable());
    wb.setSelection("รวม", "H1:J3");
    const snap = wb.snapshot();
    const r = await createExcelGateway().generate({
      settings: SETTINGS,
      source: { kind: "selection" },
    });
    expect(r.status).toBe("problems");
    expect(r.problems[0].code).toBe("no-table");
    expect(wb.snapshot()).toBe(snap);
  });

  test("the row picker's rows carry how many problems each has (a bad row is marked, a good one not)", async () => {
    const header = ["หน่วยงาน", "ปีงบประมาณ", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    const good = ["อบต.ดี", 2567, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100];
    const bad = ["อบต.มีปัญหา", 2567, 91, "ไม่ทราบ", 93, 94, 95, 96, 97, 98, 99, 140];
    install({ sheets: [{ name: "ภาค", cells: [header, good, bad] }] });
    const r = await createExcelGateway().generate({
      settings: { ...SETTINGS, fiscalYear: 2567 },
      source: { kind: "auto" },
    });
    expect(r.status).toBe("pick-row");
    const byLabel = (t: string) => r.rows?.find((x) => x.label.includes(t));
    expect(byLabel("อบต.ดี")?.problems).toBeUndefined();
    expect(byLabel("อบต.มีปัญหา")?.problems).toBe(2);
  });

  test("a wide sheet (a row per agency): pick-row, then the picked row", async () => {
    const header = [
      "หน่วยงาน",
      "ปีงบประมาณ",
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
      "คะแนนรวม",
    ];
    const rowA = [
      "อบต.ก",
      2562,
      94.15,
      85.43,
      87.52,
      82.58,
      87.64,
      67.05,
      70.46,
      61.37,
      55.85,
      93.75,
      76.05,
    ];
    const rowB = ["อบต.ข", 2562, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 96.55];
    const wb = install({ sheets: [{ name: "ภาค", cells: [header, rowA, rowB] }] });
    const gw = createExcelGateway();
    const first = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(first.status).toBe("pick-row");
    expect(first.rows).toHaveLength(2);
    expect(first.rows?.map((x) => x.label).join(" ")).toContain("อบต.ข");
    expect(wb.sheetNames()).toEqual(["ภาค"]);
    const pick = first.rows?.find((x) => x.label.includes("อบต.ข"));
    expect(pick).toBeDefined();
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "row", sheet: pick?.sheet ?? "", row: pick?.row ?? -1 },
    });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.assessment?.scores["1"]).toBe(91);
  });
});

describe("generate: safety", () => {
  test("input problems: nothing is written, the problem names its cell", async () => {
    const scores = SEED_SCORES.map((s) =>
      s[0] === "3" ? ([s[0], s[1], "ไม่ทราบ"] as typeof s) : s
    );
    const wb = installLongAtOffset(scores);
    const snap = wb.snapshot();
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("problems");
    expect(r.syncs).toBe(1);
    expect(r.problems.map((p) => p.cell)).toContain("คะแนน!F8");
    for (const p of r.problems) {
      expect(p.th.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
    expect(wb.snapshot()).toBe(snap);
  });

  test("agency texts typed in the pane are checked as the command line checks them: nothing written", async () => {
    const wb = installLongAtOffset();
    const snap = wb.snapshot();
    const settings: AddinSettings = {
      ...SETTINGS,
      agency: { ...SETTINGS.agency, name: "ก".repeat(100_000), district: "นบ\uFFFEพิตำ" },
    };
    const r = await createExcelGateway().generate({ settings, source: { kind: "auto" } });
    expect(r.status).toBe("problems");
    expect(r.problems.map((p) => p.code).sort()).toEqual(["text-bad-char", "text-too-long"]);
    expect(r.problems.find((p) => p.code === "text-too-long")?.th).toContain("ชื่อหน่วยงาน");
    expect(r.problems.find((p) => p.code === "text-bad-char")?.en).toContain("U+FFFE");
    expect(wb.snapshot()).toBe(snap);
  });

  test("a template date that is no real date is refused by its cell, not replaced by today", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    const gw = createExcelGateway();
    const t = await gw.createInputTemplate(SETTINGS);
    for (const [id, , score] of SEED_SCORES) {
      const row = TEMPLATE.table.firstRow + TEMPLATE.table.rows.indexOf(id);
      wb.setCells(t.sheet, `C${row + 1}`, [[score]]);
    }
    const f = TEMPLATE.fields.find((x) => x.key === "date") as (typeof TEMPLATE.fields)[number];
    const dateCell = `${String.fromCharCode(65 + f.col)}${f.row + 1}`;
    wb.setCells(t.sheet, dateCell, [["31/02/2563"]]);
    const snap = wb.snapshot();
    const settings: AddinSettings = {
      ...SETTINGS,
      agency: { ...SETTINGS.agency, date: undefined },
    };
    const r = await gw.generate({ settings, source: { kind: "auto" } });
    expect(r.status).toBe("problems");
    const p = r.problems.find((x) => x.code === "agency-date");
    expect(p?.cell).toContain(dateCell);
    expect(p?.en).toContain("31/02/2563");
    expect(wb.snapshot()).toBe(snap);
  });

  test("no table at all: a problem naming the sheet, nothing written", async () => {
    const wb = install({ sheets: [{ name: "ว่าง", cells: [["สวัสดี"]] }] });
    const snap = wb.snapshot();
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("problems");
    expect(r.problems[0].cell).toBe("ว่าง!A1");
    expect(wb.snapshot()).toBe(snap);
  });

  test.each([
    "ChartCollection.add",
    "Range.merge",
    "ConditionalFormatCollection.add",
    "Worksheet.add",
  ])("a failure during the write (%s): the sheets this run created are removed", async (op) => {
    const wb = installLongAtOffset();
    const names = wb.sheetNames();
    const userCells = JSON.stringify([...wb.sheet("คะแนน").cells.entries()]);
    wb.faults = { failOp: op };
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("failed");
    expect(r.error).toContain("Injected failure");
    expect(wb.sheetNames()).toEqual(names);
    expect(JSON.stringify([...wb.sheet("คะแนน").cells.entries()])).toBe(userCells);
    // nothing was recorded as the add-in's own
    expect(wb.settings[SHEETS_KEY] ?? []).toEqual([]);
  });

  test("the write round trip itself fails (nothing applied): nothing is left behind", async () => {
    const wb = installLongAtOffset();
    const snap = wb.snapshot();
    wb.faults = { failSync: 2 };
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("failed");
    expect(r.syncs).toBe(4); // read, write (failed), rollback probe, rollback
    expect(wb.snapshot()).toBe(snap);
  });

  test("a failed write sync during regeneration: earlier report sheets get their names back", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    const names = wb.sheetNames();
    const ids = wb.sheets.map((s) => s.id);
    wb.faults = { failOp: "ChartCollection.add" };
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("failed");
    expect(wb.sheetNames()).toEqual(names);
    expect(wb.sheets.map((s) => s.id)).toEqual(ids);
  });
});

describe("regenerating", () => {
  test("asks first, then replaces only the add-in's own unedited sheets", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    const first = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    const oldIds = first.sheetsCreated.map((n) => wb.sheet(n).id);
    const snap = wb.snapshot();

    const ask = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(ask.status).toBe("confirm-replace");
    expect(ask.sheetsReplaced?.sort()).toEqual([...first.sheetsCreated].sort());
    expect(ask.syncs).toBe(1);
    expect(wb.snapshot()).toBe(snap);

    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.sheetsCreated.sort()).toEqual([...first.sheetsCreated].sort());
    expect(reportSheetsOf(wb).sort()).toEqual([...first.sheetsCreated].sort());
    for (const n of r.sheetsCreated) expect(oldIds).not.toContain(wb.sheet(n).id);
    // still exactly one set of highlights
    expect(wb.sheet("คะแนน").conditionalFormats).toHaveLength(1);
  });

  test("records saved by another runtime (the ribbon command) are seen, not overwritten", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    // the task pane's runtime still holds the settings from before that run
    const saved = JSON.parse(JSON.stringify(wb.savedSettings)) as Record<string, unknown>;
    wb.settings = {};
    await gw.saveSettings({ ...SETTINGS, threshold: 85 });
    expect(wb.savedSettings[SHEETS_KEY]).toEqual(saved[SHEETS_KEY]);
    wb.settings = {};
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("confirm-replace");
  });

  test("a user's sheet with the report's name is never touched: another free name is used", async () => {
    const wb = installLongAtOffset();
    wb.addSheet(NAMES.analysis);
    wb.setCells(NAMES.analysis, "A1", [["งานของฉัน", 1, 2]]);
    const userSheet = JSON.stringify(wb.sheet(NAMES.analysis));
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(JSON.stringify(wb.sheet(NAMES.analysis))).toBe(userSheet);
    expect(r.sheetsCreated).toContain(`${NAMES.analysis} (2)`);
    expect(r.sheetsCreated).not.toContain(NAMES.analysis);
  });

  test("an earlier report the user edited is kept under a new name", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    wb.setCells(NAMES.measures, "A3", [["มาตรการที่ฉันเขียนเอง"]]);
    const editedId = wb.sheet(NAMES.measures).id;

    const ask = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(ask.status).toBe("confirm-replace");
    expect(ask.sheetsReplaced).not.toContain(NAMES.measures);
    expect(ask.sheetsKept).toEqual([{ from: NAMES.measures, to: `${NAMES.measures} (แก้ไข)` }]);

    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    const kept = wb.sheet(`${NAMES.measures} (แก้ไข)`);
    expect(kept.id).toBe(editedId);
    expect(sheetText(wb, kept.name)).toContain("มาตรการที่ฉันเขียนเอง");
    expect(wb.sheet(NAMES.measures).id).not.toBe(editedId);
    // the kept sheet is the user's now: a third run does not offer to replace it
    const third = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(third.sheetsKept).toEqual([]);
    expect(third.sheetsReplaced).not.toContain(kept.name);
  });

  test("a report sheet the user renamed is the user's: kept under the user's name", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    wb.sheet(NAMES.scores).name = "คะแนนของฉัน";
    const id = wb.sheet("คะแนนของฉัน").id;
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    expect(r.sheetsKept).toEqual([{ from: "คะแนนของฉัน", to: "คะแนนของฉัน" }]);
    expect(wb.sheet("คะแนนของฉัน").id).toBe(id);
    expect(wb.sheetNames()).toContain(NAMES.scores);
  });

  test("a report sheet the user deleted is forgotten (extra probe round trip, then done)", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    wb.sheets.splice(wb.sheets.indexOf(wb.sheet(NAMES.scores)), 1);
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(4);
    expect(reportSheetsOf(wb).sort()).toEqual([...REPORT].sort());
  });
});

describe("highlights", () => {
  test("are live conditional formats on the user's score cells, the user's formats untouched, and removable", async () => {
    const wb = installLongAtOffset();
    wb.cell("คะแนน", "F6")!.fill = "#00FF00"; // the user's own colour on indicator 1
    const userCf = {
      id: "user-cf",
      type: "CellValue",
      rect: { row: 0, col: 0, rows: 1, cols: 1 },
      rule: { formula1: "1", operator: "GreaterThan" },
    };
    wb.sheet("คะแนน").conditionalFormats.push(userCf);
    const gw = createExcelGateway();
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    const cfs = wb.sheet("คะแนน").conditionalFormats.filter((c) => c.id !== "user-cf");
    expect(cfs).toHaveLength(1);
    expect(cfs[0]).toMatchObject({
      type: "CellValue",
      rule: { formula1: "90", operator: "LessThan" },
    });
    // covers the ten score cells F6:F15, nothing else
    expect(cfs[0].rect).toEqual({ row: 5, col: 5, rows: 10, cols: 1 });
    expect(wb.cell("คะแนน", "F6")!.fill).toBe("#00FF00");
    expect(wb.cell("คะแนน", "F11")!.fill).toBeUndefined();

    await gw.clearHighlights();
    expect(wb.sheet("คะแนน").conditionalFormats).toEqual([userCf]);
    expect(wb.savedSettings[HIGHLIGHTS_KEY]).toEqual([]);
  });

  test("the threshold setting is the rule's value", async () => {
    const wb = installLongAtOffset();
    await createExcelGateway().generate({
      settings: { ...SETTINGS, threshold: 85 },
      source: { kind: "auto" },
    });
    expect(wb.sheet("คะแนน").conditionalFormats[0].rule?.formula1).toBe("85");
  });
});

describe("text stays text", () => {
  test("agency details starting with = + - @ are written as text, never formulas", async () => {
    const wb = installLongAtOffset();
    const settings: AddinSettings = {
      ...SETTINGS,
      agency: {
        ...SETTINGS.agency,
        name: '=HYPERLINK("http://x")',
        unit: "+กองคลัง",
        responsible: ["-กองช่าง", "@สำนักปลัด"],
      },
    };
    const r = await createExcelGateway().generate({ settings, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    let found = 0;
    for (const n of r.sheetsCreated) {
      for (const c of allCells(wb, n)) {
        expect(c.formula).toBeUndefined();
        expect(c.value).not.toBe("#NAME?");
        if (typeof c.value === "string" && /^[=+\-@]/.test(c.value)) {
          expect(c.numberFormat).toBe("@");
          found++;
        }
      }
    }
    expect(found).toBeGreaterThan(0);
    expect(allCells(wb, NAMES.analysis).some((c) => String(c.value).includes("=HYPERLINK"))).toBe(
      true
    );
  });
});

describe("round trips", () => {
  test("exactly 2 syncs for a short and a long report", async () => {
    const high = SEED_SCORES.map(([id, name]) => [id, name, 96] as [string, string, number]);
    const low = SEED_SCORES.map(([id, name], i) => [id, name, 50 + i] as [string, string, number]);
    const rows: number[] = [];
    for (const scores of [high, low]) {
      const wb = installLongAtOffset(scores);
      const r = await createExcelGateway().generate({
        settings: SETTINGS,
        source: { kind: "auto" },
      });
      expect(r.status).toBe("done");
      expect(r.syncs).toBe(2);
      rows.push(wb.values(NAMES.analysis).length + wb.values(NAMES.measures).length);
    }
    // the two reports really differ in length
    expect(rows[1]).toBeGreaterThan(rows[0]);
  });
});

describe("other gateway calls", () => {
  test("checkSupport names the missing requirement sets", () => {
    install({ apiVersion: 8 });
    const s = createExcelGateway().checkSupport();
    expect(s.ok).toBe(false);
    expect(s.missing.join(" ")).toContain("ExcelApi 1.9");
    expect(s.missing.join(" ")).not.toContain("ExcelApi 1.8");
    install({ apiVersion: 9 });
    expect(createExcelGateway().checkSupport()).toEqual({ ok: true, missing: [] });
  });

  test("settings are saved with the document and read back", async () => {
    const wb = install({});
    const gw = createExcelGateway();
    expect(gw.loadSettings()).toBeNull();
    await gw.saveSettings(SETTINGS);
    expect(wb.savedSettings[SETTINGS_KEY]).toEqual(SETTINGS);
    expect(gw.loadSettings()).toEqual(SETTINGS);
  });

  test("selectCell activates the sheet and selects the cell of a problem", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }, { name: "ข้อมูล ITA" }] });
    await createExcelGateway().selectCell("'ข้อมูล ITA'!C18");
    expect(wb.activeName()).toBe("ข้อมูล ITA");
    expect(wb.selectionAddress()).toBe("'ข้อมูล ITA'!C18");
  });

  test("the input template and the phrase sheet never overwrite an existing sheet", async () => {
    const name = inputTemplatePlan({ fiscalYear: 2562 }).name;
    const wb = install({ sheets: [{ name, cells: [["ของผู้ใช้"]] }] });
    const before = JSON.stringify(wb.sheet(name));
    const gw = createExcelGateway();
    const t = await gw.createInputTemplate(SETTINGS);
    expect(t).toEqual({ sheet: name, created: false });
    expect(JSON.stringify(wb.sheet(name))).toBe(before);

    const p = await gw.createPhraseSheet();
    expect(p.created).toBe(true);
    expect(wb.values(p.sheet).length).toBeGreaterThan(10);
    const again = await gw.createPhraseSheet();
    expect(again).toEqual({ sheet: p.sheet, created: false });
  });

  test("an edited phrase sheet is used by generate", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    const p = await gw.createPhraseSheet();
    const values = wb.values(p.sheet);
    const row = values.findIndex((r) => typeof r[1] === "string" && (r[1] as string).length > 40);
    expect(row).toBeGreaterThan(0);
    wb.setCells(p.sheet, `B${row + 1}`, [["ข้อความที่หน่วยงานเขียนเองเพื่อทดสอบ"]]);
    wb.setActive("คะแนน");
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    const text = r.sheetsCreated.map((n) => sheetText(wb, n)).join("\n");
    expect(text).toContain("ข้อความที่หน่วยงานเขียนเองเพื่อทดสอบ");
  });
});
