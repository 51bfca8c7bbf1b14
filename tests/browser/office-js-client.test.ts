/**
 * The report writer (src/excel/writePlan.ts) against Microsoft's real Office.js client library, not the
 * fake host: @microsoft/office-js's Excel script in headless Chromium, `new Excel.RequestContext(url)`,
 * the request intercepted (tests/browser/real-office.ts). The seed's write batch must serialize without
 * error into ONE request, and stay within issue 11's budget of 180 KiB. Skipped without Chromium (unless
 * ITA_REQUIRE_BROWSER=1), like the other browser tests.
 */
import { existsSync } from "fs";
import { CHROMIUM, captureWriteRequest, seedReportSheets } from "./real-office";

const skipWhy =
  !existsSync(CHROMIUM) && process.env.ITA_REQUIRE_BROWSER !== "1" ? `${CHROMIUM} not found` : null;
if (skipWhy) process.stderr.write(`tests/browser/office-js-client: skipped: ${skipWhy}\n`);
const suite = skipWhy ? describe.skip : describe;

suite("the write batch through Microsoft's Office.js client", () => {
  test("the seed's report serializes into one request of at most 180 KiB", async () => {
    const sheets = seedReportSheets();
    const r = await captureWriteRequest(sheets);
    process.stdout.write(
      `office-js-client: write request ${(r.bytes / 1024).toFixed(1)} KiB, ${r.actions} actions, ${r.objectPaths} object paths\n`
    );
    expect(r.error).toBeUndefined();
    expect(r.requests).toBe(1);
    expect(r.actions).toBeGreaterThan(100);
    expect(r.bytes).toBeLessThanOrEqual(180 * 1024);
    // what is written really is in it: every sheet's name and the agency's name
    for (const s of sheets) expect(r.body).toContain(JSON.stringify(s.name));
    expect(r.body).toContain("กะหรอ");
  }, 180_000);

  test("a writer error is reported, not swallowed (the capture can fail)", async () => {
    const [first] = seedReportSheets();
    // a sheet name Excel forbids is not checked by the client: it serializes; a plan whose rows are not an
    // array makes the writer itself throw before the request
    const broken = { ...first, rows: null } as unknown as typeof first;
    const r = await captureWriteRequest([broken]);
    expect(r.error).toBeDefined();
    expect(r.requests).toBe(0);
  }, 180_000);
});
