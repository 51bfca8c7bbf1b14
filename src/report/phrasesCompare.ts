/** The phrase library's year-over-year and trend texts (assembled in phrases.ts). */
import type { PhraseLibrary } from "./phraseLibrary";

/**
 * Year over year (src/report/sections/compare.ts, the end of section 2, and the score sheet): used only
 * when an earlier year is given. {level} / {prevLevel} are " B" on the letter scale and "ผ่าน" on the pass
 * scale (a Latin level is set off by a space), {change} is signed ("+6.05"), {abs} without a sign.
 */
export const COMPARE: PhraseLibrary = {
  "cmp.title": "ผลการประเมินเทียบกับปีงบประมาณ พ.ศ. {prevYear}",
  "cmp.title.trend": "ผลการประเมินเทียบกับปีที่ผ่านมา",
  "cmp.total.up":
    "เมื่อเทียบกับปีงบประมาณ พ.ศ. {prevYear} ซึ่งได้คะแนนรวม {prev} คะแนน{prevLevel} คะแนนรวมปีงบประมาณ พ.ศ. {year} เพิ่มขึ้น {abs} คะแนน",
  "cmp.total.down":
    "เมื่อเทียบกับปีงบประมาณ พ.ศ. {prevYear} ซึ่งได้คะแนนรวม {prev} คะแนน{prevLevel} คะแนนรวมปีงบประมาณ พ.ศ. {year} ลดลง {abs} คะแนน",
  "cmp.total.same":
    "เมื่อเทียบกับปีงบประมาณ พ.ศ. {prevYear} ซึ่งได้คะแนนรวม {prev} คะแนน{prevLevel} คะแนนรวมปีงบประมาณ พ.ศ. {year} เท่าเดิม",
  "cmp.total.missing":
    "ไม่มีคะแนนรวมของปีงบประมาณ พ.ศ. {lacking} จึงเปรียบเทียบคะแนนรวมกับปีงบประมาณ พ.ศ. {prevYear} ไม่ได้",
  "cmp.prevLevel": "อยู่ในระดับ{level}",
  "cmp.level.same": "ระดับผลการประเมินยังอยู่ในระดับ{level} เช่นเดียวกับปีงบประมาณ พ.ศ. {prevYear}",
  "cmp.level.up": "ระดับผลการประเมินเลื่อนขึ้นจากระดับ{prevLevel} เป็นระดับ{level}",
  "cmp.level.down": "ระดับผลการประเมินลดลงจากระดับ{prevLevel} เป็นระดับ{level}",
  "cmp.level.unknown": "ไม่ทราบระดับผลการประเมินของปีงบประมาณ พ.ศ. {prevYear} จึงไม่ได้เปรียบเทียบระดับ",
  "cmp.level.scale":
    "ปีงบประมาณ พ.ศ. {prevYear} ใช้{prevScale} ส่วนปีงบประมาณ พ.ศ. {year} ใช้{scale} จึงเทียบระดับของสองปีกันโดยตรงไม่ได้",
  "cmp.level.onScale":
    "หากคิดคะแนนของปีงบประมาณ พ.ศ. {prevYear} ตามเกณฑ์ของปีงบประมาณ พ.ศ. {year} จะอยู่ในระดับ{prevLevel} (เป็นค่าที่คำนวณขึ้นเพื่อเปรียบเทียบ ไม่ใช่ผลที่ประกาศ)",
  "cmp.level.onScale.up": "เมื่อเทียบด้วยเกณฑ์เดียวกัน ผลปีงบประมาณ พ.ศ. {year} จึงอยู่ในระดับที่ดีขึ้น",
  "cmp.level.onScale.same": "เมื่อเทียบด้วยเกณฑ์เดียวกัน ผลปีงบประมาณ พ.ศ. {year} จึงอยู่ในระดับเดียวกัน",
  "cmp.level.onScale.down": "เมื่อเทียบด้วยเกณฑ์เดียวกัน ผลปีงบประมาณ พ.ศ. {year} จึงอยู่ในระดับที่ต่ำลง",
  "cmp.level.onScale.unknown":
    "และข้อมูลของปีงบประมาณ พ.ศ. {prevYear} ไม่พอที่จะคิดระดับตามเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. {year}",
  "cmp.scale.letter": "ระดับ AA ถึง F",
  "cmp.scale.pass5": "เกณฑ์ห้าระดับตั้งแต่ผ่านดีเยี่ยมถึงต้องปรับปรุงโดยด่วน",
  "cmp.tools": "เมื่อแยกตามเครื่องมือ {list}",
  "cmp.tools.item": "{tool} {move}",
  "cmp.up": "เพิ่มขึ้น {abs} คะแนน",
  "cmp.down": "ลดลง {abs} คะแนน",
  "cmp.same": "คะแนนเท่าเดิม",
  "cmp.indicators.count": "ตัวชี้วัดที่เปรียบเทียบได้ {n} ตัวชี้วัด มีคะแนน{list}",
  "cmp.indicators.count.up": "เพิ่มขึ้น {n} ตัวชี้วัด",
  "cmp.indicators.count.down": "ลดลง {n} ตัวชี้วัด",
  "cmp.indicators.count.same": "เท่าเดิม {n} ตัวชี้วัด",
  "cmp.indicators.allSame": "ตัวชี้วัดทั้ง {n} ตัวชี้วัดที่เปรียบเทียบได้มีคะแนนเท่าเดิม",
  "cmp.indicators.allUp": "ตัวชี้วัดทั้ง {n} ตัวชี้วัดที่เปรียบเทียบได้มีคะแนนเพิ่มขึ้นทุกตัว",
  "cmp.indicators.allDown": "ตัวชี้วัดทั้ง {n} ตัวชี้วัดที่เปรียบเทียบได้มีคะแนนลดลงทุกตัว",
  "cmp.item": "ตัวชี้วัดที่ {id} {name} (จาก {from} เป็น {to} คะแนน)",
  "cmp.roseMost": "ตัวชี้วัดที่คะแนนเพิ่มขึ้นมากที่สุด คือ {list} เพิ่มขึ้น {abs} คะแนน",
  "cmp.roseMost.many": "ตัวชี้วัดที่คะแนนเพิ่มขึ้นมากที่สุด คือ {list} เพิ่มขึ้นเท่ากันตัวละ {abs} คะแนน",
  "cmp.fellMost": "ตัวชี้วัดที่คะแนนลดลงมากที่สุด คือ {list} ลดลง {abs} คะแนน",
  "cmp.fellMost.many": "ตัวชี้วัดที่คะแนนลดลงมากที่สุด คือ {list} ลดลงเท่ากันตัวละ {abs} คะแนน",
  "cmp.contrast": "ส่วน",
  "cmp.nc.lead": "ทั้งนี้",
  "cmp.nc.older":
    "ปีงบประมาณ พ.ศ. {older} ยังใช้กรอบการประเมินเดิม ไม่ใช่ตัวชี้วัด 10 ตัวชี้วัดชุดปัจจุบัน คะแนนของปีนั้นจึงแสดงไว้เพื่ออ้างอิงเท่านั้น ไม่นำมาหักลบหรือเปรียบเทียบรายเครื่องมือ รายตัวชี้วัด และระดับ",
  "cmp.total.reference":
    "คะแนนรวมปีงบประมาณ พ.ศ. {prevYear} ซึ่งประเมินด้วยกรอบการประเมินเดิม คือ {prev} คะแนน{prevLevel} (แสดงไว้เพื่ออ้างอิงเท่านั้น เพราะวัดด้วยเครื่องมือต่างกัน)",
  "cmp.trend.older":
    "คะแนนของปีงบประมาณ พ.ศ. {years} ใช้กรอบการประเมินเดิม จึงแสดงไว้เพื่ออ้างอิงเท่านั้น ไม่นำมาคิดว่าคะแนนรวมเพิ่มขึ้นหรือลดลง",
  "cmp.trend.stalled": "คะแนนรวมปี พ.ศ. {years} เปลี่ยนจากปีก่อนหน้าไม่ถึง {limit} คะแนน ({list})",
  "cmp.trend.stalled.item": "พ.ศ. {year} {change}",
  "cmp.trend.levelSame": "ระดับผลการประเมินไม่เปลี่ยนเลยตั้งแต่ปีงบประมาณ พ.ศ. {from} โดยทุกปีอยู่ในระดับ{level}",
  "cmp.trend.scaleNote":
    "ระดับในตารางนี้ใช้สองเกณฑ์: ถึงปีงบประมาณ พ.ศ. 2565 เป็นระดับ AA ถึง F และตั้งแต่ปีงบประมาณ พ.ศ. 2566 เป็นเกณฑ์ห้าระดับ (ผ่านดีเยี่ยม ผ่านดี ผ่าน ต้องปรับปรุง ต้องปรับปรุงโดยด่วน) จึงเทียบระดับข้ามสองช่วงนี้โดยตรงไม่ได้",
  "cmp.nc.toolsComputed":
    "คะแนน {tools} ของปีงบประมาณ พ.ศ. {prevYear} เป็นค่าที่คำนวณจากคะแนนรายตัวชี้วัด ไม่ใช่คะแนนที่ประกาศ",
  "scores.cmp.computed": "{label} (พ.ศ. {prevYear} คำนวณ)",
  "cmp.nc.subs":
    "ตัวชี้วัดย่อยที่ {list} ของปีงบประมาณ พ.ศ. {year} มีชื่อและประเด็นการประเมินต่างจากปีงบประมาณ พ.ศ. {prevYear} จึงไม่นำมาเปรียบเทียบ",
  "cmp.nc.noIndicators": "ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ พ.ศ. {prevYear} จึงไม่ได้เปรียบเทียบรายตัวชี้วัด",
  "cmp.nc.missing": "ไม่มีคะแนนตัวชี้วัดที่ {list} ของปีงบประมาณ พ.ศ. {lacking} จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว",
  "cmp.nc.derived": "คะแนนตัวชี้วัดที่ {list} ที่ใช้เปรียบเทียบเป็นค่าที่คำนวณขึ้น ไม่ใช่คะแนนที่ประกาศ",
  "cmp.trend": "คะแนนรวมย้อนหลัง {n} ปี ได้แก่ {list}",
  "cmp.trend.item": "พ.ศ. {year} ได้ {total} คะแนน",
  "cmp.trend.rising": "คะแนนรวมมีแนวโน้มเพิ่มขึ้นโดยไม่มีปีใดลดลง ตลอดช่วงเพิ่มขึ้นรวม {abs} คะแนน",
  "cmp.trend.falling": "คะแนนรวมมีแนวโน้มลดลงโดยไม่มีปีใดเพิ่มขึ้น ตลอดช่วงลดลงรวม {abs} คะแนน",
  "cmp.trend.steady": "คะแนนรวมคงที่ทุกปี",
  "cmp.trend.mixed": "คะแนนรวมขึ้นลงสลับกัน ปีที่ได้คะแนนรวมสูงสุด คือ พ.ศ. {best} และต่ำสุด คือ พ.ศ. {worst}",
  "cmp.trend.net.up": "โดยปีล่าสุดสูงกว่าปีแรก {abs} คะแนน",
  "cmp.trend.net.down": "โดยปีล่าสุดต่ำกว่าปีแรก {abs} คะแนน",
  "cmp.trend.net.same": "โดยปีล่าสุดเท่ากับปีแรก",
  "cmp.trend.gaps": "(ไม่มีคะแนนของปีงบประมาณ พ.ศ. {list})",
  "scores.cmp.title": "เปรียบเทียบกับปีงบประมาณ พ.ศ. {prevYear}",
  "scores.cmp.col.item": "รายการ",
  "scores.cmp.col.year": "{year}",
  "scores.cmp.series": "พ.ศ. {year}",
  "scores.cmp.col.change": "ผลต่าง",
  "scores.cmp.none": "—",
  "scores.cmp.legend": "— หมายถึงเปรียบเทียบไม่ได้หรือไม่มีคะแนน (เหตุผลอยู่ในข้อ 2 ของรายงานการวิเคราะห์)",
  "scores.cmp.onScale": "ระดับตามเกณฑ์ปี พ.ศ. {year} (คำนวณ)",
  "scores.cmp.up": "เลื่อนขึ้น",
  "scores.cmp.down": "ลดลง",
  "scores.cmp.same": "เท่าเดิม",
  "scores.chart.title.compare":
    "คะแนนรายตัวชี้วัด พ.ศ. {prevYear} และ พ.ศ. {year} เทียบกับเกณฑ์ {threshold} คะแนน",
  "scores.trend.title": "คะแนนรวมย้อนหลัง",
  "scores.trend.col.year": "ปีงบประมาณ",
  "scores.trend.chart.title": "คะแนนรวม พ.ศ. {from}-{to}",
};
