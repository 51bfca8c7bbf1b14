/**
 * The ribbon command's dialog after a failed run whose cause is a part of the add-in that could not be
 * loaded (an update while Excel held the old release): it says the add-in was updated and what to do, in
 * Thai and English, instead of the loader's "Loading chunk … failed" under "the workbook failed".
 */
import { dialogContent } from "../../src/commands/commands";

const failed = (error: string) => ({ status: "failed" as const, problems: [], error });

test("a chunk that failed to load: the add-in was updated", () => {
  const error =
    "อ่านหรือเขียนสมุดงานไม่สำเร็จ / Reading or writing the workbook failed: Loading chunk composer failed.\n(error: https://h/composer.1a2b3c4d.js)";
  const th = dialogContent(failed(error), "th");
  expect(th.title).toMatch(/^ส่วนเสริมได้รับการอัปเดตแล้ว: ปิดสมุดงานนี้แล้วเปิดใหม่/);
  expect(th.lines.join("\n")).not.toContain("Loading chunk");
  expect(dialogContent(failed(error), "en").title).toMatch(/^The add-in was updated/);
});

test("any other failure is shown as before, with its error", () => {
  const r = dialogContent(failed("Reading or writing the workbook failed: GeneralException"), "en");
  expect(r.title).toBe("Creating the report failed");
  expect(r.lines).toContain("Reading or writing the workbook failed: GeneralException");
});
