/**
 * The command line's words to the user about itself, in one bilingual voice (Thai / English, as every
 * other message): the help, the short usage printed with a usage error, "did you mean" for a mistyped
 * option or command, and the version.
 */
import { version } from "../../package.json";
import type { DigitMode } from "../report/plan";

/** The product's version (package.json), printed by --version. */
export const VERSION: string = version;

export const ASSESS_HELP = `  npm run cli -- assess <file.json|many.xlsx> [--json] [--threshold N] [--each] [--sheet NAME]
      อ่านคะแนนและพิมพ์ผลการประเมิน: IIT, EIT, OIT, คะแนนรวม, ระดับ, ลำดับตัวชี้วัด (ภาษาไทย)
      Reads the scores and prints the assessment: IIT, EIT, OIT, total, level, ranking (Thai text).
      <file.json>        ข้อมูลนำเข้า (docs/input.md); "-" อ่านจาก standard input
                         the input (see docs/input.md); "-" reads standard input
      --json             พิมพ์ผลเป็น JSON / print the result as JSON instead
      --threshold N      จุดแข็งตั้งแต่ N (0-100; ค่าเริ่มต้น: "threshold" ของข้อมูล มิฉะนั้น 90)
                         strengths from N (0-100; default: the input's "threshold", else 90)
      หลายหน่วยงาน (อาร์เรย์ JSON หรือแผ่นงาน .xlsx หนึ่งแถวต่อหน่วยงาน): พิมพ์สรุปเป็น JSON
      Many agencies (a JSON array of agency objects, or an .xlsx sheet with a row per agency): prints
      their summary as JSON: per fiscal year every agency ranked by total, the level distribution, tool
      and indicator statistics, the agencies below the threshold; "skipped" lists the agencies with
      problems. Exit 4 when some were skipped.
      --each             หลายหน่วยงาน: ผลการประเมินของแต่ละหน่วยงาน (อาร์เรย์) แทนสรุป
                         many agencies: each one's assessment instead (an array), as for one agency
      --sheet NAME       many.xlsx: แผ่นงานที่จะอ่าน / the sheet to read (default: the first visible
                         sheet with a row per agency)`;

export const GENERATE_HELP = `  npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx|out.docx> [options]
      เขียนแผ่นงานรายงานลงไฟล์ .xlsx ใหม่ (ไฟล์ .xlsx นำเข้า: เก็บแผ่นงานเดิมและเพิ่มรายงาน) หรือไฟล์ Word
      (.docx) ตามนามสกุลของ -o
      Writes the report sheets to a new .xlsx (an .xlsx input keeps its sheets and gets the report added),
      or the Word file to sign and publish when -o ends in .docx.
      <input>            JSON (docs/input.md), แม่แบบของ add-in หรือแผ่นงานใดที่มีแถวตัวชี้วัด
                         JSON (docs/input.md), the add-in's template, or any sheet with indicator rows
      -o, --output FILE  ไฟล์ .xlsx หรือ .docx ที่จะเขียน (ต้องระบุ; ไม่ใช่ไฟล์นำเข้า)
                         the .xlsx or .docx to write (required; never the input itself)
      --digits MODE      thai | arabic | mixed (ค่าเริ่มต้น mixed: เลขไทยในข้อความ เลขอารบิกในตาราง)
                         (default mixed: Thai digits in the text, Arabic in tables)
      --threshold N      จุดแข็งตั้งแต่ N / strengths from N (0-100; default: the input's threshold,
                         else 90)
      --sheet NAME       แผ่นงานที่จะอ่าน / the sheet to read (default: the template, else the first
                         visible sheet with indicator rows; a hidden sheet is read only when named here)
      --row N            แผ่นงานหนึ่งแถวต่อหน่วยงาน: แถวที่จะทำรายงาน / for a sheet with a row per
                         agency or year: the sheet row to report on (default: the first with scores)
      --phrases          เพิ่มแผ่นงานข้อความที่แก้ไขได้ "ข้อความรายงาน ITA" / also add the editable
                         phrase sheet "ข้อความรายงาน ITA" when the workbook has none

  npm run cli -- generate <many.json|many.xlsx> -o <outdir/> [options]
      หลายหน่วยงาน: รายงานหน่วยงานละหนึ่งไฟล์ใน outdir/ และ outdir/summary.xlsx
      Many agencies: one report workbook per agency in outdir/ and outdir/summary.xlsx (the summary sheet
      "สรุปภาพรวมหลายหน่วยงาน"). -o is a folder when it ends in / or already is one (created if needed).
      <many.json>        อาร์เรย์ JSON ของหน่วยงาน / a JSON array of agency objects, each as for one
                         agency, "previous" (earlier years) included (an object alone: one agency)
      <many.xlsx>        แผ่นงานหนึ่งแถวต่อหน่วยงาน / a sheet with a row per agency: a header row naming
                         the indicators as columns ("ตัวชี้วัดที่ 1" ... or their names), optional
                         หน่วยงาน / จังหวัด / ปีงบประมาณ columns; read as a stream; the table ends at
                         its first empty row
      ชื่อไฟล์มาจากชื่อหน่วยงาน / File names come from the agency names: Thai kept, characters Windows
      forbids as "_", invisible characters removed, at most 255 bytes (a longer name is cut and ends in
      "~" and a short hash), duplicates numbered "ชื่อ (2).xlsx", never the summary nor the input; an
      existing file of that name is replaced. An agency with problems (a row with a name and no scores
      too) is listed (standard error) with its problems and skipped; the rest are written. A progress
      line goes to standard error (in place on a terminal, a line every tenth otherwise, none when CI is
      set). Ctrl-C: the reports in hand end without a file, the complete ones are listed, exit 130.
      --digits, --threshold, --sheet, --phrases   เหมือนข้างต้น / as above, for every report
      --jobs N           จำนวนเธรด / worker threads writing reports (default and most: the number of
                         cores; 1: no workers)
      --format F         xlsx | docx | both: ไฟล์ของแต่ละหน่วยงาน / each agency's workbook, Word file or
                         both (default xlsx); the summary is summary.xlsx
      --quiet            ไม่แสดงความคืบหน้า / no progress line`;

