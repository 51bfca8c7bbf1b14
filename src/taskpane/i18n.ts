/**
 * Every string the task pane shows, in Thai and English. Thai is the default; English is used when
 * Office's display language does not start with "th". Pure module: no DOM, no Office.js, so it is
 * unit-tested in tests/taskpane.
 */

export type Lang = "th" | "en";

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  agencySection: string;
  agencyName: string;
  agencyNameHint: string;
  agencyType: string;
  agencyTypeHint: string;
  district: string;
  province: string;
  unit: string;
  unitHint: string;
  responsible: string;
  responsibleHint: string;
  optionsSection: string;
  fiscalYear: string;
  fiscalYearFromSheet: string;
  fiscalYearOption: (year: number) => string;
  threshold: string;
  thresholdHint: string;
  thresholdInvalid: string;
  digits: string;
  digitsThai: string;
  digitsArabic: string;
  digitsMixed: string;
  source: string;
  sourceAuto: string;
  sourceSelection: string;
  actionsSection: string;
  createTemplate: string;
  generate: string;
  createPhrases: string;
  clearHighlights: string;
  track: string;
  followup: string;
  busyTrack: string;
  busyFollowup: string;
  trackDone: (sheet: string, measures: number, added: number, kept: number) => string;
  followupDone: (sheets: string, measures: number) => string;
  busyTemplate: string;
  busyGenerate: string;
  busyPhrases: string;
  busyClear: string;
  unsupportedTitle: string;
  unsupportedBody: string;
  /** The pane was opened outside Office (a browser tab): there is no workbook. */
  notInExcel: string;
  /** For IT: the requirement sets missing, as Office names them. */
  unsupportedDetails: string;
  /** A part of the add-in's code could not be loaded: the add-in was updated while the pane was open. */
  addinUpdated: string;
  version: (v: string) => string;
  /** The agency name field's "required" mark, said in words for screen readers. */
  required: string;
  agencyNameRequired: string;
  resultTitle: (fiscalYear?: number) => string;
  total: string;
  level: string;
  levelNone: string;
  toolScores: string;
  toolName: (tool: "IIT" | "EIT" | "OIT") => string;
  notComputed: string;
  ranking: string;
  rankCol: string;
  indicatorCol: string;
  scoreCol: string;
  statusCol: string;
  belowThreshold: (threshold: string) => string;
  atOrAbove: string;
  indicatorLabel: (id: string, name: string, sub: boolean) => string;
  derivedMark: string;
  warningsTitle: string;
  sheetsCreated: string;
  sheetsKept: (from: string, to: string) => string;
  problemsTitle: (n: number) => string;
  problemsIntro: string;
  goToCell: (cell: string) => string;
  noCell: string;
  goToNameField: string;
  failedTitle: string;
  confirmTitle: string;
  confirmBody: string;
  confirmReplace: string;
  /** Which agency the report is for, when the sheet's and the saved name differ. */
  agencyTitle: string;
  agencyBody: (sheet: string, saved: string) => string;
  agencyUseSheet: (name: string) => string;
  agencyUseSaved: (name: string) => string;
  reportFor: (name: string) => string;
  cancel: string;
  cancelled: string;
  pickRowTitle: string;
  pickRowBody: string;
  busySummary: string;
  templateDone: (sheet: string) => string;
  templateExists: (sheet: string) => string;
  phrasesDone: (sheet: string) => string;
  phrasesExists: (sheet: string) => string;
  highlightsCleared: string;
  unexpectedError: (text: string) => string;
  ribbonRun: (when: string) => string;
}

const TOOL_TH = {
  IIT: "IIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
  EIT: "EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
  OIT: "OIT การเปิดเผยข้อมูลสาธารณะ",
} as const;

const TOOL_EN = {
  IIT: "IIT internal stakeholders' perception",
  EIT: "EIT external stakeholders' perception",
  OIT: "OIT open data",
} as const;

