/**
 * The phrase library's texts about the three tools (assembled in phrases.ts): their titles and
 * interpretations by score band, their names in running text, the band words of section ๓, and the
 * standing measures.
 */
import type { PhraseLibrary } from "./phraseLibrary";

/**
 * Interpretation by score band (section ๓): who is still unconvinced, said as firmly as the score
 * warrants: "near" is from 85 to the threshold, "mid" from 70 to 85, "low" below 70 (BAND_EDGES). {lead}
 * opens the sentence, varied from item to item (s3.lead.*: one opening a line, used in turn).
 */
export const BANDS: PhraseLibrary = {
  "s3.who.IIT.near": "ยังมีบุคลากรส่วนหนึ่งที่",
  "s3.who.IIT.mid": "บุคลากรจำนวนไม่น้อยยัง",
  "s3.who.IIT.low": "บุคลากรจำนวนมากยัง",
  "s3.who.EIT.near": "ยังมี{externals}ส่วนหนึ่งที่",
  "s3.who.EIT.mid": "{externals}จำนวนไม่น้อยยัง",
  "s3.who.EIT.low": "{externals}จำนวนมากยัง",
  "s3.who.OIT.near": "ยังมีบางรายการที่",
  "s3.who.OIT.mid": "ยังมีหลายรายการที่",
  "s3.who.OIT.low": "รายการจำนวนมากยัง",
  "s3.lead.develop": "ผลนี้ชี้ว่า\nจากคะแนนระดับนี้เห็นได้ว่า\nแสดงให้เห็นว่า\nผลการประเมินข้อนี้บ่งบอกว่า",
  "s3.lead.strength": "ผลนี้แสดงว่า\nจากคะแนนนี้เห็นได้ว่า\nผลการประเมินข้อนี้แสดงว่า\nคะแนนระดับนี้ยืนยันว่า",
};

/** Score edges of the interpretation bands: "near" from 85, "mid" from 70, "low" below. */
export const BAND_EDGES = { near: 85, mid: 70 } as const;

/** Standing measures, always in the measures table, in this order. */
export const STANDING_MEASURES = ["1", "2", "3", "4", "5", "6"];

const STANDING: Record<string, { title: string; steps: string; target: string }> = {
  "1": {
    title: "ผู้บริหารแสดงเจตจำนงสุจริตในการบริหารงาน",
    steps: "1. ประกาศเจตจำนงสุจริตและเผยแพร่ต่อสาธารณะ\n2. ชี้แจงให้บุคลากรทุกคนทราบและถือปฏิบัติ",
    target: "ประกาศภายในเดือน{first} และเผยแพร่บนเว็บไซต์ภายใน 15 วัน",
  },
  "2": {
    title: "ส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
    steps: "1. ประกาศมาตรการความโปร่งใสของ{agencyShort}\n2. เผยแพร่แผนและผลบนเว็บไซต์ทุกเดือน",
    target: "เผยแพร่แผนภายในเดือน{first} และสรุปผลครบทุกเดือน",
  },
  "3": {
    title: "ป้องกันผลประโยชน์ทับซ้อน",
    steps: "1. ประกาศมาตรการป้องกันผลประโยชน์ทับซ้อน\n2. ให้บุคลากรแจ้งกรณีที่อาจขัดกันก่อนปฏิบัติงาน",
    target: "บุคลากรทุกคนรับทราบมาตรการ และมีบันทึกการแจ้งครบทุกกรณี",
  },
  "4": {
    title: "ไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)",
    steps: "1. ผู้บริหารประกาศนโยบาย No Gift Policy\n2. แจ้งบุคลากรและผู้มาติดต่อให้ทราบ",
    target: "ประกาศภายในเดือน{first} และไม่มีเรื่องร้องเรียนการรับของขวัญ",
  },
  "5": {
    title: "จัดการเรื่องร้องเรียนการทุจริตอย่างเป็นระบบ",
    steps:
      "1. จัดทำคู่มือการจัดการเรื่องร้องเรียน\n2. เปิดช่องทางร้องเรียนหลายช่องทาง\n3. คุ้มครองผู้ร้องเรียนและผู้ให้ข้อมูล",
    target: "ตอบรับทุกเรื่องภายใน 15 วัน และรายงานผลทุกไตรมาส",
  },
  "6": {
    title: "นำผลการตรวจสอบไปปรับปรุงการทำงาน",
    steps: "1. มอบหมายผู้รับผิดชอบงานตรวจสอบภายใน\n2. นำข้อสังเกตไปปรับปรุงการทำงาน",
    target: "ข้อสังเกตทุกข้อมีแผนแก้ไขและรายงานผลภายในปี",
  },
};

