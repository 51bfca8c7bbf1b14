/** What the add-in needs of the host: the ExcelApi requirement sets, each with what needs it. */

/** The ExcelApi requirement sets the add-in uses, each with what needs it. The manifest states the highest. */
export const REQUIRED_SETS: Array<{ version: string; th: string; en: string }> = [
  {
    version: "1.4",
    th: "ค้นหาแผ่นงานและช่วงที่ใช้ (getItemOrNullObject)",
    en: "finding sheets and used ranges (OrNullObject)",
  },
  { version: "1.6", th: "การจัดรูปแบบตามเงื่อนไข", en: "conditional formats" },
  { version: "1.7", th: "แผนภูมิและการตรึงแนว", en: "chart series and freeze panes" },
  { version: "1.8", th: "การตรวจสอบข้อมูล", en: "data validation" },
  {
    version: "1.9",
    th: "การตั้งค่าหน้ากระดาษสำหรับพิมพ์ การเยื้องข้อความ และการอ่านรูปแบบเซลล์หลายช่วงพร้อมกัน",
    en: "page layout, print setup, indents, and reading cell formats of several ranges at once (getCellProperties, getRanges)",
  },
];

/** Whether the host supports every set above; lists what is missing otherwise. */
export function checkSupport(): { ok: boolean; missing: string[] } {
  if (typeof Office === "undefined" || !Office.context?.requirements) {
    return { ok: false, missing: ["Office.js (ไม่ได้เปิดใน Excel / not running inside Excel)"] };
  }
  const missing = REQUIRED_SETS.filter(
    (s) => !Office.context.requirements.isSetSupported("ExcelApi", s.version)
  ).map((s) => `ExcelApi ${s.version}: ${s.th} / ${s.en}`);
  return { ok: missing.length === 0, missing };
}