export const TRACK_HELP = `  npm run cli -- track <report.xlsx> -o <tracking.xlsx> [--round 6|12] [--date yyyy-mm-dd] [--year N] [--sheet NAME]
      เพิ่มแผ่นงานติดตามมาตรการ "ติดตามมาตรการ ITA <ปี>" จากแผ่นงานมาตรการของรายงาน (docs/followup.md)
      Adds the tracking sheet "ติดตามมาตรการ ITA <year>" from the report's measures sheet; run again, it
      keeps what was typed in the tracking sheet and appends measures added since.
      --round 6|12       รอบการรายงาน / the round (default 12, or what the sheet has)
      --date DATE        วันที่รายงาน / the report's date, yyyy-mm-dd (Gregorian)
      --year N           ปีงบประมาณของมาตรการ เมื่อไม่มีแผ่นงานมาตรการ / the measures' fiscal year when
                         the workbook has no measures sheet of the add-in
      --sheet NAME       แผ่นงานที่มีตารางมาตรการ / the sheet holding the measures table`;

export const FOLLOWUP_HELP = `  npm run cli -- followup <tracking.xlsx|file.json> -o <out.xlsx|out.docx> [--digits MODE] [--sheet NAME]
      เขียนรายงานผลการดำเนินการตามมาตรการ (O43 / O26) จากแผ่นงานติดตาม หรือไฟล์ JSON (docs/followup.md)
      Writes the follow-up report (O43 / O26) from the tracking sheet or a JSON file: its sheets (.xlsx)
      or the Word file (.docx).
      --digits MODE      thai | arabic | mixed (ค่าเริ่มต้น / default mixed)
      --sheet NAME       แผ่นงานติดตาม / the tracking sheet (default: the latest "ติดตามมาตรการ ITA <year>")`;

export const EXIT_HELP = `สถานะเมื่อจบ / Exit status:
  0   เสร็จ (อาจมีคำเตือน) / done (warnings allowed)
  1   ข้อมูลนำเข้ามีปัญหา (ระบุเซลล์หรือคีย์) ไม่ได้เขียนอะไร / the input has problems (listed with their
      cell or key; nothing written), the input is not an .xlsx, or is larger than the limits
      (docs/input.md)
  2   ใช้คำสั่งผิด / usage error
  3   เขียนไฟล์ผลลัพธ์ไม่ได้ (ดิสก์เต็ม ไม่มีสิทธิ์ อ่านได้อย่างเดียว) ไม่มีไฟล์เดิมถูกแทนที่ / the output
      could not be written (disk full, no permission, read-only; nothing replaced; a batch stops, its
      reports already written are complete, summary.xlsx is not written)
  4   หลายหน่วยงาน: ข้ามบางหน่วยงาน (ระบุพร้อมปัญหา) ที่เหลือเขียนแล้ว / many agencies: some were
      skipped (listed with their problems), the others and summary.xlsx written
  130 หยุดด้วย Ctrl-C (SIGINT) / 143 หยุดด้วย SIGTERM: รายงานที่เขียนครบแล้วยังอยู่และถูกระบุ ไม่มีไฟล์
      ชั่วคราวค้าง / interrupted by Ctrl-C (SIGINT) / SIGTERM: the complete reports stay and are
      listed, no temporary file is left, summary.xlsx is not written`;

export const USAGE = `วิธีใช้ / usage:
${ASSESS_HELP}

${GENERATE_HELP}

${TRACK_HELP}

${FOLLOWUP_HELP}

  npm run cli -- help [assess|generate|track|followup]
      ข้อความนี้ / this text. ตัวเลือกที่มีค่าเขียนแบบ --name=value ได้ด้วย / Options that take a value
      may also be written --name=value.
  npm run cli -- --version
      รุ่นของโปรแกรม / the version
${EXIT_HELP}`;

