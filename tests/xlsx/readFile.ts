/** Opens an .xlsx file and reads its input as the command line does (readInputFromWorkbook). */
import ExcelJS from "exceljs";
import { readInputFromWorkbook } from "../../src/xlsx/read";

export async function readInputFromXlsx(
  path: string,
  options: { row?: number; sheet?: string } = {}
): Promise<ReturnType<typeof readInputFromWorkbook> & { workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { ...readInputFromWorkbook(workbook, options), workbook };
}
