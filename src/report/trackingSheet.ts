/**
 * The tracking sheet (`ติดตามมาตรการ ITA <year>`) as a SheetPlan: the officer's workspace for carrying the
 * measures out. Fields above the table (agency, round with a drop-down, report date, the ITA result the
 * measures came from, where they were published), then one row per measure with the columns of
 * TRACK_COLUMNS; the status column has a drop-down of the three statuses. Values the officer typed are
 * written back as they were (a text starting with "=" stays text). No row has a fixed height: the rows
 * grow with their text.
 */
import type { AgencyDetails } from "../core/types";
import { TRACK_COLUMNS, TRACK_STATUSES, type TrackRound } from "../core/tracking";
import {
  ROUND_TEXT,
  TRACK_FIELDS,
  trackingSheetName,
  type TrackFieldKey,
  type TrackRowValues,
} from "../core/trackingGrid";
import type { CellStyle, PlanCell, PlanRow, SheetPlan } from "./plan";
import { DEFAULT_PRINT, HEADER_FILL, REPORT_FONT } from "./layout";

const INPUT_FILL = "#FFF2CC";
/** Column widths (Excel character units): the measure, then the other ten columns. */
const WIDTHS = [42, 18, 26, 20, 30, 26, 11, 12, 30, 22, 22];
const TABLE_SIZE = 14;

export interface TrackingSeed {
  measuresYear: number;
  round: TrackRound;
  /** ISO date of the report, when known. */
  date?: string;
  agency: Partial<AgencyDetails>;
  lastResult?: { fiscalYear: number; total: number | null; level: string | null };
  published?: string;
  /** Field values the officer typed in an earlier tracking sheet: kept over the seed's. */
  typed?: Partial<Record<TrackFieldKey, unknown>>;
}

/** "2020-04-10" -> "10/4/2563": the form the grid reader reads back (isoDateFromCell) and officers type. */
function dayMonthYearBE(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y + 543}`;
}

function titleOf(year: number): string {
  return `ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year}`;
}

/** The tracking sheet for the seed's measures year with the given table rows. */
export function trackingSheetPlan(seed: TrackingSeed, rows: TrackRowValues[]): SheetPlan {
  const plan: PlanRow[] = [];
  const text = (value: string | number | null, style?: CellStyle): PlanCell =>
    style ? { value, style } : { value };
  plan.push({ cells: [text(titleOf(seed.measuresYear), { bold: true, size: 18, wrap: true })] });
  plan.push({
    cells: [
      text(
        'กรอกผลการดำเนินการของแต่ละมาตรการในตาราง (ช่องสีเหลือง) แล้วกด "สร้างรายงานผลการดำเนินการ" หากเรียกใช้ "ติดตามผลมาตรการ" อีกครั้ง ข้อมูลที่กรอกไว้จะยังอยู่ และมาตรการที่เพิ่มในแผ่นงานมาตรการจะต่อท้ายตาราง',
        { italic: true, size: 14, color: "#595959", wrap: true }
      ),
    ],
  });
  const seedValue: Record<TrackFieldKey, string | number | null> = {
    name: seed.agency.name ?? null,
    type: seed.agency.type ?? null,
    district: seed.agency.district ?? null,
    province: seed.agency.province ?? null,
    unit: seed.agency.unit ?? null,
    measuresYear: seed.measuresYear,
    round: ROUND_TEXT[seed.round],
    date: seed.date ? dayMonthYearBE(seed.date) : null,
    lastYear: seed.lastResult?.fiscalYear ?? null,
    lastTotal: seed.lastResult?.total ?? null,
    lastLevel: seed.lastResult?.level ?? null,
    published: seed.published ?? null,
  };
  const fieldRow: Partial<Record<TrackFieldKey, number>> = {};
  for (const f of TRACK_FIELDS) {
    const typed = seed.typed?.[f.key];
    const v =
      typed !== undefined && typed !== null && typed !== ""
        ? (typed as string | number)
        : seedValue[f.key];
    fieldRow[f.key] = plan.length;
    plan.push({
      cells: [
        text(f.th, { border: true, bold: true, wrap: true }),
        text(v, {
          border: true,
          fill: INPUT_FILL,
          hAlign: "left",
          wrap: true,
          ...(f.key === "lastTotal" ? { numFmt: "0.00" } : {}),
        }),
      ],
    });
  }
  plan.push({ cells: [] });
  const headerRow = plan.length;
  plan.push({
    cells: TRACK_COLUMNS.map((c) =>
      text(c.th, {
        bold: true,
        border: true,
        fill: HEADER_FILL,
        hAlign: "center",
        vAlign: "middle",
        wrap: true,
        size: TABLE_SIZE,
      })
    ),
  });
  const first = plan.length;
  // At least ten rows to type in, so a short table still has room for added measures.
  const count = Math.max(rows.length, 10);
  for (let i = 0; i < count; i++) {
    const r = rows[i] ?? {};
    plan.push({
      cells: TRACK_COLUMNS.map((c) => {
        const v = r[c.key];
        const value =
          v === undefined || v === null
            ? null
            : typeof v === "number"
              ? v
              : v instanceof Date
                ? v.toISOString().slice(0, 10)
                : String(v);
        const input = c.key !== "title" && c.key !== "responsible" && c.key !== "target";
        return text(value, {
          border: true,
          vAlign: "top",
          wrap: true,
          size: TABLE_SIZE,
          ...(input ? { fill: INPUT_FILL } : {}),
          ...(c.key === "percent" || c.key === "budget" ? { hAlign: "right" as const } : {}),
          ...(c.key === "budget" ? { numFmt: "#,##0.00" } : {}),
        });
      }),
    });
  }
  const col = (k: string): number => TRACK_COLUMNS.findIndex((c) => c.key === k);
  return {
    role: "tracking",
    name: trackingSheetName(seed.measuresYear),
    font: { ...REPORT_FONT },
    columns: [...WIDTHS],
    rows: plan,
    merges: [],
    charts: [],
    print: {
      ...DEFAULT_PRINT,
      margins: { ...DEFAULT_PRINT.margins },
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { from: headerRow, to: headerRow },
    },
    freeze: { rows: headerRow + 1, cols: 1 },
    validations: [
      {
        row: first,
        col: col("percent"),
        rows: count,
        min: 0,
        max: 100,
        prompt: { title: "ร้อยละความสำเร็จ", text: "ตัวเลข ๐ ถึง ๑๐๐ (เว้นว่างได้)" },
        error: { title: "ร้อยละความสำเร็จ", text: "ใส่ตัวเลขตั้งแต่ ๐ ถึง ๑๐๐" },
      },
    ],
    lists: [
      {
        row: first,
        col: col("status"),
        rows: count,
        values: [...TRACK_STATUSES],
        prompt: { title: "สถานะ", text: "เลือกสถานะของมาตรการจากรายการ" },
        error: {
          title: "สถานะ",
          text: "เลือกสถานะจากรายการ: ดำเนินการแล้วเสร็จ อยู่ระหว่างดำเนินการ หรือยังไม่ได้ดำเนินการ",
        },
      },
      {
        row: fieldRow.round ?? 0,
        col: 1,
        rows: 1,
        values: [ROUND_TEXT[6], ROUND_TEXT[12]],
        prompt: { title: "รอบการรายงาน", text: "๖ เดือน หรือ ๑๒ เดือน" },
        error: { title: "รอบการรายงาน", text: "เลือก ๖ เดือน หรือ ๑๒ เดือน" },
      },
    ],
  };
}