export const STRINGS: Record<Lang, Strings> = {
  th: {
    appTitle: "วิเคราะห์ผลการประเมิน ITA",
    appSubtitle: "สร้างรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสจากคะแนนในสมุดงานนี้",
    agencySection: "ข้อมูลหน่วยงาน",
    agencyName: "ชื่อหน่วยงาน",
    agencyNameHint: "เช่น องค์การบริหารส่วนตำบลตัวอย่าง",
    agencyType: "ประเภทหน่วยงาน",
    agencyTypeHint: "เช่น องค์การบริหารส่วนตำบล เทศบาลตำบล",
    district: "อำเภอ",
    province: "จังหวัด",
    unit: "หน่วยงานผู้จัดทำรายงาน",
    unitHint: "เช่น สำนักปลัด",
    responsible: "หน่วยงานผู้รับผิดชอบมาตรการ",
    responsibleHint: "บรรทัดละหนึ่งหน่วย หรือคั่นด้วยเครื่องหมายจุลภาค",
    optionsSection: "ตัวเลือก",
    fiscalYear: "ปีงบประมาณ (พ.ศ.)",
    fiscalYearFromSheet: "อ่านจากแผ่นงาน",
    fiscalYearOption: (year) => `พ.ศ. ${year}`,
    threshold: "เกณฑ์คะแนนจุดแข็ง",
    thresholdHint: "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์นี้เป็นประเด็นที่ควรพัฒนา (ค่าเริ่มต้น 90)",
    thresholdInvalid: "ใส่ตัวเลขตั้งแต่ 0 ถึง 100",
    digits: "รูปแบบตัวเลขในรายงาน",
    digitsThai: "เลขไทยทั้งหมด",
    digitsArabic: "เลขอารบิกทั้งหมด",
    digitsMixed: "เลขไทยในข้อความ เลขอารบิกในตาราง",
    source: "แหล่งคะแนน",
    sourceAuto: "แผ่นงานกรอกคะแนน หรือตารางในแผ่นงานที่เปิดอยู่",
    sourceSelection: "ช่วงเซลล์ที่เลือกไว้",
    actionsSection: "คำสั่งอื่น",
    createTemplate: "สร้างแผ่นงานกรอกคะแนน",
    generate: "สร้างรายงาน",
    createPhrases: "สร้างแผ่นงานข้อความที่แก้ไขได้",
    clearHighlights: "ล้างการเน้นสี",
    track: "ติดตามผลมาตรการ",
    followup: "สร้างรายงานผลการดำเนินการ",
    busyTrack: "กำลังสร้างแผ่นงานติดตามมาตรการ…",
    busyFollowup: "กำลังสร้างรายงานผลการดำเนินการ…",
    trackDone: (sheet, measures, added, kept) =>
      `แผ่นงาน “${sheet}” พร้อมให้กรอกผลการดำเนินการแล้ว: ${measures} มาตรการ` +
      (kept ? ` (ข้อมูลที่กรอกไว้ ${kept} แถวยังอยู่ครบ เพิ่มมาตรการใหม่ ${added} รายการ)` : ""),
    followupDone: (sheets, measures) =>
      `เขียนรายงานผลการดำเนินการตามมาตรการ (${measures} มาตรการ) ในแผ่นงาน ${sheets} แล้ว`,
    busyTemplate: "กำลังสร้างแผ่นงานกรอกคะแนน…",
    busyGenerate: "กำลังอ่านคะแนนและสร้างรายงาน…",
    busyPhrases: "กำลังสร้างแผ่นงานข้อความ…",
    busyClear: "กำลังล้างการเน้นสี…",
    unsupportedTitle: "Excel รุ่นนี้ใช้งานส่วนเสริมไม่ได้",
    unsupportedBody:
      "Excel ที่เปิดอยู่เป็นรุ่นเก่า ยังไม่มีความสามารถบางอย่างที่ส่วนเสริมใช้สร้างรายงาน เช่น การจัดหน้ากระดาษสำหรับพิมพ์ โปรดอัปเดตเป็น Microsoft 365 หรือ Excel 2021 ขึ้นไป หรือเปิดสมุดงานนี้ใน Excel บนเว็บ",
    notInExcel: "หน้านี้เปิดนอก Excel: เปิดบานหน้าต่างจากแท็บหน้าแรกของ Excel",
    unsupportedDetails: "รายละเอียดสำหรับฝ่ายไอที",
    addinUpdated: "ส่วนเสริมได้รับการอัปเดตแล้ว: ปิดบานหน้าต่างนี้แล้วเปิดใหม่ (สมุดงานไม่มีการเปลี่ยนแปลง)",
    version: (v) => `เวอร์ชัน ${v}`,
    required: "จำเป็นต้องกรอก",
    agencyNameRequired: "โปรดใส่ชื่อหน่วยงาน",
    resultTitle: (year) => (year ? `ผลการประเมิน ปีงบประมาณ พ.ศ. ${year}` : "ผลการประเมิน"),
    total: "คะแนนรวม",
    level: "ระดับ",
    levelNone: "ไม่มีระดับ",
    toolScores: "คะแนนตามเครื่องมือ",
    toolName: (tool) => TOOL_TH[tool],
    notComputed: "คำนวณไม่ได้",
    ranking: "อันดับตัวชี้วัด",
    rankCol: "อันดับ",
    indicatorCol: "ตัวชี้วัด",
    scoreCol: "คะแนน",
    statusCol: "ผล",
    belowThreshold: (threshold) => `ต่ำกว่าเกณฑ์ ${threshold}`,
    atOrAbove: "ถึงเกณฑ์",
    indicatorLabel: (id, name, sub) => `${sub ? "ตัวชี้วัดย่อย" : "ตัวชี้วัดที่"} ${id} ${name}`.trim(),
    derivedMark: "ได้จากการคำนวณ",
    warningsTitle: "ข้อสังเกต",
    sheetsCreated: "แผ่นงานที่สร้าง",
    sheetsKept: (from, to) => `รายงานเดิม "${from}" มีการแก้ไข จึงเก็บไว้ในชื่อ "${to}"`,
    problemsTitle: (n) => `พบปัญหาในข้อมูล ${n} รายการ จึงยังไม่ได้เขียนสิ่งใดลงในสมุดงาน`,
    problemsIntro: "กดที่เซลล์เพื่อไปยังตำแหน่งนั้น แก้ไขแล้วกดสร้างรายงานอีกครั้ง",
    goToCell: (cell) => `ไปที่เซลล์ ${cell}`,
    noCell: "ไม่ระบุเซลล์",
    goToNameField: "ไปที่ช่องชื่อหน่วยงาน",
    failedTitle: "สร้างรายงานไม่สำเร็จ แผ่นงานที่สร้างในรอบนี้ถูกลบออกแล้ว",
    confirmTitle: "แทนที่รายงานเดิม?",
    confirmBody:
      "สมุดงานนี้มีรายงานที่ส่วนเสริมสร้างไว้ก่อนหน้า แผ่นงานต่อไปนี้จะถูกลบแล้วสร้างใหม่ แผ่นงานเหล่านี้ยังเหมือนตอนที่ส่วนเสริมสร้างทุกประการ (ไม่มีข้อมูล รูปแบบ หรือแผนภูมิที่ท่านเพิ่มหรือแก้ไข) จึงไม่มีงานของท่านสูญหาย ส่วนรายงานที่ท่านแก้ไขแล้วจะเก็บไว้ในชื่อที่ลงท้ายด้วย “(แก้ไข)”:",
    confirmReplace: "แทนที่",
    agencyTitle: "รายงานนี้เป็นของหน่วยงานใด?",
    agencyBody: (sheet, saved) =>
      `คะแนนที่เลือกเป็นของ “${sheet}” แต่ชื่อหน่วยงานที่บันทึกไว้ในบานหน้าต่างคือ “${saved}” รายงานจะใช้ชื่อและรายละเอียดของ “${sheet}” เว้นแต่ท่านเลือกใช้ชื่อที่บันทึกไว้`,
    agencyUseSheet: (name) => `ใช้ “${name}”`,
    agencyUseSaved: (name) => `ใช้ชื่อที่บันทึกไว้ “${name}”`,
    reportFor: (name) => `รายงานของ${name}`,
    cancel: "ยกเลิก",
    cancelled: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงสมุดงาน",
    pickRowTitle: "เลือกแถวที่จะใช้",
    pickRowBody: "แผ่นงานนี้มีคะแนนหลายแถว โปรดเลือกหน่วยงานหรือปีที่ต้องการ",
    busySummary: "กำลังสรุป…",
    templateDone: (sheet) => `สร้างแผ่นงาน "${sheet}" แล้ว กรอกคะแนนแล้วกดสร้างรายงาน`,
    templateExists: (sheet) => `มีแผ่นงาน "${sheet}" อยู่แล้ว จึงไม่ได้เขียนทับ`,
    phrasesDone: (sheet) =>
      `สร้างแผ่นงาน "${sheet}" แล้ว แก้ข้อความได้ตามต้องการ รายงานครั้งต่อไปจะใช้ข้อความนี้`,
    phrasesExists: (sheet) => `มีแผ่นงาน "${sheet}" อยู่แล้ว จึงไม่ได้เขียนทับ`,
    highlightsCleared: "ล้างการเน้นสีคะแนนที่ต่ำกว่าเกณฑ์แล้ว",
    unexpectedError: (text) => `เกิดข้อผิดพลาด: ${text}`,
    ribbonRun: (when) =>
      `ปุ่ม "สร้างรายงานวิเคราะห์ ITA" บนริบบอนทำงานเมื่อ ${when} แต่ยังไม่ได้สร้างรายงาน ด้วยเหตุต่อไปนี้`,
  },
  en: {
    appTitle: "ITA results analysis",
    appSubtitle:
      "Builds the analysis report of the Integrity and Transparency Assessment from the scores in this workbook",
    agencySection: "Agency",
    agencyName: "Agency name",
    agencyNameHint: "e.g. Example Subdistrict Administrative Organization",
    agencyType: "Agency type",
    agencyTypeHint: "e.g. Subdistrict Administrative Organization",
    district: "District",
    province: "Province",
    unit: "Unit writing the report",
    unitHint: "e.g. Office of the Permanent Secretary",
    responsible: "Units responsible for the measures",
    responsibleHint: "One unit per line, or separated by commas",
    optionsSection: "Options",
    fiscalYear: "Fiscal year (Buddhist era)",
    fiscalYearFromSheet: "Read from the sheet",
    fiscalYearOption: (year) => `BE ${year} (${year - 543})`,
    threshold: "Strength threshold",
    thresholdHint: "Indicators scoring below this are areas to develop (default 90)",
    thresholdInvalid: "Enter a number from 0 to 100",
    digits: "Digits in the report",
    digitsThai: "Thai digits everywhere",
    digitsArabic: "Arabic digits everywhere",
    digitsMixed: "Thai digits in text, Arabic in tables",
    source: "Scores from",
    sourceAuto: "The input sheet, or the table in the active sheet",
    sourceSelection: "The selected range",
    actionsSection: "More actions",
    createTemplate: "Create input sheet",
    generate: "Generate report",
    createPhrases: "Create editable phrase sheet",
    clearHighlights: "Clear highlights",
    track: "Track the measures",
    followup: "Write the follow-up report",
    busyTrack: "Making the tracking sheet…",
    busyFollowup: "Writing the follow-up report…",
    trackDone: (sheet, measures, added, kept) =>
      `Sheet "${sheet}" is ready to fill in: ${measures} measures` +
      (kept ? ` (the ${kept} rows you had are kept; ${added} new measures added)` : ""),
    followupDone: (sheets, measures) =>
      `The follow-up report (${measures} measures) is written in ${sheets}.`,
    busyTemplate: "Creating the input sheet…",
    busyGenerate: "Reading the scores and writing the report…",
    busyPhrases: "Creating the phrase sheet…",
    busyClear: "Clearing the highlights…",
    unsupportedTitle: "This version of Excel cannot run the add-in",
    unsupportedBody:
      "The Excel you are using is an older version that lacks some of what the add-in uses to build the report, such as page setup for printing. Please update to Microsoft 365 or Excel 2021 or later, or open this workbook in Excel on the web.",
    notInExcel: "This page was opened outside Excel: open the pane from Excel's Home tab.",
    unsupportedDetails: "Details for IT",
    addinUpdated:
      "The add-in was updated: close the pane and open it again (the workbook was not changed).",
    version: (v) => `Version ${v}`,
    required: "required",
    agencyNameRequired: "Please enter the agency name",
    resultTitle: (year) =>
      year ? `Assessment result, fiscal year BE ${year}` : "Assessment result",
    total: "Total score",
    level: "Level",
    levelNone: "No level",
    toolScores: "Scores by tool",
    toolName: (tool) => TOOL_EN[tool],
    notComputed: "not computed",
    ranking: "Indicators ranked",
    rankCol: "Rank",
    indicatorCol: "Indicator",
    scoreCol: "Score",
    statusCol: "Result",
    belowThreshold: (threshold) => `Below ${threshold}`,
    atOrAbove: "Meets threshold",
    indicatorLabel: (id, name, sub) =>
      `${sub ? "Sub-indicator" : "Indicator"} ${id} ${name}`.trim(),
    derivedMark: "derived",
    warningsTitle: "Notes",
    sheetsCreated: "Sheets created",
    sheetsKept: (from, to) =>
      `The earlier report "${from}" had been edited, so it was kept as "${to}"`,
    problemsTitle: (n) =>
      n === 1
        ? "1 problem in the input: nothing was written to the workbook"
        : `${n} problems in the input: nothing was written to the workbook`,
    problemsIntro: "Click a cell to go to it, fix the value, then generate again.",
    goToCell: (cell) => `Go to cell ${cell}`,
    noCell: "no cell",
    goToNameField: "Go to the agency name field",
    failedTitle: "The report could not be written; the sheets created by this run were removed",
    confirmTitle: "Replace the earlier report?",
    confirmBody:
      "This workbook holds a report the add-in made before. These sheets will be deleted and written anew. They are exactly as the add-in wrote them (no value, formatting or chart of yours in them), so nothing of yours is lost; reports you changed are kept under a new name (theirs followed by the Thai word for “edited”):",
    confirmReplace: "Replace",
    agencyTitle: "Which agency is this report for?",
    agencyBody: (sheet, saved) =>
      `The scores chosen are "${sheet}"'s, but the agency saved in the pane is "${saved}". The report takes "${sheet}"'s name and details unless you choose the saved name.`,
    agencyUseSheet: (name) => `Use "${name}"`,
    agencyUseSaved: (name) => `Use the saved name "${name}"`,
    reportFor: (name) => `Report for ${name}`,
    cancel: "Cancel",
    cancelled: "Cancelled: the workbook was not changed",
    pickRowTitle: "Choose a row",
    pickRowBody: "This sheet holds scores in several rows. Choose the agency or year to use.",
    busySummary: "Summarizing…",
    templateDone: (sheet) => `Sheet "${sheet}" created: enter the scores, then generate the report`,
    templateExists: (sheet) => `Sheet "${sheet}" already exists, so it was not overwritten`,
    phrasesDone: (sheet) =>
      `Sheet "${sheet}" created: edit the wording as you like; the next report uses it`,
    phrasesExists: (sheet) => `Sheet "${sheet}" already exists, so it was not overwritten`,
    highlightsCleared: "Below-threshold highlights cleared",
    unexpectedError: (text) => `Something went wrong: ${text}`,
    ribbonRun: (when) =>
      `The ribbon's ITA report button ran at ${when} but did not write the report, for this reason:`,
  },
};

/** Thai when Office's display language starts with "th" (th, th-TH), English otherwise. */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === "string" &&
    displayLanguage.trim().toLowerCase().startsWith("th")
    ? "th"
    : "en";
}

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** The message text in the UI's language, falling back to the other when one is empty. */
export function messageText(message: { th: string; en: string }, lang: Lang): string {
  const primary = lang === "th" ? message.th : message.en;
  const other = lang === "th" ? message.en : message.th;
  return primary && primary.trim() ? primary : other;
}
