/**
 * Browser entry served in place of Office.js by the browser test: installs the fake Office host
 * (tests/mocks/fake-office.ts) on window with a prepared workbook and exposes it as window.__fakeWorkbook.
 *
 * The test picks the workbook with window.__itaFakeSetup (set by page.addInitScript before the page loads):
 *   { scenario: "seed" | "bad-score" | "wide" | "many", displayLanguage?: string, apiVersion?: number,
 *     ribbonProblem?: string, savedSettings?: object, agencies?: number }
 * ribbonProblem: the document carries a last ribbon run that stopped on a problem at that cell.
 * savedSettings: the add-in's options as saved with the document by an earlier session.
 * "wide": a sheet with a row per agency (agency | fiscal year | indicators 1-8, 10.1, 10.2 | OIT), for picking one.
 * "many": the same layout with `agencies` rows (default 1,999: with its header, the 2,000 rows the gateway
 * reads), named "<type><place> <n>", the seed's scores shifted a little per row.
 * "seed": the seed report's scores (tests/fixtures/seed.json) in a user's sheet, a title above the table and
 * the table starting at A3: indicator number | Thai name | score, with 10.1 and 10.2, then the typed OIT.
 * "bad-score": the same with indicator 3's score typed as words.
 */
import { getProfile } from "../../src/core/profiles";
import seed from "../fixtures/seed.json";
import { LAST_RUN_KEY, SETTINGS_KEY } from "../../src/excel/store";
import { installFakeOffice } from "../mocks/fake-office";

export const USER_SHEET = "คะแนน ITA";
/** The table's top-left corner in the user's sheet (0-based row 2 = Excel row 3). */
export const TABLE_ROW = 2;

interface Setup {
  scenario?: "seed" | "bad-score" | "wide" | "many";
  agencies?: number;
  displayLanguage?: string;
  apiVersion?: number;
  ribbonProblem?: string;
  savedSettings?: Record<string, unknown>;
}

type FakeWindow = Window & {
  __itaFakeSetup?: Setup;
  __fakeWorkbook?: unknown;
  __userSheet?: string;
};

const w = window as FakeWindow;
const setup: Setup = w.__itaFakeSetup ?? {};
const profile = getProfile(seed.fiscalYear);
const names = new Map(
  [...profile.indicators, ...profile.subIndicators].map((d) => [d.id, d.nameTh])
);

function longTable(): unknown[][] {
  const cells: unknown[][] = [
    [`ผลคะแนน ITA ปีงบประมาณ ${seed.fiscalYear}`, null, null],
    [null, null, null],
    ["ตัวชี้วัด", "ชื่อตัวชี้วัด", "คะแนน"],
  ];
  for (const [id, score] of Object.entries(seed.indicators)) {
    const value = setup.scenario === "bad-score" && id === "3" ? "แปดสิบเจ็ด" : score;
    cells.push([id, names.get(id) ?? "", value]);
  }
  // The typed OIT score, labelled in the name column (the number column is empty for a tool row).
  cells.push([null, "OIT", seed.oit]);
  return cells;
}

/** A row per agency: the seed's agency, then a second one with every score 5 points higher (capped at 100). */
function wideTable(): unknown[][] {
  const ids = Object.keys(seed.indicators);
  const header = ["หน่วยงาน", "ปีงบประมาณ", ...ids.map((id) => `ตัวชี้วัดที่ ${id}`), "OIT"];
  const scores = ids.map((id) => seed.indicators[id as keyof typeof seed.indicators]);
  const other = scores.map((v) => Math.min(100, Math.round((v + 5) * 100) / 100));
  return [
    header,
    [seed.agency.name, seed.fiscalYear, ...scores, seed.oit],
    ["เทศบาลตำบลตัวอย่าง", seed.fiscalYear, ...other, 80],
  ];
}

/** `n` agencies in a row each, with varied names, for the row picker at scale. */
function manyTable(n: number): unknown[][] {
  const ids = Object.keys(seed.indicators);
  const header = ["หน่วยงาน", "ปีงบประมาณ", ...ids.map((id) => `ตัวชี้วัดที่ ${id}`), "OIT"];
  const types = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง"];
  const places = ["กะหรอ", "นบพิตำ", "ท่าแซะ", "ตัวอย่าง", "บางใหญ่", "หนองบัว", "ดอนสัก"];
  const rows: unknown[][] = [header];
  for (let i = 1; i <= n; i++) {
    const shift = (i % 9) - 4;
    const scores = ids.map((id) => {
      const v = seed.indicators[id as keyof typeof seed.indicators] + shift;
      return Math.max(0, Math.min(100, Math.round(v * 100) / 100));
    });
    const name = `${types[i % types.length]}${places[i % places.length]} ${i}`;
    rows.push([name, seed.fiscalYear, ...scores, seed.oit]);
  }
  return rows;
}

const cells =
  setup.scenario === "wide"
    ? wideTable()
    : setup.scenario === "many"
      ? manyTable(setup.agencies ?? 1999)
      : longTable();
const settings: Record<string, unknown> = {};
if (setup.savedSettings) settings[SETTINGS_KEY] = setup.savedSettings;
if (setup.ribbonProblem) {
  settings[LAST_RUN_KEY] = {
    at: "2026-11-24T08:30:00.000Z",
    status: "problems",
    problems: [
      {
        code: "not-number",
        th: "คะแนนตัวชี้วัดที่ 3 ไม่ใช่ตัวเลข",
        en: "Indicator 3's score is not a number",
        cell: setup.ribbonProblem,
      },
    ],
    warnings: [],
    sheetsCreated: [],
  };
}

w.__userSheet = USER_SHEET;
w.__fakeWorkbook = installFakeOffice(window as unknown as Record<string, unknown>, {
  sheets: [{ name: USER_SHEET, cells }],
  active: USER_SHEET,
  displayLanguage: setup.displayLanguage ?? "th-TH",
  ...(setup.apiVersion !== undefined ? { apiVersion: setup.apiVersion } : {}),
  settings,
});
