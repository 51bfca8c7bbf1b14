/**
 * A small ReportDocument with every kind of block and intent, made with the composer's own builder: the
 * Word rendering's tests read what it makes of each (independent of the composer's wording).
 */
import { DocumentBuilder, type ReportDocument } from "../../src/report/document";
import { officialDocument } from "../../src/report/page";

export function sampleDocument(digits: "thai" | "arabic" = "thai"): ReportDocument {
  const d = new DocumentBuilder(
    officialDocument(2566, "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", digits)
  );
  const sheet = { role: "analysis" as const, name: "วิเคราะห์ผล ITA 2566" };
  const cover = d.part("cover", sheet, { pageNumber: false, verticalAlign: "center" });
  cover.title("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", 1);
  cover.title("องค์การบริหารส่วนตำบลตัวอย่าง", 2);

  const fw = d.part("foreword", sheet);
  fw.title("คำนำ", 1);
  for (let i = 0; i < 3; i++)
    fw.paragraph(
      "รายงานฉบับนี้จัดทำขึ้นเพื่อวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน " +
        "และนำผลไปกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้เป็นรูปธรรม"
    );
  fw.signature(["สำนักปลัด", "ธันวาคม ๒๕๖๖"], { spaceBefore: "line" });

  const an = d.part("analysis", sheet);
  an.heading("๒. ผลการประเมิน", 1);
  an.paragraph(
    [
      { text: "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน " },
      { text: "๕๕.๘๕*", bold: true },
      { text: " ซึ่งต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมด" },
    ],
    { notes: ["note-derived"] }
  );
  an.list(["(๑) การปฏิบัติหน้าที่ ๙๕.๑๐", "(๒) การใช้งบประมาณ ๘๘.๒๐"], { indent: 1 });
  an.heading("๓.๑ จุดแข็ง", 2);
  an.paragraph("หน่วยงานมีจุดแข็งในด้านการปฏิบัติหน้าที่");
  an.table({
    id: "t-scores",
    columns: [1, 4, 2, 0],
    hiddenColumns: [3],
    size: 14,
    header: [
      {
        cells: [{ value: "ที่" }, { value: "ตัวชี้วัด" }, { value: "คะแนน" }, { value: "เกณฑ์" }],
        fill: "#D9E2F3",
      },
    ],
    rows: [
      { cells: [{ value: "IIT", span: 4 }], group: true },
      {
        cells: [
          { value: 1, text: "๑" },
          { value: "การปฏิบัติหน้าที่" },
          { value: 95.1, text: "๙๕.๑๐", align: "right" },
          { value: 90 },
        ],
      },
      {
        cells: [
          { value: 9, text: "๙" },
          { value: ["การเปิดเผยข้อมูล", "(คำนวณ)"] },
          { value: 55.85, text: "๕๕.๘๕", align: "right" },
          { value: 90 },
        ],
      },
    ],
  });
  an.figure(
    {
      type: "column",
      title: "คะแนนรายตัวชี้วัด",
      categories: ["1", "9"],
      series: [
        { name: "คะแนน", values: [95.1, 55.85], color: "#4472C4", draw: "column", labels: true },
        { name: "เกณฑ์", values: [90, 90], color: "#C00000", draw: "line" },
      ],
      axis: { min: 0, max: 100, step: 20, numFmt: "0.00" },
      legend: true,
    },
    { id: "fig-scores" }
  );
  an.note("* คะแนนตัวชี้วัดที่ ๙ คำนวณจากคะแนน OIT และตัวชี้วัดที่ ๑๐", { id: "note-derived" });

  const ms = d.part(
    "measures",
    { role: "measures", name: "มาตรการ ITA 2567" },
    { orientation: "landscape" }
  );
  ms.title("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", 2);
  ms.table({
    columns: [3, 4, 2, 2],
    header: [
      {
        cells: [
          { value: "มาตรการ" },
          { value: "ขั้นตอนหรือวิธีการ" },
          { value: "ผู้รับผิดชอบ" },
          { value: "การกำกับติดตาม" },
        ],
      },
    ],
    rows: Array.from({ length: 12 }, (_, i) => ({
      cells: [
        { value: `มาตรการที่ ${i + 1}` },
        { value: ["จัดทำคู่มือ", "เผยแพร่ทางเว็บไซต์ของหน่วยงาน"] },
        { value: "สำนักปลัด" },
        { value: "รายงานความก้าวหน้าและสรุปผลเมื่อสิ้นปีงบประมาณ" },
      ],
    })),
  });
  ms.signature([
    "(ลงชื่อ) ........................................",
    "นายก องค์การบริหารส่วนตำบลตัวอย่าง",
  ]);
  return d.build();
}