/**
 * The tool interpretations of section ๔ by score band (TOOL_BANDS, keys TOOL_BAND_KEYS), as firm as the score warrants:
 * "high" from 90, "near" from 85 ("ยังมี...ส่วนหนึ่ง"), "mid" from 70, "low" below 70 (the head must act).
 * None of them advises keeping things as they are: whether the next level needs the tool higher is said
 * after it (s4.tool.gap, s4.table.none.target), and s4.table.none says to keep the course.
 * {staff}, {externals} and {public} are the agency kind's own words (vocabulary.ts).
 */
const TOOLS: Record<
  string,
  { title: string; high: string; near: string; mid: string; low: string }
> = {
  IIT: {
    title: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    high: "ผลนี้บ่งชี้ว่า{staff}เกือบทั้งหมดเชื่อมั่นว่าการปฏิบัติหน้าที่ การใช้งบประมาณ การใช้อำนาจ การใช้ทรัพย์สินของราชการ และการแก้ไขปัญหาการทุจริตของหน่วยงานเป็นไปอย่างโปร่งใสและเป็นธรรม",
    near: "ผลนี้บ่งชี้ว่า{staff}ส่วนใหญ่เชื่อมั่นในความโปร่งใสและความเป็นธรรมของการบริหารงาน แต่ยังมีส่วนหนึ่งที่ยังไม่มั่นใจในบางเรื่อง หน่วยงานควรสื่อสารหลักเกณฑ์และผลการดำเนินงานให้ทั่วถึงยิ่งขึ้น",
    mid: "ผลนี้บ่งชี้ว่า{staff}จำนวนไม่น้อยยังไม่มั่นใจในความโปร่งใสและความเป็นธรรมของการบริหารงาน หน่วยงานควรเร่งสื่อสารหลักเกณฑ์การทำงานให้ชัดเจนและแก้ไขประเด็นที่ได้คะแนนต่ำเป็นลำดับแรก",
    low: "ผลนี้บ่งชี้ว่า{staff}จำนวนมากยังไม่มั่นใจในความโปร่งใสและความเป็นธรรมของการบริหารงาน ผู้บริหารต้องแก้ไขโดยเร่งด่วน ทั้งการประกาศและสื่อสารหลักเกณฑ์การทำงาน การเปิดให้บุคลากรมีส่วนร่วมตรวจสอบ และการแก้ไขประเด็นที่ได้คะแนนต่ำทุกประเด็น",
  },
  EIT: {
    title: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    high: "ผลนี้บ่งชี้ว่า{externals}เกือบทั้งหมดเชื่อมั่นในคุณภาพการให้บริการ การสื่อสาร และการปรับปรุงการทำงานของหน่วยงาน",
    near: "ผลนี้บ่งชี้ว่า{externals}ส่วนใหญ่เชื่อมั่นในการดำเนินงานของหน่วยงาน แต่ยังมีส่วนหนึ่งที่ยังไม่มั่นใจในคุณภาพการให้บริการหรือการสื่อสาร หน่วยงานควรปรับปรุงประเด็นดังกล่าวและแจ้งผลให้{public}ทราบ",
    mid: "ผลนี้บ่งชี้ว่า{externals}จำนวนไม่น้อยยังไม่มั่นใจในคุณภาพการให้บริการ การสื่อสาร หรือการปรับปรุงการทำงานของหน่วยงาน หน่วยงานควรเร่งปรับปรุงประเด็นที่ได้คะแนนต่ำและสื่อสารผลการปรับปรุงให้{public}รับรู้",
    low: "ผลนี้บ่งชี้ว่า{externals}จำนวนมากยังไม่มั่นใจในคุณภาพการให้บริการ การสื่อสาร และการปรับปรุงการทำงานของหน่วยงาน ผู้บริหารต้องแก้ไขโดยเร่งด่วน ทั้งการประกาศมาตรฐานและขั้นตอนการให้บริการ การเปิดช่องทางรับฟังความคิดเห็นและเรื่องร้องเรียน และการแจ้งผลการปรับปรุงให้{public}ทราบ",
  },
  OIT: {
    title: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
    high: "ผลนี้บ่งชี้ว่าหน่วยงานเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ได้เกือบทุกรายการและเป็นปัจจุบัน",
    near: "ผลนี้บ่งชี้ว่าหน่วยงานเปิดเผยข้อมูลสาธารณะได้เป็นส่วนใหญ่ แต่ยังมีบางรายการที่ขาดหรือไม่เป็นปัจจุบัน ควรตรวจสอบและเพิ่มเติมให้ครบ",
    mid: "ผลนี้บ่งชี้ว่าข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานยังขาดหรือไม่เป็นปัจจุบันในหลายรายการ หน่วยงานควรกำหนดผู้รับผิดชอบและตรวจสอบรายการข้อมูลตามเกณฑ์ทีละรายการ",
    low: "ผลนี้บ่งชี้ว่าข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานยังขาดหรือไม่เป็นปัจจุบันในรายการจำนวนมาก ผู้บริหารต้องกำหนดผู้รับผิดชอบ ตรวจสอบรายการข้อมูลตามเกณฑ์ทีละรายการ และปรับปรุงเว็บไซต์โดยเร่งด่วน",
  },
};

