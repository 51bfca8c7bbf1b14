/**
 * Rows sized to their text in the .xlsx file. ExcelJS marks every row height it writes as custom
 * (customHeight="1"), which freezes the row: Excel and LibreOffice then never resize it after an edit.
 * A row the plan gives only an estimated height (PlanRow.estimatedHeight) keeps that height as its
 * current one with the mark removed, so that the spreadsheet resizes it when its text changes, and a
 * renderer that keeps a file's row heights on opening (LibreOffice) still shows every line.
 */
import JSZip from "jszip";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The package path of each sheet of the workbook, by sheet name. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (name !== undefined && target)
      out.set(name, "xl/" + target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  return out;
}

/** Removes customHeight="1" from the given rows (1-based) of the named sheets. */
export async function unmarkCustomHeights(
  xlsx: Uint8Array,
  rows: Map<string, Set<number>>,
  compression: "STORE" | "DEFLATE" = "DEFLATE"
): Promise<Uint8Array> {
  if (![...rows.values()].some((s) => s.size)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const paths = await sheetPaths(zip);
  for (const [name, set] of rows) {
    const path = paths.get(esc(name));
    const xml = path && (await zip.file(path)?.async("string"));
    if (!path || !xml) continue;
    zip.file(
      path,
      xml.replace(/<row r="(\d+)"[^>]*>/g, (tag, r: string) =>
        set.has(Number(r)) ? tag.replace(/ customHeight="1"/, "") : tag
      )
    );
  }
  return zip.generateAsync({ type: "uint8array", compression });
}
