/**
 * The Word file as LibreOffice Writer lays it out (TH SarabunPSK mapped to Laksaman, scripts/render): the
 * seed's report takes at most 16 pages, and in every report the page of the signature also carries
 * text of the report (a measure of the table it closes), so the signature never stands alone on a page.
 * Needs soffice with Writer, pdftotext and pdftoppm; skipped without them unless ITA_REQUIRE_WRITER=1.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { figurePictures } from "../../src/cli/chartImage";
import { renderWord } from "../../src/docx/render";
import { fixtureReport } from "../report/fixtures";
import { pageTexts, toPdf, writerAvailable } from "../xlsx/libreoffice";

const maybe = writerAvailable ? describe : describe.skip;

/** The signature's lines and the page number: what a page holding only the signature shows. */
const SIGNATURE_ONLY = /ลงชื่อ|\(\.+\)|ตำแหน่ง|วันที่|เดือน|พ\.ศ\.|\.{3,}|-\s*[0-9๐-๙]+\s*-/g;

maybe("LibreOffice Writer: the Word file's pages", () => {
  jest.setTimeout(300000);
  const dir = mkdtempSync(join(tmpdir(), "ita-docx-pages-"));
  const pages = new Map<string, string[]>();
  const files = [
    "seed.json",
    "weak-2567.json",
    "fy2568-pao-improve.json",
    "fy2566-school-pass.json",
    "seed-previous.json",
  ];

  beforeAll(async () => {
    for (const f of files) {
      const { doc } = fixtureReport(f);
      const docx = join(dir, f.replace(/\.json$/, ".docx"));
      writeFileSync(docx, await renderWord(doc, { figures: figurePictures(doc) }));
      pages.set(f, pageTexts(toPdf(docx, dir)));
    }
  });

  test("the seed's report takes at most 16 pages", () => {
    expect(pages.get("seed.json")?.length).toBeGreaterThan(10);
    expect(pages.get("seed.json")?.length).toBeLessThanOrEqual(16);
  });

  test.each(files)("%s: the signature's page carries text of the report too", (f) => {
    const all = pages.get(f) ?? [];
    const signed = all.filter((p) => p.includes("ลงชื่อ"));
    expect(signed.length).toBeGreaterThan(0);
    for (const p of signed) {
      const rest = p.replace(SIGNATURE_ONLY, "").replace(/\s+/g, "");
      expect(rest.length).toBeGreaterThan(40);
    }
  });
});
