/**
 * Issue 9 (Office.js half): state that survives closing the workbook, writes that never lose anything,
 * input read as the user sees it. Each test models what real Excel does in the fake host (reopen changes
 * sheet and conditional-format ids; a co-author adds a sheet mid-write; a protected sheet refuses formats).
 */
import { createExcelGateway } from "../../src/excel";
import { reportSheetNames } from "../../src/report/compose";
import { planLimitProblems } from "../../src/report/limits";
import type { SheetPlan } from "../../src/report/plan";
import type { FakeWorkbook } from "../mocks/fake-office";
import {
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

function ours(wb: FakeWorkbook) {
  return wb.sheet("คะแนน").conditionalFormats.filter((c) => c.id !== "user-cf");
}

describe("state survives closing and reopening the workbook", () => {
  test("the fake host changes sheet and conditional format ids on reopen, keeps the saved settings", async () => {
    const wb = installLongAtOffset();
    await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    const ids = wb.sheets.map((s) => s.id);
    const cfIds = ours(wb).map((c) => c.id);
    wb.settings = { junk: 1 };
    wb.reopen();
    for (const s of wb.sheets) expect(ids).not.toContain(s.id);
    for (const c of ours(wb)) expect(cfIds).not.toContain(c.id);
    expect(wb.settings).toEqual(wb.savedSettings);
  });

  test("regenerate after reopen replaces the add-in's own sheets (no '(2)' copies)", async () => {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    const first = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(first.status).toBe("done");
    wb.reopen();
    const ask = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(ask.status).toBe("confirm-replace");
    expect(ask.sheetsReplaced?.sort()).toEqual([...REPORT].sort());
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(reportSheetsOf(wb).sort()).toEqual([...REPORT].sort());
    // one set of highlights: the old one (new ids after reopen) was removed
    expect(ours(wb)).toHaveLength(1);
  });

  test("clear highlights after reopen removes the add-in's highlights, not the user's", async () => {
    const wb = installLongAtOffset();
    const userCf = {
      id: "user-cf",
      type: "CellValue",
      rect: { row: 5, col: 5, rows: 10, cols: 1 },
      rule: { formula1: "50", operator: "LessThan" },
    };
    wb.sheet("คะแนน").conditionalFormats.push(userCf);
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(ours(wb)).toHaveLength(1);
    wb.reopen();
    const userAfter = wb.sheet("คะแนน").conditionalFormats.find((c) => c.rule?.formula1 === "50");
    await gw.clearHighlights();
    expect(wb.sheet("คะแนน").conditionalFormats).toEqual([userAfter]);
  });

  test("after reopen, a sheet now holding an old positional id is never taken for the add-in's", async () => {
    const wb = installLongAtOffset();
    wb.reopen(); // positional ids from now on
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    // the user deletes the reports, adds own sheets, and reopens: ids are reassigned by position
    for (const n of REPORT) wb.sheets.splice(wb.sheets.indexOf(wb.sheet(n)), 1);
    wb.addSheet("ของฉัน 1");
    wb.addSheet("ของฉัน 2");
    wb.addSheet("ของฉัน 3");
    wb.setCells("ของฉัน 2", "A1", [["งานของฉัน"]]);
    wb.reopen();
    const mine = JSON.stringify(["ของฉัน 1", "ของฉัน 2", "ของฉัน 3"].map((n) => wb.sheet(n)));
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    expect(JSON.stringify(["ของฉัน 1", "ของฉัน 2", "ของฉัน 3"].map((n) => wb.sheet(n)))).toBe(mine);
    expect(r.sheetsCreated.sort()).toEqual([...REPORT].sort());
    // none of the user's sheets is listed as an earlier report of the add-in
    expect(r.sheetsKept ?? []).toEqual([]);
    expect(r.sheetsReplaced ?? []).toEqual([]);
  });

  test("the input template is still found after reopen", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    const gw = createExcelGateway();
    const t = await gw.createInputTemplate(SETTINGS);
    const { TEMPLATE } = await import("../../src/core/template");
    for (const [id, , score] of SEED_SCORES) {
      const row = TEMPLATE.table.firstRow + TEMPLATE.table.rows.indexOf(id);
      wb.setCells(t.sheet, `C${row + 1}`, [[score]]);
    }
    wb.setActive("Sheet1");
    wb.reopen();
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.assessment?.cells["6"]).toContain(t.sheet);
    // and a second template is not made beside it
    const again = await gw.createInputTemplate(SETTINGS);
    expect(again.created).toBe(false);
  });
});

