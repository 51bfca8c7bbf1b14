/**
 * Every Thai text of the many-agency summary sheet (src/report/summary.ts), as templates of the phrase
 * library's kind (`{placeholder}` filled by fillTemplate, src/report/format.ts): key -> text. Kept apart
 * from the report's phrases (src/report/phrases.ts) and not (yet) listed in the editable phrase sheet:
 * adding them there would change that sheet for every workbook, a change of its own.
 */
import type { PhraseLibrary } from "./phrases";

export const SUMMARY_PHRASES: PhraseLibrary = {
  "summary.title":
    "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)",
  "summary.titleYear": " ประจำปีงบประมาณ พ.ศ. {year}",
  "summary.titleProvince": "ของหน่วยงานใน{place}",
  "summary.province": "จังหวัด{province}",
  "summary.overview": "ภาพรวม {count} หน่วยงาน{scope}",
  "summary.overview.agencies": "หน่วยงานที่นำมาสรุป {n} หน่วยงาน",
  "summary.overview.totals": "คะแนนรวมเฉลี่ย {mean} คะแนน (มัธยฐาน {median} ต่ำสุด {min} สูงสุด {max})",
  "summary.overview.noTotals": "ไม่มีหน่วยงานใดมีคะแนนรวม",
  "summary.overview.passing":
    "ได้คะแนนรวมตั้งแต่ {passMark} คะแนนขึ้นไป {n} หน่วยงาน คิดเป็นร้อยละ {percent}",
  "summary.overview.noTotal": "ไม่มีคะแนนรวม {n} หน่วยงาน",
  "summary.overview.skipped":
    " นอกจากนี้มีหน่วยงานที่ข้อมูลมีปัญหาจึงไม่ได้นำมาสรุป {n} หน่วยงาน (รายชื่อและปัญหาอยู่ในหัวข้อที่ {section})",
  "summary.note": "หมายเหตุ: {note}",
  "summary.findings.heading": "ข้อค้นพบสำคัญ",
  "summary.findings.tool":
    "• เครื่องมือการประเมินที่หน่วยงานได้คะแนนเฉลี่ยต่ำสุด คือ {tool} เฉลี่ย {mean} คะแนน ({others})",
  "summary.findings.toolTie":
    "• เครื่องมือการประเมินที่หน่วยงานได้คะแนนเฉลี่ยต่ำสุด คือ {tool} ซึ่งได้คะแนนเฉลี่ยเท่ากันที่ {mean} คะแนน{others}",
  "summary.findings.toolOther": "{tool} เฉลี่ย {mean} คะแนน",
  "summary.findings.and": " และ",
  "summary.findings.indicators": "• ตัวชี้วัดที่ได้คะแนนเฉลี่ยต่ำสุด {n} ตัวชี้วัด ได้แก่",
  "summary.findings.indicator": "{no}) ตัวชี้วัดที่ {id} {name} เฉลี่ย {mean} คะแนน {below}",
  "summary.findings.below": "มีหน่วยงาน {n} จาก {of} หน่วยงานที่ได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน",
  "summary.findings.belowNone": "ทุกหน่วยงานได้คะแนนตั้งแต่เกณฑ์ {threshold} คะแนนขึ้นไป",
  "summary.findings.type":
    "• ประเภทหน่วยงานที่ได้คะแนนรวมเฉลี่ยต่ำสุด คือ {type} ({n} หน่วยงาน) เฉลี่ย {mean} คะแนน ส่วน{best} ({bestN} หน่วยงาน) ได้คะแนนรวมเฉลี่ยสูงสุด {bestMean} คะแนน",
  "summary.tool.IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  "summary.tool.EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
  "summary.tool.OIT": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
  "summary.types.heading": "ผลการประเมินจำแนกตามประเภทหน่วยงาน",
  "summary.types.col.type": "ประเภทหน่วยงาน",
  "summary.types.col.mean": "คะแนนรวมเฉลี่ย",
  "summary.types.col.levels": "จำนวนหน่วยงานตามระดับผลการประเมิน",
  "summary.types.level": "{level} {n}",
  "summary.types.noLevel": "กำหนดระดับไม่ได้ {n}",
  "summary.types.none": "ไม่ระบุ",
  "summary.levels.heading": "การกระจายของระดับผลการประเมิน",
  "summary.levels.col.level": "ระดับผลการประเมิน",
  "summary.levels.none": "กำหนดระดับไม่ได้ (ข้อมูลไม่ครบ)",
  "summary.col.count": "จำนวน",
  "summary.col.percent": "ร้อยละ",
  "summary.col.mean": "คะแนนเฉลี่ย",
  "summary.col.median": "มัธยฐาน",
  "summary.col.min": "ต่ำสุด",
  "summary.col.max": "สูงสุด",
  "summary.col.no": "ที่",
  "summary.col.agency": "หน่วยงาน",
  "summary.col.score": "คะแนน",
  "summary.sum": "รวม",
  "summary.tools.heading": "คะแนนตามเครื่องมือการประเมินและคะแนนรวม",
  "summary.tools.col.item": "รายการ",
  "summary.total": "คะแนนรวม",
  "summary.indicators.heading": "คะแนนเฉลี่ยรายตัวชี้วัด และจำนวนหน่วยงานที่ได้ต่ำกว่าเกณฑ์ {threshold} คะแนน",
  "summary.indicators.col.indicator": "ตัวชี้วัด",
  "summary.indicators.col.tool": "เครื่องมือ",
  "summary.indicators.col.below": "ต่ำกว่าเกณฑ์",
  "summary.indicators.col.belowPercent": "ร้อยละที่ต่ำกว่าเกณฑ์",
  "summary.indicator": "ตัวชี้วัดที่ {id} {name}",
  "summary.indicators.note":
    'คะแนนเฉลี่ยที่ต่ำกว่าเกณฑ์ {threshold} คะแนนแสดงด้วยพื้นสีส้มอ่อน "ต่ำกว่าเกณฑ์" คือจำนวนหน่วยงานที่ได้คะแนนตัวชี้วัดนั้นต่ำกว่าเกณฑ์ ร้อยละคิดจากหน่วยงานที่มีคะแนนตัวชี้วัดนั้น',
  "summary.chart.title": "คะแนนเฉลี่ยรายตัวชี้วัด ปีงบประมาณ พ.ศ. {year}",
  "summary.chart.threshold": "เกณฑ์",
  "summary.below.heading": "หน่วยงานที่ได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน รายตัวชี้วัด",
  "summary.below.introMax":
    'เรียงจากคะแนนต่ำสุด แสดงไม่เกิน {max} หน่วยงานต่อตัวชี้วัด รายการครบทุกหน่วยงานอยู่ในคอลัมน์ "ตัวชี้วัดที่ต่ำกว่าเกณฑ์" ของตารางผลรายหน่วยงาน (หัวข้อสุดท้าย)',
  "summary.below.introAll": "เรียงจากคะแนนต่ำสุด",
  "summary.below.some": "ต่ำกว่าเกณฑ์ {n} หน่วยงาน",
  "summary.below.none": "ไม่มีหน่วยงานที่ต่ำกว่าเกณฑ์",
  "summary.below.shown": " (แสดง {n} หน่วยงานแรก)",
  "summary.skipped.heading": "หน่วยงานที่ไม่ได้นำมาสรุป (ข้อมูลมีปัญหา)",
  "summary.skipped.col.problems": "ปัญหา",
  "summary.skipped.more": "และอีก {n} รายการ",
  "summary.skipped.noName": "(ไม่มีชื่อ)",
  "summary.ranking.heading": "ผลการประเมินรายหน่วยงาน เรียงตามคะแนนรวม",
  "summary.ranking.note":
    'หน่วยงานที่ได้คะแนนรวมเท่ากันได้ลำดับเดียวกัน คะแนนรวมต่ำกว่า {passMark} คะแนนแสดงด้วยพื้นสีส้มอ่อน "ตัวชี้วัดที่ต่ำกว่าเกณฑ์" คือตัวชี้วัดที่ได้ต่ำกว่า {threshold} คะแนน',
  "summary.ranking.col.rank": "ลำดับ",
  "summary.ranking.col.level": "ระดับ",
  "summary.ranking.col.below": "ตัวชี้วัดที่ต่ำกว่าเกณฑ์",
  "summary.ranking.col.province": "จังหวัด",
  "summary.ranking.col.type": "ประเภท",
  "summary.empty.skipped": "ไม่มีหน่วยงานที่ประเมินได้ หน่วยงานทั้ง {n} หน่วยงานมีปัญหาข้อมูล",
  "summary.empty": "ไม่มีหน่วยงานให้สรุป",
};
