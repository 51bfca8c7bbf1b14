/**
 * The ribbon command's message dialog (dist/commands.html?dialog=1) in headless Chromium, with a minimal
 * Office dialog host injected in place of office.js: it must say "ready", show what the command sends,
 * and ask to be closed with its button.
 *
 * Uses the production build as it is and never builds it (the task-pane browser test may be building
 * dist/ at the same moment): skipped with a message when dist/ is missing or older than src/, or when
 * Chromium is absent (unless ITA_REQUIRE_BROWSER=1).
 */
import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";
import { OFFICE_JS_CDN } from "../../scripts/build-config";
import { DIST, distStaleReason } from "../browser/dist";
import { serveDir, type StaticServer } from "../browser/server";

const CHROMIUM = process.env.ITA_CHROMIUM || "/usr/bin/chromium";
const stale = distStaleReason();
const skipWhy = !existsSync(CHROMIUM)
  ? process.env.ITA_REQUIRE_BROWSER === "1"
    ? null
    : `${CHROMIUM} not found`
  : stale
    ? `dist/ not usable (${stale}); run npm run build`
    : null;
if (skipWhy) process.stderr.write(`tests/excel/commands-dialog: skipped: ${skipWhy}\n`);
const suite = skipWhy ? describe.skip : describe;

/** Stands in for office.js inside the dialog page: records messageParent, keeps the parent-message handler. */
const DIALOG_HOST = `
window.__toParent = [];
window.Office = {
  EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
  context: {
    displayLanguage: "th-TH",
    ui: {
      messageParent: (m) => window.__toParent.push(m),
      // Like Office: the handler is registered, then the callback runs (later). The test releases it.
      addHandlerAsync: (type, handler, callback) => {
        window.__parentHandler = handler;
        window.__releaseHandler = () => callback({ status: "succeeded" });
      },
    },
  },
  actions: { associate: () => { throw new Error("the dialog page must not register ribbon actions"); } },
  onReady: (cb) => Promise.resolve().then(() => { if (cb) cb({ host: "Excel" }); }),
};
`;

suite("ribbon command dialog page", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDir(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("shows the summary, then the problems sent by the command; the button asks to close", async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 400 } });
    // The page loads Office.js from Microsoft's CDN (scripts/build-config.js): answered here, offline.
    await page.route(OFFICE_JS_CDN, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: DIALOG_HOST })
    );
    const summary = "สร้างรายงานไม่ได้ เพราะข้อมูลมีปัญหา (คะแนน!F11)";
    await page.goto(`${server.url}commands.html?dialog=1#${encodeURIComponent(summary)}`);
    // "ready" waits for addHandlerAsync's callback: nothing is said before it
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { __releaseHandler?: unknown }).__releaseHandler === "function"
    );
    await expect(
      page.evaluate(() => (window as unknown as { __toParent: string[] }).__toParent)
    ).resolves.toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { __releaseHandler: () => void }).__releaseHandler()
    );
    await page.waitForFunction(() =>
      (window as unknown as { __toParent: string[] }).__toParent.includes("ready")
    );
    await expect(page.locator("h1").textContent()).resolves.toBe(summary);

    await page.evaluate(() => {
      const w = window as unknown as { __parentHandler: (arg: { message: string }) => void };
      w.__parentHandler({
        message: JSON.stringify({
          title: "หัวเรื่องจากคำสั่ง",
          lines: ["คะแนน!F11: คะแนนต้องอยู่ระหว่าง 0-100", "บรรทัดที่สอง"],
        }),
      });
    });
    await expect(page.locator("h1").textContent()).resolves.toBe("หัวเรื่องจากคำสั่ง");
    await expect(page.locator("li").allTextContents()).resolves.toEqual([
      "คะแนน!F11: คะแนนต้องอยู่ระหว่าง 0-100",
      "บรรทัดที่สอง",
    ]);
    await page.getByRole("button", { name: "ปิด" }).click();
    await expect(
      page.evaluate(() => (window as unknown as { __toParent: string[] }).__toParent)
    ).resolves.toEqual(["ready", "close"]);
    await page.close();
  }, 60_000);
});