describe("rollback removes only what this run added", () => {
  test("a sheet a co-author added during the write survives the rollback", async () => {
    const wb = installLongAtOffset();
    // the co-author's sheet appears between the read and the write round trip
    const origBegin = wb.beginSync.bind(wb);
    let n = 0;
    wb.beginSync = () => {
      n++;
      if (n === 2) {
        wb.addSheet("ของผู้ร่วมแก้ไข");
        wb.setCells("ของผู้ร่วมแก้ไข", "A1", [["ข้อมูลสำคัญ"]]);
      }
      origBegin();
    };
    wb.faults = { failOp: "ChartCollection.add" };
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("failed");
    expect(wb.sheetNames()).toEqual(["คะแนน", "ของผู้ร่วมแก้ไข"]);
    expect(sheetText(wb, "ของผู้ร่วมแก้ไข")).toContain("ข้อมูลสำคัญ");
  });

  test("a failed rollback leaves sheets recognisable as the add-in's, and the next run cleans them", async () => {
    const wb = installLongAtOffset();
    // the write fails part-way, and the rollback's round trips fail too
    wb.faults = { failOp: "ChartCollection.add" };
    const origBegin = wb.beginSync.bind(wb);
    let n = 0;
    wb.beginSync = () => {
      n++;
      if (n >= 3) throw Object.assign(new Error("connection lost"), { code: "GeneralException" });
      origBegin();
    };
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("failed");
    const orphans = reportSheetsOf(wb);
    expect(orphans.length).toBeGreaterThan(0);
    wb.beginSync = origBegin;
    wb.reopen();
    const gw = createExcelGateway();
    const ask = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(ask.status).toBe("confirm-replace");
    expect(ask.sheetsReplaced?.sort()).toEqual([...orphans].sort());
    const again = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(again.error).toBeUndefined();
    expect(again.status).toBe("done");
    expect(reportSheetsOf(wb).sort()).toEqual([...REPORT].sort());
  });
});

describe("regeneration notices formatting-only changes", () => {
  async function generated() {
    const wb = installLongAtOffset();
    const gw = createExcelGateway();
    await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    return { wb, gw };
  }
  test.each([
    [
      "a fill colour",
      (wb: FakeWorkbook) => {
        wb.cell(NAMES.analysis, "A1")!.fill = "#FFFF00";
      },
    ],
    [
      "a row height",
      (wb: FakeWorkbook) => {
        wb.sheet(NAMES.analysis).rowHeights.set(3, 60);
      },
    ],
    [
      "a chart of the user's",
      (wb: FakeWorkbook) => {
        wb.sheet(NAMES.measures).charts.push({
          id: "user-chart",
          name: "ของฉัน",
          type: "Pie",
          source: "A1:A3",
          seriesBy: "Auto",
          series: [],
        });
      },
    ],
  ])("%s: the sheet is kept, not replaced", async (_what, change) => {
    const { wb, gw } = await generated();
    change(wb);
    const changed = wb.sheetNames().find((n) => n === NAMES.analysis || n === NAMES.measures);
    const target = wb.sheets.find(
      (s) =>
        s.cells.get("0,0")?.fill === "#FFFF00" ||
        s.rowHeights.get(3) === 60 ||
        s.charts.some((c) => c.id === "user-chart")
    )!;
    expect(changed).toBeDefined();
    const targetName = target.name;
    const ask = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(ask.status).toBe("confirm-replace");
    expect(ask.sheetsReplaced).not.toContain(targetName);
    expect(ask.sheetsKept?.map((k) => k.from)).toEqual([targetName]);
    const before = JSON.stringify({ ...target, id: undefined, name: undefined });
    const r = await gw.generate({
      settings: SETTINGS,
      source: { kind: "auto" },
      confirmReplace: true,
    });
    expect(r.status).toBe("done");
    const kept = wb.sheet(`${targetName} (แก้ไข)`);
    expect(JSON.stringify({ ...kept, id: undefined, name: undefined })).toBe(before);
  });
});

