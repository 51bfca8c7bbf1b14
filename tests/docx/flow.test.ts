/**
 * How the Word file flows over its pages: a part that runs on (the scores after the analysis) starts where
 * the part before it ends, a landscape part always on a page of its own; the body's line pitch, a picture
 * on a single line so it is never cut; a short table kept on one page, a long one free to break between
 * rows.
 */
import JSZip from "jszip";
import { renderWord } from "../../src/docx/render";
import { DocumentBuilder, type ReportDocument } from "../../src/report/document";
import { officialDocument } from "../../src/report/page";
import { fixtureReport } from "../report/fixtures";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
    "base64"
  )
);

function flowDocument(): ReportDocument {
  const d = new DocumentBuilder(officialDocument(2566, "ทดสอบ", "thai"));
  const sheet = { role: "analysis" as const, name: "วิเคราะห์ผล ITA 2566" };
  d.part("analysis", sheet).paragraph("ผลการประเมินของหน่วยงาน");
  const scores = d.part("scores", { role: "scores", name: "คะแนน" }, { runOn: true });
  scores.title("คะแนนการประเมิน", 1);
  const row = (i: number) => ({ cells: [{ value: `ตัวชี้วัดที่ ${i}` }, { value: 90 + i / 10 }] });
  const header = [{ cells: [{ value: "ตัวชี้วัด" }, { value: "คะแนน" }] }];
  scores.table({ id: "short", columns: [3, 1], header, rows: [1, 2].map(row) });
  scores.table({ id: "long", columns: [3, 1], header, rows: [1, 2, 3, 4, 5, 6, 7, 8].map(row) });
  scores.figure(
    {
      type: "column",
      title: "คะแนนรายตัวชี้วัด",
      categories: ["1", "2"],
      series: [{ name: "คะแนน", values: [91, 92], color: "#4472C4", draw: "column" }],
      axis: { min: 0, max: 100, step: 20, numFmt: "0.00" },
      legend: true,
    },
    { id: "fig" }
  );
  const m = d.part("measures", { role: "measures", name: "มาตรการ" }, { orientation: "landscape" });
  m.paragraph("มาตรการ");
  d.part("after", { role: "measures", name: "มาตรการ" }, { runOn: true }).paragraph("ต่อท้าย");
  return d.build();
}

async function documentXml(
  doc: ReportDocument,
  figures = {}
): Promise<{ body: string; styles: string }> {
  const zip = await JSZip.loadAsync(await renderWord(doc, { figures }));
  return {
    body: (await zip.file("word/document.xml")?.async("string")) ?? "",
    styles: (await zip.file("word/styles.xml")?.async("string")) ?? "",
  };
}
const sections = (xml: string): string[] => xml.match(/<w:sectPr[\s>].*?<\/w:sectPr>/g) ?? [];
const tables = (xml: string): string[] => xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
const rowsOf = (t: string): string[] => t.match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g) ?? [];

describe("Word file: parts over pages", () => {
  it("starts a part that runs on where the part before it ends, but a landscape part on a page of its own", async () => {
    const { body } = await documentXml(flowDocument());
    const secs = sections(body);
    expect(secs).toHaveLength(4);
    expect(secs[0]).not.toContain('w:type w:val="continuous"');
    expect(secs[1]).toContain('<w:type w:val="continuous"/>');
    expect(secs[2]).not.toContain('w:type w:val="continuous"');
    // The part after the landscape one asks to run on, but changes orientation: it starts a page.
    expect(secs[3]).not.toContain('w:type w:val="continuous"');
  });

  it("sets the first block of a part that runs on a line below the text before it", async () => {
    const { body } = await documentXml(flowDocument());
    const title = (body.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).find((p) =>
      p.includes("คะแนนการประเมิน")
    );
    expect(title).toMatch(/<w:spacing [^>]*w:before="320"/);
  });

  it("runs the seed's scores on after its analysis, and starts the measures on a landscape page", () => {
    const { doc } = fixtureReport("seed.json");
    const byName = new Map(doc.parts.map((p) => [p.name, p]));
    expect(byName.get("scores")?.runOn).toBe(true);
    expect(byName.get("measures")?.runOn).toBeUndefined();
    expect(byName.get("analysis")?.runOn).toBeUndefined();
  });
});

describe("Word file: lines", () => {
  it("sets the body at 0.8 of the font's single line, and a picture on a single line so it is not cut", async () => {
    const { body, styles } = await documentXml(flowDocument(), {
      fig: { data: PNG, width: 600, height: 300 },
    });
    const defaults = /<w:pPrDefault>.*<\/w:pPrDefault>/.exec(styles)?.[0] ?? "";
    expect(defaults).toMatch(/w:line="192" w:lineRule="auto"/);
    const picture = (body.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).find((p) =>
      p.includes("<w:drawing>")
    );
    expect(picture).toMatch(/w:line="240" w:lineRule="auto"/);
  });

  it("keeps a short table on one page and lets a long one break between its rows", async () => {
    const { body } = await documentXml(flowDocument());
    const [short, long] = tables(body);
    const kept = (r: string) => /<w:keepNext\/>/.test(r);
    expect(rowsOf(short!).slice(0, -1).every(kept)).toBe(true);
    // In the long table only the header row is kept with the rows after it.
    expect(rowsOf(long!).filter(kept)).toHaveLength(1);
  });
});
