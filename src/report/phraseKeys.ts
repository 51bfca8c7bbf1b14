/** The Thai description of each key of the phrase library, for the editable phrase sheet (phraseSheet.ts). */
import { TOOL_BANDS } from "./phrasesTools";
import { KIND_NAMES } from "./vocabulary";

/** Thai description of a key for the editable phrase sheet. */
export function describeKey(key: string): string {
  const byKind = /^(.*)@([A-Za-z]+)(\.fy\d{4})?$/.exec(key);
  if (byKind)
    return `${describeKey(byKind[1] + (byKind[3] ?? ""))} (สำหรับ${KIND_NAMES[byKind[2]] ?? byKind[2]})`;
  const byYear = /^(.*)\.fy(\d{4})$/.exec(key);
  if (byYear) return `${describeKey(byYear[1])} (ตั้งแต่ปีงบประมาณ พ.ศ. ${byYear[2]})`;
  let m = /^indicator\.(\d+)\.(about|strength|develop|issues|improve)$/.exec(key);
  if (m) {
    const what: Record<string, string> = {
      about: "สิ่งที่ตัวชี้วัดสะท้อน (ต่อท้าย 'ตัวชี้วัดนี้')",
      strength: "ข้อความเมื่อเป็นจุดแข็ง",
      develop: "ข้อความเมื่อเป็นจุดที่ควรพัฒนา",
      issues: "ประเด็นการประเมิน ในตารางข้อเสนอแนะ (หนึ่งบรรทัดต่อหนึ่งข้อ)",
      improve: "ประเด็นที่ควรพัฒนา ในตารางข้อเสนอแนะ (หนึ่งบรรทัดต่อหนึ่งข้อ)",
    };
    return `ตัวชี้วัดที่ ${m[1]}: ${what[m[2]]}`;
  }
  m = /^measure\.indicator\.(\d+)\.(title|steps)$/.exec(key);
  if (m)
    return `มาตรการที่เสนอเมื่อตัวชี้วัดที่ ${m[1]} ควรพัฒนา: ${m[2] === "title" ? "ชื่อมาตรการ" : "ขั้นตอนหรือวิธีการ"}`;
  m = /^measure\.standing\.(\d+)\.(title|steps)$/.exec(key);
  if (m) return `มาตรการประจำข้อที่ ${m[1]}: ${m[2] === "title" ? "ชื่อมาตรการ" : "ขั้นตอนหรือวิธีการ"}`;
  m = /^measure\.(indicator|standing)\.(\d+)\.target$/.exec(key);
  if (m)
    return `เป้าหมาย/ตัวชี้วัดความสำเร็จของมาตรการ${m[1] === "indicator" ? "จากตัวชี้วัดที่" : "ประจำข้อที่"} ${m[2]}`;
  m = /^tool\.(IIT|EIT|OIT)\.(name|none)$/.exec(key);
  if (m)
    return `${m[1]}: ${m[2] === "name" ? "ชื่อเรียกในเนื้อความ" : "การแปลผลเมื่อแทบไม่ได้คะแนน (ต่ำกว่า 10)"}`;
  if (key === "tool.gap") return "ข้อ 4: ต่อท้ายการแปลผลของเครื่องมือ เมื่อระดับถัดไปต้องการคะแนนเครื่องมือนี้สูงขึ้น";
  m = /^tool\.(IIT|EIT|OIT)\.(title|from90|from85|from70|below70)$/.exec(key);
  if (m) {
    const band: Record<string, string> = {
      title: "หัวข้อ",
      from90: `การแปลผลเมื่อได้ ${TOOL_BANDS.high} คะแนนขึ้นไป`,
      from85: `การแปลผลเมื่อได้ ${TOOL_BANDS.near} ถึงต่ำกว่า ${TOOL_BANDS.high} คะแนน`,
      from70: `การแปลผลเมื่อได้ ${TOOL_BANDS.mid} ถึงต่ำกว่า ${TOOL_BANDS.near} คะแนน`,
      below70: `การแปลผลเมื่อได้ต่ำกว่า ${TOOL_BANDS.mid} คะแนน`,
    };
    return `${m[1]}: ${band[m[2]]}`;
  }
  const section: Record<string, string> = {
    title: "ชื่อรายงาน",
    foreword: "คำนำ",
    s1: "ข้อ 1 หลักการและเหตุผล",
    s2: "ข้อ 2 ผลการประเมิน",
    s3: "ข้อ 3 การวิเคราะห์ข้อมูล",
    s4: "ข้อ 4 ข้อเสนอแนะ",
    s5: "ข้อ 5 มาตรการ",
    measure: "ตารางมาตรการ",
    item: "ชื่อข้อของการประเมินที่รายงานนี้ใช้ประกอบ",
    approval: "ช่องลงนามอนุมัติมาตรการ",
    derived: "หมายเหตุคะแนนที่คำนวณ",
    scores: "ตารางคะแนน",
    notes: "หมายเหตุ",
    value: "ค่าว่าง",
    cmp: "ข้อ 2 การเปรียบเทียบกับปีก่อน (เมื่อมีคะแนนของปีก่อน)",
    sub: "ตัวชี้วัดย่อยของตัวชี้วัดที่ 9 และ 10: สิ่งที่ตรวจ (asks) และแนวทางเมื่อได้คะแนนต่ำ (improve)",
  };
  return section[key.split(".")[0]] ?? "";
}