/** The tools as an officer names them in running text. */
export const TOOL_NAMES: PhraseLibrary = {
  "tool.IIT.name": "แบบวัด IIT",
  "tool.EIT.name": "แบบวัด EIT",
  "tool.OIT.name": "แบบตรวจ OIT",
  "tool.gap":
    "ทั้งนี้ หากต้องการเลื่อนขึ้นเป็นระดับ{target} ต้องได้คะแนน{tool} ตั้งแต่ {each} คะแนน คือเพิ่มขึ้นอีก {need} คะแนน",
  "tool.OIT.none":
    "คะแนนระดับนี้แสดงว่าแทบไม่มีข้อมูลสาธารณะบนเว็บไซต์ตามเกณฑ์เลย ซึ่งเป็นจุดที่แก้ไขได้เร็วที่สุดเพราะอยู่ในมือของหน่วยงานเองทั้งหมด",
};

/** Score edges of the tool interpretation: the same as section ๓'s bands. */
export const TOOL_BANDS = { high: 90, near: 85, mid: 70 } as const;

/**
 * The key of each band's interpretation: "tool.IIT.from85" is read from 85 to under 90. Named by their
 * edges (not high / mid / low, whose edges were 95 and 85 before): a phrase sheet made by an earlier
 * version names the old keys, which are then reported as unknown instead of read into the wrong band.
 */
export const TOOL_BAND_KEYS = {
  high: "from90",
  near: "from85",
  mid: "from70",
  low: "below70",
} as const;

/** The tool texts as library entries. */
export function toolPhrases(p: PhraseLibrary): void {
  for (const t of ["IIT", "EIT", "OIT"]) {
    p[`tool.${t}.title`] = TOOLS[t].title;
    for (const band of ["high", "near", "mid", "low"] as const)
      p[`tool.${t}.${TOOL_BAND_KEYS[band]}`] = TOOLS[t][band];
  }
}

/** The standing measures as library entries. */
export function standingPhrases(p: PhraseLibrary): void {
  for (const n of STANDING_MEASURES) {
    p[`measure.standing.${n}.title`] = STANDING[n].title;
    p[`measure.standing.${n}.steps`] = STANDING[n].steps;
    p[`measure.standing.${n}.target`] = STANDING[n].target;
  }
}
