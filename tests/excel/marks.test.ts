/**
 * The add-in's marks, edit detection and replacement planning (src/excel/marks.ts) in plain data, without
 * the fake host.
 */
import {
  freeName,
  markedSheets,
  ownState,
  planReplacement,
  recordsToAdopt,
  sheetOfReference,
  type OwnState,
} from "../../src/excel/marks";
import { hashFormats, hashGrid } from "../../src/excel/fingerprint";
import { nameComment, type OwnSheetRecord } from "../../src/excel/store";

const VALUES = [
  ["รายงาน", ""],
  ["คะแนน", 76.05],
];
const PROPS = [[{ format: { rowHeight: 20, fill: { color: "#FFFFFF" }, font: {} } }]];

function rec(over: Partial<OwnSheetRecord> = {}): OwnSheetRecord {
  return {
    key: "_ITA.s.run.0",
    name: "วิเคราะห์ผล ITA 2562",
    role: "analysis",
    fiscalYear: 2562,
    hash: hashGrid(VALUES),
    rows: 2,
    cols: 2,
    fmt: hashFormats(PROPS),
    charts: 0,
    ...over,
  };
}

function seen(over: Partial<Parameters<typeof ownState>[1]> = {}): Parameters<typeof ownState>[1] {
  return {
    name: "วิเคราะห์ผล ITA 2562",
    id: "{1}",
    values: VALUES,
    used: { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 2 },
    props: PROPS,
    charts: 0,
    ...over,
  };
}

describe("ownState: was the add-in's sheet edited?", () => {
  test("exactly as written: not edited", () => {
    expect(ownState(rec(), seen())).toMatchObject({ edited: false, changes: [] });
  });
  test("a value, a cell beyond the area, a fill, a chart, a new name: each an edit", () => {
    const changed = [
      ["รายงาน", ""],
      ["คะแนน", 80],
    ];
    expect(ownState(rec(), seen({ values: changed })).changes).toEqual(["values"]);
    const wider = { rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 };
    expect(ownState(rec(), seen({ used: wider })).changes).toEqual(["values"]);
    const filled = [[{ format: { rowHeight: 20, fill: { color: "#FF0000" }, font: {} } }]];
    expect(ownState(rec(), seen({ props: filled })).changes).toEqual(["format"]);
    expect(ownState(rec(), seen({ charts: 1 })).changes).toEqual(["charts"]);
    expect(ownState(rec(), seen({ name: "ของฉัน" })).changes).toEqual(["renamed"]);
  });
  test("a record without the formatting fingerprint cannot prove the sheet untouched", () => {
    expect(ownState(rec({ fmt: undefined }), seen()).edited).toBe(true);
  });
});

describe("marks among the defined names", () => {
  test("a reference's sheet, or null for a deleted one", () => {
    expect(sheetOfReference("='ชื่อ แผ่นงาน'!$A$1:$C$3")).toBe("ชื่อ แผ่นงาน");
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
    expect(sheetOfReference(42)).toBeNull();
  });
  test("only the add-in's names, with their state; done but unlisted ones are adopted", () => {
    const comment = nameComment({
      role: "scores",
      fiscalYear: 2562,
      hash: "abc",
      rows: 3,
      cols: 4,
      state: "done",
    });
    const marked = markedSheets([
      { name: "_ITA.s.a.0", value: "='คะแนน ITA 2562'!$A$1:$D$3", comment },
      { name: "_ITA.s.b.0", value: "=#REF!", comment: "" },
      { name: "Print_Area", value: "=Sheet1!$A$1", comment: "" },
    ]);
    expect(marked.map((m) => [m.key, m.sheet, m.state])).toEqual([
      ["_ITA.s.a.0", "คะแนน ITA 2562", "done"],
      ["_ITA.s.b.0", null, "unknown"],
    ]);
    expect(recordsToAdopt(marked, [])).toEqual([
      {
        key: "_ITA.s.a.0",
        name: "คะแนน ITA 2562",
        role: "scores",
        fiscalYear: 2562,
        hash: "abc",
        rows: 3,
        cols: 4,
      },
    ]);
    expect(recordsToAdopt(marked, [rec({ key: "_ITA.s.a.0" })])).toEqual([]);
  });
});

describe("planReplacement", () => {
  const state = (name: string, edited: boolean, recName = name, id = name): OwnState => ({
    rec: rec({ key: `_ITA.s.${id}`, name: recName }),
    name,
    id,
    edited,
    changes: edited ? ["values"] : [],
  });

  test("unedited earlier sheets are replaced and their names reused", () => {
    const p = planReplacement(["รายงาน"], [state("รายงาน", false)], ["ข้อมูล", "รายงาน"]);
    expect(p.replace.map((o) => o.name)).toEqual(["รายงาน"]);
    expect(p.names).toEqual(["รายงาน"]);
    expect(p.sheetsReplaced).toEqual(["รายงาน"]);
    expect(p.keep).toEqual([]);
  });

  test("an edited one is kept beside the new one as '(แก้ไข)'; one the user renamed keeps its name", () => {
    const p = planReplacement(
      ["รายงาน", "คะแนน"],
      [state("รายงาน", true), state("คะแนนของฉัน", true, "คะแนน")],
      ["รายงาน", "คะแนนของฉัน"]
    );
    expect(p.names).toEqual(["รายงาน", "คะแนน"]);
    expect(p.sheetsKept).toEqual([
      { from: "รายงาน", to: "รายงาน (แก้ไข)" },
      { from: "คะแนนของฉัน", to: "คะแนนของฉัน" },
    ]);
    expect(p.replace).toEqual([]);
  });

  test("a user's sheet with the wanted name is never taken: the new sheet gets a free name", () => {
    const p = planReplacement(["รายงาน"], [], ["รายงาน", "รายงาน (2)"]);
    expect(p.names).toEqual(["รายงาน (3)"]);
  });

  test("orphans move out of the way and are listed with the replaced sheets", () => {
    const p = planReplacement(
      ["รายงาน"],
      [],
      ["รายงาน"],
      [{ key: "_ITA.s.x.0", sheet: "รายงาน", id: "{9}" }]
    );
    expect(p.names).toEqual(["รายงาน"]);
    expect(p.sheetsReplaced).toEqual(["รายงาน"]);
  });

  test("freeName: at most 31 characters, no character Excel refuses", () => {
    const long = "ก".repeat(40);
    const n = freeName(long, new Set([long.slice(0, 31).toLowerCase()]));
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n.endsWith(" (2)")).toBe(true);
    expect(freeName("a/b:c", new Set())).toBe("a b c");
  });
});