describe("protected input sheet", () => {
  test("the report is written, highlights are skipped with a warning", async () => {
    const wb = installLongAtOffset();
    wb.sheet("คะแนน").protection = { protected: true };
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.sheetsCreated.sort()).toEqual([...REPORT].sort());
    expect(wb.sheet("คะแนน").conditionalFormats).toEqual([]);
    const w = r.warnings.find((x) => x.code === "highlights-protected");
    expect(w?.th).toMatch(/ป้องกัน/);
    expect(w?.en).toMatch(/protected/);
  });
});

describe("percent-formatted scores are read as the user sees them", () => {
  test("0.9415 shown as 94.15 % is 94.15", async () => {
    const pct = SEED_SCORES.map(
      ([id, name, s]) => [id, name, Number(s) / 100] as [string, string, number]
    );
    const wb = installLongAtOffset(pct);
    // format the score column (F6:F15 and the OIT row) as percent, as a user would
    for (let r = 6; r <= 15; r++) wb.cell("คะแนน", `F${r}`)!.numberFormat = "0.00%";
    expect(wb.cell("คะแนน", "F16")!.value).toBe(74.8); // OIT typed plainly, General
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.assessment?.scores["1"]).toBe(94.15);
    expect(r.assessment?.total).toBe(76.05);
    expect(r.assessment?.level?.id).toBe("B");
  });
});

describe("large sheets are read within bounds", () => {
  test("a sheet larger than the read window is refused with a message naming the sheet", async () => {
    const wb = install({ sheets: [{ name: "ใหญ่" }] });
    wb.setCells("ใหญ่", "A1", longTable());
    wb.setCells("ใหญ่", "A60000", [["ข้อมูลท้ายแผ่นงาน"]]);
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    // the table in the first rows is still found, and the user is told what was not read
    expect(r.status).toBe("done");
    const w = r.warnings.find((x) => x.code === "sheet-too-large");
    expect(w?.en).toContain("ใหญ่");
    expect(w?.th).toContain("ใหญ่");
  });
});

describe("number-like text stays text (Excel parses what is written to values as if typed)", () => {
  const TOKENS = [
    "1E5",
    "1 1/2",
    "#N/A",
    "TRUE",
    "Jan 1",
    "12 PM",
    "'ฝ่ายบริหาร",
    "=SUM(A1)",
    "1/2",
    "(5)",
    "$5",
    "๑๒",
    "10.1",
  ];
  test.each(TOKENS)("%s is written and read back as exactly that text", async (token) => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    const { phraseSheetPlan } = await import("../../src/report");
    const { writePlan } = await import("../../src/excel/writePlan");
    const plan = {
      ...phraseSheetPlan(),
      name: "ทดสอบ",
      rows: [{ cells: [{ value: token }, { value: `ข้อความยาว ${token}` }] }],
      merges: [],
      charts: [],
      validations: [],
      pageBreaks: [],
    };
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (ctx) => {
      writePlan(ctx, [plan]);
      await ctx.sync();
    });
    const c = wb.cell("ทดสอบ", "A1")!;
    expect(c.value).toBe(token);
    expect(c.isError).toBeFalsy();
    expect(c.formula).toBeUndefined();
  });
});

describe("Excel's 32,767-character cell limit", () => {
  test("an absurd agency name is refused by name before anything is written", async () => {
    const wb = installLongAtOffset();
    const snap = wb.snapshot();
    const r = await createExcelGateway().generate({
      settings: { ...SETTINGS, agency: { ...SETTINGS.agency, name: "ก".repeat(40000) } },
      source: { kind: "auto" },
    });
    expect(r.status).toBe("problems");
    // The pane's fields are capped (300 characters) before any plan is made.
    const p = r.problems.find((x) => x.code === "text-too-long");
    expect(p?.th).toContain("ชื่อหน่วยงาน");
    expect(p?.en).toContain("agency name");
    expect(wb.snapshot()).toBe(snap);
  });

  test("a plan cell past 32,767 characters is named before the write (the gateway's last check)", () => {
    const plan = {
      role: "analysis",
      name: "วิเคราะห์ผล ITA 2562",
      font: { name: "TH SarabunPSK", size: 16 },
      columns: [10],
      rows: [{ cells: [{ value: "ok" }] }, { cells: [{ value: "ก".repeat(32768) }] }],
      merges: [],
      charts: [],
      print: {
        paper: "A4",
        orientation: "portrait",
        margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 },
        fitToWidth: true,
      },
    } as unknown as SheetPlan;
    const problems = planLimitProblems([plan]);
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe("cell-too-long");
    expect(problems[0].en).toMatch(/32,767/);
    expect(problems[0].th).toMatch(/32,767/);
    expect(problems[0].cell).toMatch(/!A2$/);
    plan.rows[1].cells[0].value = "ก".repeat(32767);
    expect(planLimitProblems([plan])).toEqual([]);
  });
});

