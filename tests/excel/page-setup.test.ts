/**
 * The Office.js writer applies the plan's print layout as the .xlsx writer does: margins, A4 at 100 %,
 * the "- n -" header with none on the cover, page numbers running on, and the planned page breaks.
 */
import { createExcelGateway } from "../../src/excel";
import { composeReport } from "../../src/report";
import { reportSheetNames } from "../../src/report/compose";
import { DEFAULT_PRINT } from "../../src/report/layout";
import { installLongAtOffset, SETTINGS } from "./helpers";

test("the report sheets get the plan's page setup in Office.js", async () => {
  const wb = installLongAtOffset();
  const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
  expect(r.status).toBe("done");
  const plan = composeReport(r.assessment!, {
    agency: SETTINGS.agency,
    digits: SETTINGS.digits,
    threshold: SETTINGS.threshold,
    date: SETTINGS.agency.date ?? new Date().toISOString().slice(0, 10),
  });
  const names = reportSheetNames(2562);
  [names.analysis, names.scores, names.measures].forEach((name, i) => {
    const s = wb.sheet(name);
    const p = plan.sheets[i].print;
    expect(s.pageLayout.leftMargin).toBeCloseTo(DEFAULT_PRINT.margins.left * 72);
    expect(s.pageLayout.rightMargin).toBeCloseTo(DEFAULT_PRINT.margins.right * 72);
    expect(s.pageLayout.topMargin).toBeCloseTo(DEFAULT_PRINT.margins.top * 72);
    expect(s.pageLayout.bottomMargin).toBeCloseTo(DEFAULT_PRINT.margins.bottom * 72);
    expect(s.pageLayout.zoom).toEqual({ scale: 100 });
    expect(s.pageLayout.firstPageNumber).toBe(p.firstPageNumber);
    expect(s.centerHeader).toBe('&"TH SarabunPSK,Regular"&16- &P -');
    expect(s.headerState).toBe(i === 0 ? "FirstAndDefault" : undefined);
    expect(s.pageBreakRows ?? []).toEqual(plan.sheets[i].pageBreaks ?? []);
    const rr = p.repeatRows;
    expect(s.printTitleRows).toBe(rr ? `$${rr.from + 1}:$${rr.to + 1}` : undefined);
  });
});