export const HELP: Record<string, string> = {
  assess: `วิธีใช้ / usage:\n${ASSESS_HELP}`,
  generate: `วิธีใช้ / usage:\n${GENERATE_HELP}`,
  track: `วิธีใช้ / usage:\n${TRACK_HELP}`,
  followup: `วิธีใช้ / usage:\n${FOLLOWUP_HELP}`,
};

/** The short usage printed with a usage error (the whole text: `help`). */
export const SHORT_USAGE: Record<string, string> = {
  assess:
    "วิธีใช้ / usage: npm run cli -- assess <file.json|many.xlsx> [--json] [--threshold N] [--each] [--sheet NAME]",
  generate:
    "วิธีใช้ / usage: npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx|out.docx> [--digits thai|arabic|mixed] [--threshold N] [--sheet NAME] [--row N] [--phrases]\n" +
    "                 npm run cli -- generate <many.json|many.xlsx> -o <outdir/> [--digits ...] [--threshold N] [--sheet NAME] [--phrases] [--format xlsx|docx|both] [--jobs N] [--quiet]",
  track:
    "วิธีใช้ / usage: npm run cli -- track <report.xlsx> -o <tracking.xlsx> [--round 6|12] [--date yyyy-mm-dd] [--year N] [--sheet NAME]",
  followup:
    "วิธีใช้ / usage: npm run cli -- followup <tracking.xlsx|file.json> -o <out.xlsx|out.docx> [--digits thai|arabic|mixed] [--sheet NAME]",
  main:
    "วิธีใช้ / usage: npm run cli -- assess <file.json|many.xlsx> [options]\n" +
    "                 npm run cli -- generate <input> -o <out.xlsx|out.docx|outdir/> [options]\n" +
    "                 npm run cli -- track <report.xlsx> -o <tracking.xlsx>    npm run cli -- followup <tracking.xlsx> -o <out.docx>\n" +
    "                 npm run cli -- help [assess|generate|track|followup]    npm run cli -- --version",
};

/** Every option of each command (for "did you mean"). */
export const OPTIONS: Record<string, string[]> = {
  assess: ["--json", "--threshold", "--each", "--sheet", "--help"],
  generate: [
    "-o",
    "--output",
    "--digits",
    "--threshold",
    "--sheet",
    "--row",
    "--phrases",
    "--jobs",
    "--quiet",
    "--format",
    "--help",
  ],
  track: ["-o", "--output", "--round", "--date", "--year", "--sheet", "--help"],
  followup: ["-o", "--output", "--digits", "--sheet", "--help"],
};

/** A usage error: what is wrong, in Thai and English. */
export interface UsageError {
  th: string;
  en: string;
}

/** `-o` (or `--output`) with no file after it. */
export const MISSING_OUTPUT: UsageError = {
  th: "ไม่ได้ระบุชื่อไฟล์หลัง -o",
  en: "missing file after -o",
};

/** The value given after `--digits`, or the usage error that names it. */
export function digitsArg(value: string | undefined): DigitMode | UsageError {
  if (value === "thai" || value === "arabic" || value === "mixed") return value;
  return {
    th: `--digits ต้องเป็น thai, arabic หรือ mixed (ได้ ${value ?? "ค่าว่าง"})`,
    en: `--digits must be thai, arabic or mixed (got ${value ?? "nothing"})`,
  };
}

function distance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

/** The known word closest to `word` (a prefix of it, or within two edits), or null. */
export function closest(word: string, known: readonly string[]): string | null {
  const w = word.toLowerCase().replace(/=.*$/, "");
  const prefixed = known.filter((k) => w.length >= 4 && k.startsWith(w));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const dd = distance(w, k);
    if (dd < bestD) {
      bestD = dd;
      best = k;
    }
  }
  return bestD <= Math.max(1, Math.min(2, Math.floor(w.length / 3))) ? best : null;
}

/** "unknown option --thresold", with "did you mean --threshold?" when one is close. */
export function unknownOption(option: string, command: string): UsageError {
  const near = closest(option, OPTIONS[command] ?? []);
  return {
    th: `ไม่รู้จักตัวเลือก ${option}${near ? ` หมายถึง ${near} หรือไม่` : ""}`,
    en: `unknown option ${option}${near ? `; did you mean ${near}?` : ""}`,
  };
}

/** Prints a usage error with the command's short usage; returns the exit status 2. */
export function usageError(command: string, e: UsageError): number {
  const pad = " ".repeat(command.length + 2);
  process.stderr.write(
    `${command}: ${e.th}\n${pad}${e.en}\n${SHORT_USAGE[command] ?? SHORT_USAGE.main}\n` +
      `ดูวิธีใช้ทั้งหมด / full help: npm run cli -- help${command in HELP ? ` ${command}` : ""}\n`
  );
  return 2;
}