describe("the compact write batch still writes the whole plan", () => {
  test("row heights, borders, fills, wraps and widths of the seed report are all in the workbook", async () => {
    const wb = installLongAtOffset();
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    const { composeReport } = await import("../../src/report");
    const plan = composeReport(r.assessment!, {
      agency: SETTINGS.agency,
      digits: SETTINGS.digits,
      threshold: SETTINGS.threshold,
      date: SETTINGS.agency.date!,
    });
    const { charsToPoints } = await import("../../src/excel/fingerprint");
    let checked = 0;
    for (const sp of plan.sheets.filter((s) => REPORT.includes(s.name))) {
      const sheet = wb.sheet(sp.name);
      sp.columns.forEach((w, c) =>
        // Width 0 is a hidden column (the chart's threshold data), not a width.
        w > 0
          ? expect(sheet.columnWidths.get(c)).toBe(charsToPoints(w))
          : expect(sheet.hiddenColumns.has(c)).toBe(true)
      );
      sp.rows.forEach((row, ri) => {
        if (row.height) expect(sheet.rowHeights.get(ri)).toBe(row.height);
        row.cells.forEach((cell, ci) => {
          const st = cell?.style;
          if (!st) return;
          const got = sheet.cells.get(`${ri},${ci}`);
          if (st.border)
            for (const side of ["top", "bottom", "left", "right"])
              expect(got?.borders[side]?.style).toBe("Continuous");
          if (st.fill) expect(got?.fill).toBe(st.fill);
          if (st.wrap) expect(got?.wrap).toBe(true);
          if (st.bold) expect(got?.font.bold).toBe(true);
          if (st.hAlign) expect(got?.hAlign?.toLowerCase()).toBe(st.hAlign);
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the same rules on the .xlsx side", () => {
  test("src/xlsx/read.ts reads percent-formatted scores as shown (ExcelJS numFmt)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { readInputFromWorkbook } = await import("../../src/xlsx/read");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("คะแนน");
    longTable().forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        const isScore = c === 2 && r >= 1 && r <= SEED_SCORES.length;
        cell.value = isScore ? Number(v) / 100 : (v as string | number);
        if (isScore) cell.numFmt = "0.00%";
      })
    );
    const input = readInputFromWorkbook(wb);
    expect(input.problems).toEqual([]);
    const one = input.raw?.indicators.find((e) => e.id === "1");
    expect(one?.value).toBe(94.15);
  });

  test("the .xlsx writer refuses a plan with an oversize cell by name, before adding anything", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { writePlanToWorkbook } = await import("../../src/xlsx/write");
    const { phraseSheetPlan } = await import("../../src/report");
    const { ExcelLimitError } = await import("../../src/report/limits");
    const wb = new ExcelJS.Workbook();
    const plan = { ...phraseSheetPlan(), rows: [{ cells: [{ value: "x".repeat(32768) }] }] };
    expect(() => writePlanToWorkbook(wb, [plan])).toThrow(ExcelLimitError);
    expect(() => writePlanToWorkbook(wb, [plan])).toThrow(/32,767/);
    expect(wb.worksheets).toHaveLength(0);
    // 32,767 exactly is allowed
    const ok = { ...plan, rows: [{ cells: [{ value: "x".repeat(32767) }] }] };
    expect(() => writePlanToWorkbook(wb, [ok])).not.toThrow();
  });

  test("the confirm step says what would be lost (nothing of the user's), in Thai and English", async () => {
    const { STRINGS } = await import("../../src/taskpane/i18n");
    const th = STRINGS.th.confirmBody;
    const en = STRINGS.en.confirmBody;
    expect(th).toMatch(/รูปแบบ/);
    expect(th).toMatch(/แผนภูมิ/);
    expect(th).toMatch(/แก้ไข/);
    expect(en).toMatch(/formatting/);
    expect(en).toMatch(/chart/);
    expect(en).toMatch(/nothing of yours is lost/);
  });
});
