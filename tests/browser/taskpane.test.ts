/**
 * The production task pane (dist/taskpane.html + dist/taskpane.js) in headless Chromium, with a fake Office host
 * served in place of Office.js: the page asks for Microsoft's CDN URL (the production build's), and the test
 * answers that one URL locally, so the test stays offline. Every other request must stay on the test server's
 * origin: each test fails if the pane asked for anything else (fonts, telemetry, another script...). Fills the form, clicks generate, and asserts on the fake workbook
 * (the new report sheets, the highlights on the user's own score cells) and on the pane's summary; then a bad
 * score: listed with its cell, the cell selected on click, nothing written. Saves docs/taskpane-*.png.
 *
 * Needs Debian's /usr/bin/chromium (or ITA_CHROMIUM). Without it the suite is skipped with a message, unless
 * ITA_REQUIRE_BROWSER=1 (CI), where it fails.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { OFFICE_JS_CDN } from "../../scripts/build-config";
import pkg from "../../package.json";
import seed from "../fixtures/seed.json";
import { DIST, ROOT, ensureDist, pageScripts } from "./dist";
import { bundleFakeHost } from "./fake-host-bundle";
import { serveDir } from "./server";
import type { StaticServer } from "./server";

const CHROMIUM = process.env.ITA_CHROMIUM || "/usr/bin/chromium";
const REQUIRED = process.env.ITA_REQUIRE_BROWSER === "1";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// Screenshots go to docs/ (shown in the README) only when asked: ITA_SCREENSHOTS=docs npm test.
const DOCS =
  process.env.ITA_SCREENSHOTS === "docs" ? join(ROOT, "docs") : join(__dirname, "output");
const USER_SHEET = "คะแนน ITA";
const THRESHOLD = 90;

if (!HAVE_CHROMIUM && !REQUIRED) {
  process.stderr.write(
    `tests/browser: skipped: ${CHROMIUM} not found (apt-get install chromium; set ITA_REQUIRE_BROWSER=1 to make this a failure)\n`
  );
}

const suite = HAVE_CHROMIUM || REQUIRED ? describe : describe.skip;

/** What the test reads back from the fake workbook (plain data out of the page). */
interface SheetDump {
  name: string;
  values: unknown[][];
  cells: Array<[string, unknown]>;
  conditionalFormats: Array<{
    type: string;
    rect: { row: number; col: number; rows: number; cols: number };
    rule?: { formula1?: string; formula2?: string; operator?: string };
    fill?: string;
    fontColor?: string;
  }>;
}

interface WorkbookDump {
  sheetNames: string[];
  sheets: SheetDump[];
  syncCount: number;
  selection: string;
  savedSettings: Record<string, unknown>;
}

async function dumpWorkbook(page: Page): Promise<WorkbookDump> {
  return page.evaluate(() => {
    type Wb = {
      sheetNames(): string[];
      values(name: string): unknown[][];
      sheet(name: string): { cells: Map<string, unknown>; conditionalFormats: unknown[] };
      syncCount: number;
      selectionAddress(): string;
      savedSettings: Record<string, unknown>;
    };
    const wb = (window as unknown as { __fakeWorkbook: Wb }).__fakeWorkbook;
    const names = wb.sheetNames();
    return JSON.parse(
      JSON.stringify({
        sheetNames: names,
        sheets: names.map((name) => ({
          name,
          values: wb.values(name),
          cells: [...wb.sheet(name).cells.entries()].sort(),
          conditionalFormats: wb.sheet(name).conditionalFormats,
        })),
        syncCount: wb.syncCount,
        selection: wb.selectionAddress(),
        savedSettings: wb.savedSettings,
      })
    ) as WorkbookDump;
  });
}

function unquote(address: string): string {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, "")}`;
}

function a1(row: number, col: number): string {
  return String.fromCharCode(65 + col) + (row + 1);
}

/** Cells (A1, 0-based row/col) of the user's sheet that the sheet's conditional formats would colour now. */
function highlightedCells(sheet: SheetDump): Set<string> {
  const out = new Set<string>();
  for (const cf of sheet.conditionalFormats) {
    const op = (cf.rule?.operator ?? "").toLowerCase();
    const bound = Number(String(cf.rule?.formula1 ?? "").replace(/^=/, ""));
    if (cf.type.toLowerCase() !== "cellvalue" || !Number.isFinite(bound)) {
      throw new Error(`unexpected conditional format: ${JSON.stringify(cf)}`);
    }
    for (let r = cf.rect.row; r < cf.rect.row + cf.rect.rows && r < sheet.values.length; r++) {
      for (let c = cf.rect.col; c < cf.rect.col + cf.rect.cols; c++) {
        const v = sheet.values[r]?.[c];
        if (typeof v !== "number") continue;
        const hit = op === "lessthan" ? v < bound : op === "lessthanorequal" ? v <= bound : false;
        if (hit) out.add(a1(r, c));
      }
    }
  }
  return out;
}

function allText(sheets: SheetDump[]): string {
  return sheets
    .flatMap((s) => s.values.flat())
    .filter((v) => v !== null && v !== undefined && v !== "")
    .map(String)
    .join("\n");
}

suite("task pane in headless Chromium (production build, fake Office host)", () => {
  let browser: Browser;
  let server: StaticServer;
  let fakeHost: string;
  /** Requests the pane made outside its origin (other than the Office.js URL answered locally). */
  let outside: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(
        `${CHROMIUM} is missing and ITA_REQUIRE_BROWSER=1: install Debian's chromium package`
      );
    }
    ensureDist((line) => process.stderr.write(`tests/browser: ${line}\n`));
    fakeHost = await bundleFakeHost();
    server = await serveDir(DIST);
    mkdirSync(DOCS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 600_000);

  afterEach(() => {
    const seen = outside;
    outside = [];
    expect(seen).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface OpenOptions {
    viewport?: { width: number; height: number };
    /** Office.js cannot be loaded (the CDN URL answered with a network error). */
    noOfficeJs?: boolean;
    /** The pane's own scripts whose URL matches fail to load (an update removed them from the server). */
    failScripts?: RegExp;
    /** What to wait for once loaded (default: the pane). */
    ready?: string;
  }

  /** A fresh context (no storage from another test) with the pane at 350x900 and the fake host answering office.js. */
  async function openPane(
    setup: Record<string, unknown>,
    opts: OpenOptions = {}
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 350, height: 900 },
      locale: "th-TH",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript((s) => {
      (window as unknown as { __itaFakeSetup: unknown }).__itaFakeSetup = s;
    }, setup);
    // Office.js (Microsoft's CDN URL, exactly) is answered with the fake host; any other request off the
    // test server is refused and recorded, and fails the test (afterEach).
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_CDN && opts.noOfficeJs) return route.abort("internetdisconnected");
      if (opts.failScripts?.test(url) && url.startsWith(server.url)) return route.abort("failed");
      if (url === OFFICE_JS_CDN) {
        return route.fulfill({
          status: 200,
          contentType: "text/javascript; charset=utf-8",
          body: fakeHost,
        });
      }
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(server.url + "taskpane.html");
    await page.getByTestId(opts.ready ?? "pane").waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    return { context, page };
  }

  /**
   * A screenshot for docs/ that is the same on every run: no keyboard focus ring, no hover state, no caret,
   * no animation caught midway. (The focus assertions are made before it.)
   */
  async function screenshot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(DOCS, name), animations: "disabled", caret: "hide" });
  }

  async function fillForm(page: Page): Promise<void> {
    await page.getByTestId("agency-name").fill(seed.agency.name);
    await page.getByTestId("agency-type").fill(seed.agency.type);
    await page.getByTestId("district").fill(seed.agency.district);
    await page.getByTestId("province").fill(seed.agency.province);
    await page.getByTestId("unit").fill(seed.agency.unit);
    await page.getByTestId("responsible").fill(seed.agency.responsible.join("\n"));
    await page.getByTestId("fiscal-year").selectOption(String(seed.fiscalYear));
    await page.getByTestId("threshold").fill(String(THRESHOLD));
  }

  it("generates the report from the seed's scores: sheets, highlights, summary", async () => {
    const { context, page } = await openPane({ scenario: "seed" });
    try {
      // The Thai UI (displayLanguage th-TH) with the four buttons.
      await expect(page.getByTestId("generate").textContent()).resolves.toBe("สร้างรายงาน");
      await expect(page.getByTestId("create-template").textContent()).resolves.toBe(
        "สร้างแผ่นงานกรอกคะแนน"
      );
      await fillForm(page);
      const before = await dumpWorkbook(page);
      expect(before.sheetNames).toEqual([USER_SHEET]);
      const noHorizontalScroll = await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth
      );
      expect(noHorizontalScroll).toBe(true);
      await screenshot(page, "taskpane-before.png");

      // Keyboard: focus the primary button and press Enter.
      await page.getByTestId("generate").focus();
      await page.keyboard.press("Enter");
      const summary = page.getByTestId("summary");
      await summary.waitFor({ timeout: 30_000 });

      // The pane's summary.
      await expect(page.getByTestId("total").textContent()).resolves.toBe("76.05");
      await expect(page.getByTestId("level").textContent()).resolves.toBe("B");
      await expect(page.locator('[data-tool="IIT"]').textContent()).resolves.toBe("87.46");
      await expect(page.locator('[data-tool="EIT"]').textContent()).resolves.toBe("66.29");
      await expect(page.locator('[data-tool="OIT"]').textContent()).resolves.toBe("74.80");
      const ranked = await page.locator("[data-testid=ranking] tbody tr").evaluateAll((rows) =>
        rows.map((r) => ({
          id: r.getAttribute("data-indicator"),
          below: r.getAttribute("data-below"),
          text: r.textContent,
        }))
      );
      const main = ranked.filter((r) => !String(r.id).includes("."));
      expect(main.map((r) => r.id)).toEqual(["1", "10", "5", "3", "2", "4", "7", "6", "8", "9"]);
      expect(main.filter((r) => r.below === "false").map((r) => r.id)).toEqual(["1", "10"]);
      expect(main[0].text).toContain("การปฏิบัติหน้าที่");
      // Below-threshold rows say so in words, not by colour alone.
      for (const r of main.filter((x) => x.below === "true"))
        expect(r.text).toContain(`ต่ำกว่าเกณฑ์ ${THRESHOLD}`);
      // Indicator 9 was derived, and the pane says so.
      expect(main.find((r) => r.id === "9")?.text).toContain("ได้จากการคำนวณ");
      expect(await page.getByTestId("warnings").count()).toBe(1);
      // Focus moved to the result.
      await expect(
        page.evaluate(() =>
          document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid")
        )
      ).resolves.toBe("summary");

      // The workbook: new report sheets with the expected Thai content, the user's sheet left as it was.
      const after = await dumpWorkbook(page);
      const created = after.sheetNames.filter((n) => !before.sheetNames.includes(n));
      expect(created.length).toBeGreaterThanOrEqual(2);
      const listed = await page.locator("[data-testid=sheets-created] li").allTextContents();
      expect(listed.sort()).toEqual([...created].sort());
      const reportSheets = after.sheets.filter((s) => created.includes(s.name));
      // The layout breaks lines itself ("\n" in the cells): compare the text without those breaks.
      const text = allText(reportSheets).replace(/\n/g, "");
      expect(text).toContain("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส");
      expect(text).toContain(seed.agency.name);
      expect(text).toMatch(/76\.05|๗๖\.๐๕/);
      for (const name of [
        "การปฏิบัติหน้าที่",
        "การใช้งบประมาณ",
        "คุณภาพการดำเนินงาน",
        "การเปิดเผยข้อมูล",
        "การป้องกันการทุจริต",
      ]) {
        expect(text).toContain(name);
      }
      // Each measure names one unit by topic (the website to สำนักปลัด, budget and property to กองคลัง).
      for (const unit of ["สำนักปลัด", "กองคลัง"]) expect(text).toContain(unit);
      // Nothing the add-in wrote became a formula.
      for (const s of reportSheets) {
        for (const [, cell] of s.cells)
          expect((cell as { formula?: string }).formula ?? "").toBe("");
      }
      // The result's round-trip count is the workbook's (kept as data for tests, not shown to officers).
      const shownSyncs = Number(await summary.getAttribute("data-syncs"));
      expect(shownSyncs).toBe(after.syncCount - before.syncCount);
      expect(await page.getByTestId("pane").textContent()).not.toMatch(/ติดต่อ Excel|round trips/);

      // Highlights: live conditional formats on the user's score cells below the threshold, formats untouched.
      const userBefore = before.sheets.find((s) => s.name === USER_SHEET) as SheetDump;
      const userAfter = after.sheets.find((s) => s.name === USER_SHEET) as SheetDump;
      expect(userAfter.cells).toEqual(userBefore.cells);
      const lit = highlightedCells(userAfter);
      const scoreCell = (id: string): string => {
        const row = userAfter.values.findIndex((r) => String(r[0]) === id);
        return a1(row, 2);
      };
      for (const [id, score] of Object.entries(seed.indicators)) {
        if (!id.includes("."))
          expect([id, lit.has(scoreCell(id))]).toEqual([id, score < THRESHOLD]);
        if (score >= THRESHOLD) expect([id, lit.has(scoreCell(id))]).toEqual([id, false]);
      }
      for (const cell of lit) expect(cell.startsWith("C")).toBe(true);

      // The options were saved with the document (the ribbon button uses them).
      expect(JSON.stringify(after.savedSettings)).toContain(seed.agency.name);

      await screenshot(page, "taskpane-after.png");

      // Readable at the narrowest pane too: one column, no horizontal scroll, with the result shown.
      await page.setViewportSize({ width: 320, height: 900 });
      const fits = await page.evaluate(() => {
        const doc = document.documentElement;
        const wide = [...document.querySelectorAll("[data-testid=pane] *")].filter(
          (el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5
        );
        return {
          scroll: doc.scrollWidth <= doc.clientWidth,
          wide: wide.map((el) => el.tagName).slice(0, 5),
        };
      });
      expect(fits).toEqual({ scroll: true, wide: [] });
    } finally {
      await context.close();
    }
  }, 120_000);

  it("lists a bad score with its cell, selects the cell on click, and writes nothing", async () => {
    const { context, page } = await openPane({ scenario: "bad-score" });
    try {
      await fillForm(page);
      const before = await dumpWorkbook(page);
      await page.getByTestId("generate").click();
      await page.getByTestId("problems").waitFor({ timeout: 30_000 });
      const after = await dumpWorkbook(page);
      // Nothing written: same sheets, same cells, no conditional formats.
      expect(after.sheetNames).toEqual(before.sheetNames);
      expect(after.sheets.map((s) => [s.cells, s.conditionalFormats])).toEqual(
        before.sheets.map((s) => [s.cells, s.conditionalFormats])
      );

      const user = after.sheets[0];
      const row = user.values.findIndex((r) => String(r[0]) === "3");
      const badCell = `${USER_SHEET}!${a1(row, 2)}`;
      const problems = page.getByTestId("problem");
      expect(await problems.count()).toBeGreaterThanOrEqual(1);
      const link = page.locator(`[data-testid=problem] [data-cell]`).first();
      const cell = (await link.getAttribute("data-cell")) ?? "";
      expect(unquote(cell)).toBe(badCell);
      expect(await problems.first().textContent()).toMatch(/[\u0E00-\u0E7F]/);
      // Focus moved to the problem list.
      await expect(
        page.evaluate(() =>
          document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid")
        )
      ).resolves.toBe("problems");
      await screenshot(page, "taskpane-problems.png");

      await link.click();
      await page.waitForFunction(
        (want) => {
          const wb = (window as unknown as { __fakeWorkbook: { selectionAddress(): string } })
            .__fakeWorkbook;
          return wb.selectionAddress().replace(/'/g, "") === want;
        },
        badCell,
        { timeout: 10_000 }
      );
      expect(unquote((await dumpWorkbook(page)).selection)).toBe(badCell);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("asks before replacing its own earlier report, and clears its highlights on request", async () => {
    const { context, page } = await openPane({ scenario: "seed" });
    try {
      await fillForm(page);
      await page.getByTestId("generate").click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      const first = await dumpWorkbook(page);
      const reports = first.sheetNames.filter((n) => n !== USER_SHEET);

      // Again: the pane asks, naming the sheets; cancelling changes nothing.
      await page.getByTestId("generate").click();
      const dialog = page.getByTestId("confirm-dialog");
      await dialog.waitFor({ timeout: 30_000 });
      const dialogText = (await dialog.textContent()) ?? "";
      for (const name of reports) expect(dialogText).toContain(name);
      await page.getByTestId("confirm-cancel").click();
      await dialog.waitFor({ state: "detached" });
      await expect(page.getByTestId("notice").textContent()).resolves.toContain("ยกเลิก");
      const cancelled = await dumpWorkbook(page);
      expect(cancelled.sheets.map((x) => [x.name, x.cells])).toEqual(
        first.sheets.map((x) => [x.name, x.cells])
      );

      // Replace: still one report, same sheet names, no leftovers.
      await page.getByTestId("generate").click();
      await dialog.waitFor({ timeout: 30_000 });
      await page.getByTestId("confirm-replace").click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      const second = await dumpWorkbook(page);
      expect([...second.sheetNames].sort()).toEqual([...first.sheetNames].sort());

      // Clear highlights: the add-in's conditional formats go, the user's cells stay as they were.
      expect(
        second.sheets.find((x) => x.name === USER_SHEET)?.conditionalFormats.length
      ).toBeGreaterThan(0);
      await page.getByTestId("clear-highlights").click();
      await page.getByTestId("notice").waitFor({ timeout: 30_000 });
      const cleared = await dumpWorkbook(page);
      const user = cleared.sheets.find((x) => x.name === USER_SHEET) as SheetDump;
      expect(user.conditionalFormats).toEqual([]);
      expect(user.cells).toEqual(first.sheets.find((x) => x.name === USER_SHEET)?.cells);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("shows why the ribbon button's last run wrote nothing, with its cell", async () => {
    const cell = `'${USER_SHEET}'!C6`;
    const { context, page } = await openPane({ scenario: "seed", ribbonProblem: cell });
    try {
      const problems = page.getByTestId("problems");
      await problems.waitFor({ timeout: 10_000 });
      expect(await problems.textContent()).toContain("ริบบอน");
      await page.locator("[data-testid=problem] [data-cell]").first().click();
      await page.waitForFunction(
        (want) =>
          (window as unknown as { __fakeWorkbook: { selectionAddress(): string } }).__fakeWorkbook
            .selectionAddress()
            .replace(/'/g, "") === want,
        unquote(cell),
        { timeout: 10_000 }
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("labels every control and keeps a sensible keyboard order", async () => {
    const { context, page } = await openPane({ scenario: "seed" });
    try {
      // Every form control and button has an accessible name.
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll("input, select, textarea, button")]
          .filter((el) => {
            const e = el as HTMLInputElement;
            const byLabel = e.labels
              ? [...e.labels].some((l) => (l.textContent ?? "").trim() !== "")
              : false;
            const byAria =
              (e.getAttribute("aria-label") ?? "").trim() !== "" ||
              e.hasAttribute("aria-labelledby");
            const byText = el.tagName === "BUTTON" && (el.textContent ?? "").trim() !== "";
            return !(byLabel || byAria || byText);
          })
          .map((el) => el.outerHTML.slice(0, 120))
      );
      expect(unlabelled).toEqual([]);
      await expect(page.getByLabel(/^ชื่อหน่วยงาน/).getAttribute("data-testid")).resolves.toBe(
        "agency-name"
      );

      // Tab walks the form top to bottom and reaches the generate button; Space presses it.
      await page.getByTestId("agency-name").focus();
      const order: string[] = [];
      for (let i = 0; i < 20; i++) {
        const id = await page.evaluate(
          () => document.activeElement?.getAttribute("data-testid") ?? ""
        );
        if (id) order.push(id);
        if (id === "generate") break;
        await page.keyboard.press("Tab");
      }
      expect(order).toEqual([
        "agency-name",
        "agency-type",
        "district",
        "province",
        "unit",
        "responsible",
        "fiscal-year",
        "threshold",
        "generate",
      ]);
      // No agency name anywhere: a problem that leads back to the name field.
      await page.keyboard.press("Space");
      await page.getByTestId("problems").waitFor({ timeout: 30_000 });
      await page.getByTestId("go-to-name").click();
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
      ).resolves.toBe("agency-name");
      await expect(page.getByTestId("agency-name").getAttribute("aria-invalid")).resolves.toBe(
        "true"
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("creates the input sheet and the editable phrase sheet from their buttons", async () => {
    const { context, page } = await openPane({ scenario: "seed" });
    try {
      await page.getByTestId("create-template").click();
      const notice = page.getByTestId("notice");
      await notice.waitFor({ timeout: 30_000 });
      const afterTemplate = await dumpWorkbook(page);
      const templateSheet = afterTemplate.sheetNames.find((n) => n !== USER_SHEET) as string;
      expect(templateSheet).toBeTruthy();
      expect(await notice.textContent()).toContain(templateSheet);

      await page.getByTestId("create-phrases").click();
      await page.waitForFunction(
        (n) =>
          (
            window as unknown as { __fakeWorkbook: { sheetNames(): string[] } }
          ).__fakeWorkbook.sheetNames().length > n,
        afterTemplate.sheetNames.length,
        { timeout: 30_000 }
      );
      const afterPhrases = await dumpWorkbook(page);
      const phraseSheet = afterPhrases.sheetNames.find(
        (n) => !afterTemplate.sheetNames.includes(n)
      ) as string;
      await expect(page.getByTestId("notice").textContent()).resolves.toContain(phraseSheet);
      expect(afterPhrases.sheets.find((x) => x.name === USER_SHEET)?.cells).toEqual(
        afterTemplate.sheets.find((x) => x.name === USER_SHEET)?.cells
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("lets the officer pick one agency from a sheet with a row per agency", async () => {
    const { context, page } = await openPane({ scenario: "wide" });
    try {
      await page.getByTestId("agency-name").fill(seed.agency.name);
      await page.getByTestId("generate").click();
      const pick = page.getByTestId("pick-row");
      await pick.waitFor({ timeout: 30_000 });
      // One option per row in a listbox, besides "สรุปภาพรวมหลายหน่วยงาน".
      const choices = pick.getByRole("option");
      expect(await choices.count()).toBe(2);
      expect(await choices.first().textContent()).toContain(seed.agency.name);
      expect((await dumpWorkbook(page)).sheetNames).toEqual([USER_SHEET]);
      await choices.first().click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      await expect(page.getByTestId("total").textContent()).resolves.toBe("76.05");
      expect((await dumpWorkbook(page)).sheetNames.length).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("asks which agency a picked row's report is for when the saved name differs, and names the row's", async () => {
    const { context, page } = await openPane({ scenario: "wide" });
    try {
      await page.getByTestId("agency-name").fill("องค์การบริหารส่วนตำบลอื่น");
      await page.getByTestId("generate").click();
      const pick = page.getByTestId("pick-row");
      await pick.waitFor({ timeout: 30_000 });
      await pick.getByRole("option").first().click();
      const dialog = page.getByTestId("confirm-dialog");
      await dialog.waitFor({ timeout: 30_000 });
      const text = (await dialog.textContent()) ?? "";
      expect(text).toContain(seed.agency.name);
      expect(text).toContain("องค์การบริหารส่วนตำบลอื่น");
      expect((await dumpWorkbook(page)).sheetNames).toEqual([USER_SHEET]);
      await page.getByTestId("confirm-replace").click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      await expect(page.getByTestId("report-agency").textContent()).resolves.toContain(
        seed.agency.name
      );
      const wb = await dumpWorkbook(page);
      const cells = JSON.stringify(wb.sheets.filter((x) => x.name !== USER_SHEET));
      expect(cells).toContain(seed.agency.name);
      expect(cells).not.toContain("องค์การบริหารส่วนตำบลอื่น");
    } finally {
      await context.close();
    }
  }, 60_000);

  it("summarises every agency of a sheet with a row per agency on a new sheet", async () => {
    const { context, page } = await openPane({ scenario: "wide" });
    try {
      await page.getByTestId("generate").click();
      const button = page.getByTestId("summarize-all");
      await button.waitFor({ timeout: 30_000 });
      await expect(button.textContent()).resolves.toBe("สรุปภาพรวมหลายหน่วยงาน");
      const before = await dumpWorkbook(page);
      await button.click();
      const done = page.getByTestId("summary-result");
      await done.waitFor({ timeout: 30_000 });
      await expect(done.textContent()).resolves.toContain("สรุปภาพรวมหลายหน่วยงาน");
      const wb = await dumpWorkbook(page);
      expect(wb.sheetNames).toEqual([USER_SHEET, "สรุปภาพรวมหลายหน่วยงาน"]);
      // One read and one write round trip; the user's sheet is untouched.
      expect(wb.syncCount - before.syncCount).toBe(2);
      expect(wb.sheets.find((x) => x.name === USER_SHEET)?.cells).toEqual(
        before.sheets.find((x) => x.name === USER_SHEET)?.cells
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("reads the scores from the user's selection when asked to", async () => {
    const { context, page } = await openPane({ scenario: "seed" });
    try {
      await fillForm(page);
      // Select only the first five indicators: the report then covers what was selected, not the whole table.
      await page.evaluate((sheet) => {
        const wb = (
          window as unknown as { __fakeWorkbook: { setSelection(s: string, a: string): void } }
        ).__fakeWorkbook;
        wb.setSelection(sheet, "A4:C8");
      }, USER_SHEET);
      await page.getByRole("radio", { name: "ช่วงเซลล์ที่เลือกไว้" }).check();
      await page.getByTestId("generate").click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      const ids = await page
        .locator("[data-testid=ranking] tbody tr")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-indicator")));
      expect(ids).toEqual(["1", "5", "3", "2", "4"]);
      await expect(page.locator('[data-tool="IIT"]').textContent()).resolves.toBe("87.46");
      await expect(page.getByTestId("total").textContent()).resolves.toBe("คำนวณไม่ได้");
    } finally {
      await context.close();
    }
  }, 60_000);

  it("loads the options saved with the document and saves changes without a click", async () => {
    const saved = {
      fiscalYear: 2563,
      threshold: 85,
      digits: "thai",
      agency: { name: "เทศบาลตำบลตัวอย่าง", province: "ชุมพร", responsible: ["กองคลัง", "กองช่าง"] },
    };
    const { context, page } = await openPane({ scenario: "seed", savedSettings: saved });
    try {
      await expect(page.getByTestId("agency-name").inputValue()).resolves.toBe("เทศบาลตำบลตัวอย่าง");
      await expect(page.getByTestId("province").inputValue()).resolves.toBe("ชุมพร");
      await expect(page.getByTestId("responsible").inputValue()).resolves.toBe("กองคลัง\nกองช่าง");
      await expect(page.getByTestId("fiscal-year").inputValue()).resolves.toBe("2563");
      await expect(page.getByTestId("threshold").inputValue()).resolves.toBe("85");
      await expect(page.getByRole("radio", { name: "เลขไทยทั้งหมด" }).isChecked()).resolves.toBe(
        true
      );

      await page.getByTestId("district").fill("ท่าแซะ");
      await page.waitForFunction(
        () =>
          JSON.stringify(
            (window as unknown as { __fakeWorkbook: { savedSettings: unknown } }).__fakeWorkbook
              .savedSettings
          ).includes("ท่าแซะ"),
        undefined,
        { timeout: 10_000 }
      );
      const after = await dumpWorkbook(page);
      const stored = Object.values(after.savedSettings).map((v) =>
        typeof v === "string" ? JSON.parse(v) : v
      );
      expect(stored).toContainEqual({ ...saved, agency: { ...saved.agency, district: "ท่าแซะ" } });

      // A threshold that is not a number is flagged, never saved, and blocks generating.
      await page.getByTestId("threshold").fill("๑๒๐");
      await expect(page.getByTestId("threshold").getAttribute("aria-invalid")).resolves.toBe(
        "true"
      );
      await expect(page.getByTestId("generate").isDisabled()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("speaks English outside Thai Office and says plainly when the host is too old", async () => {
    const { context, page } = await openPane({
      scenario: "seed",
      displayLanguage: "en-US",
      apiVersion: 3,
    });
    try {
      await expect(page.getByTestId("generate").textContent()).resolves.toBe("Generate report");
      const bar = page.getByTestId("unsupported");
      await bar.waitFor();
      expect(await bar.textContent()).toMatch(/cannot run the add-in/);
      for (const id of ["generate", "create-template", "create-phrases", "clear-highlights"]) {
        await expect(page.getByTestId(id).isDisabled()).resolves.toBe(true);
      }
    } finally {
      await context.close();
    }
  }, 60_000);
  it("says the add-in was updated when a part of it fails to load, and writes nothing", async () => {
    // An old pane after an update: the report composer's chunk is no longer on the server.
    const { context, page } = await openPane(
      { scenario: "seed" },
      { failScripts: /\/composer\.[0-9a-f]{8}\.js$/ }
    );
    try {
      await fillForm(page);
      const before = await dumpWorkbook(page);
      await page.getByTestId("generate").click();
      const notice = page.getByTestId("notice");
      await notice.waitFor({ timeout: 30_000 });
      const text = (await notice.textContent()) ?? "";
      expect(text).toContain("ส่วนเสริมได้รับการอัปเดตแล้ว: ปิดบานหน้าต่างนี้แล้วเปิดใหม่");
      expect(text).not.toMatch(/อ่านหรือเขียนสมุดงานไม่สำเร็จ|Loading chunk/);
      await expect(notice.getByRole("alert").count()).resolves.toBe(1);
      expect((await dumpWorkbook(page)).sheets.map((x) => [x.name, x.cells])).toEqual(
        before.sheets.map((x) => [x.name, x.cells])
      );
    } finally {
      await context.close();
    }
    // The row picker's chunk, in English.
    const en = await openPane(
      { scenario: "wide", displayLanguage: "en-US" },
      { failScripts: /\/pick-row\.[0-9a-f]{8}\.js$/ }
    );
    try {
      await en.page.getByTestId("generate").click();
      const notice = en.page.getByTestId("notice");
      await notice.waitFor({ timeout: 30_000 });
      await expect(notice.textContent()).resolves.toContain(
        "The add-in was updated: close the pane and open it again"
      );
    } finally {
      await en.context.close();
    }
    // The replace question's view (React.lazy): its error boundary says the same in place of the dialog.
    const again = await openPane(
      { scenario: "seed" },
      { failScripts: /\/confirm-dialog\.[0-9a-f]{8}\.js$/ }
    );
    try {
      await fillForm(again.page);
      await again.page.getByTestId("generate").click();
      await again.page.getByTestId("summary").waitFor({ timeout: 30_000 });
      const first = await dumpWorkbook(again.page);
      await again.page.getByTestId("generate").click();
      const failed = again.page.getByTestId("chunk-failed");
      await failed.waitFor({ timeout: 30_000 });
      await expect(failed.textContent()).resolves.toContain("ส่วนเสริมได้รับการอัปเดตแล้ว");
      await expect(again.page.getByTestId("confirm-dialog").count()).resolves.toBe(0);
      expect((await dumpWorkbook(again.page)).sheets.map((x) => [x.name, x.cells])).toEqual(
        first.sheets.map((x) => [x.name, x.cells])
      );
    } finally {
      await again.context.close();
    }
  }, 180_000);

  it("shows a message, not a blank pane, when Office.js cannot load", async () => {
    const { context, page } = await openPane(
      { scenario: "seed" },
      { noOfficeJs: true, ready: "load-failed" }
    );
    try {
      const box = page.getByTestId("load-failed");
      await expect(box.isVisible()).resolves.toBe(true);
      await expect(box.textContent()).resolves.toContain("โหลดส่วนเสริมไม่สำเร็จ");
      await expect(box.textContent()).resolves.toContain("The add-in could not load");
      await expect(page.getByTestId("pane").count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shows the add-in's version from package.json", async () => {
    const { context, page } = await openPane({ scenario: "seed" });
    try {
      await expect(page.getByTestId("version").textContent()).resolves.toContain(
        `เวอร์ชัน ${pkg.version}`
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("keeps the main action in view at 320x600, and a focused field above the action bar", async () => {
    const { context, page } = await openPane(
      { scenario: "seed" },
      { viewport: { width: 320, height: 600 } }
    );
    try {
      const inView = async (testId: string): Promise<boolean> =>
        page.getByTestId(testId).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.top >= 0 && r.bottom <= window.innerHeight && !!hit && el.contains(hit);
        });
      // At the top of the pane, with only the agency fields on screen: the button is there, uncovered.
      await expect(inView("generate")).resolves.toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // Halfway down, and with the keyboard on the last field above it: still there, and the field is not
      // hidden under the bar.
      await page.getByTestId("threshold").focus();
      await expect(inView("generate")).resolves.toBe(true);
      await expect(inView("threshold")).resolves.toBe(true);
      await fillForm(page);
      await page.getByTestId("generate").click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      await screenshot(page, "taskpane-320x600.png");
    } finally {
      await context.close();
    }
  }, 120_000);

  it("picks one of 1,999 agencies (a 2,000-row sheet) by search and keyboard, one tab stop for the list", async () => {
    const { context, page } = await openPane(
      { scenario: "many", agencies: 1999 },
      { viewport: { width: 320, height: 600 } }
    );
    try {
      await page.getByTestId("generate").click();
      const list = page.getByTestId("pick-row-list");
      await list.waitFor({ timeout: 60_000 });
      // Paged: one page of options in the DOM, not 1,999 buttons; the status says how many there are.
      const options = list.getByRole("option");
      expect(await options.count()).toBe(50);
      await expect(page.getByTestId("pick-row-status").textContent()).resolves.toBe(
        "แสดงแถวที่ 1–50 จาก 1,999 แถว"
      );
      // One tab stop: the list itself; its options are not tabbable.
      const tabbables = await list.evaluate(
        (el) =>
          [el, ...el.querySelectorAll("*")].filter((n) => (n as HTMLElement).tabIndex >= 0).length
      );
      expect(tabbables).toBe(1);
      await page.getByTestId("pick-row-search").focus();
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe(
        "listbox"
      );
      // Keyboard inside: down, End (last page), Home.
      const activeText = (): Promise<string> =>
        list.evaluate((el) => {
          const id = el.getAttribute("aria-activedescendant");
          return (id && document.getElementById(id)?.textContent) || "";
        });
      await page.keyboard.press("ArrowDown");
      await expect(activeText()).resolves.toMatch(/ 2 2562 \(แถว 3\)$/);
      await page.keyboard.press("End");
      await expect(activeText()).resolves.toMatch(/ 1999 2562 \(แถว 2000\)$/);
      await expect(page.getByTestId("pick-row-status").textContent()).resolves.toBe(
        "แสดงแถวที่ 1,951–1,999 จาก 1,999 แถว"
      );
      await page.keyboard.press("Home");
      await expect(activeText()).resolves.toMatch(/ 1 2562 \(แถว 2\)$/);
      // Search: Thai digits match Arabic ones; Enter in the search box goes to the list; Enter picks.
      await page.getByTestId("pick-row-search").fill("นบพิตำ ๑๒๓๓");
      await expect(options.count()).resolves.toBe(1);
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      await page.getByTestId("summary").waitFor({ timeout: 60_000 });
      const wb = await dumpWorkbook(page);
      expect(allText(wb.sheets.filter((x) => x.name !== USER_SHEET))).toContain("นบพิตำ");
      await screenshot(page, "taskpane-pick-row.png");
    } finally {
      await context.close();
    }
  }, 180_000);

  /** axe-core's violations at WCAG 2.2 AA (and best practice), measured once animations have settled. */
  async function axeViolations(page: Page): Promise<string[]> {
    // At rest: no transition or entrance animation caught midway (colour contrast).
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== "running")
    );
    await page.waitForTimeout(300);
    if (!(await page.evaluate(() => "axe" in window)))
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    return page.evaluate(async () => {
      type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } }
      ).axe;
      const r = await axe.run(document, {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
      });
      return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
  }

  /** Message bars named by text that exists; no aria-label on an element without a role. */
  function unnamed(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const bad: string[] = [];
      for (const bar of document.querySelectorAll(".fui-MessageBar")) {
        const ids = (bar.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
        const text = ids.map((id) => document.getElementById(id)?.textContent ?? "").join("");
        if (ids.length === 0 || ids.some((id) => !document.getElementById(id)) || !text.trim())
          bad.push(`message bar without a name: ${bar.outerHTML.slice(0, 100)}`);
      }
      for (const el of document.querySelectorAll("div[aria-label], span[aria-label]")) {
        if (!el.getAttribute("role")) bad.push(`aria-label on a plain ${el.tagName}`);
      }
      return bad;
    });
  }

  it("has no axe-core violations (WCAG 2.2 AA) and names what it must", async () => {
    const { context, page } = await openPane({ scenario: "bad-score" });
    try {
      // The agency name is marked required, for the eye and for screen readers.
      await expect(
        page.getByTestId("agency-name").evaluate((el) => (el as HTMLInputElement).required)
      ).resolves.toBe(true);
      await expect(
        page.locator("label", { hasText: "ชื่อหน่วยงาน" }).first().textContent()
      ).resolves.toMatch(/\*$/);
      // A visible focus ring on a text field: an outline of at least 2px around the whole box.
      await page.getByTestId("agency-name").focus();
      const ring = await page.getByTestId("agency-name").evaluate((el) => {
        const box = getComputedStyle(el.parentElement as HTMLElement);
        return { style: box.outlineStyle, width: parseFloat(box.outlineWidth) };
      });
      expect(ring.style).toBe("solid");
      expect(ring.width).toBeGreaterThanOrEqual(2);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await expect(unnamed(page)).resolves.toEqual([]);
      // With problems listed (error message bar, links to cells).
      await fillForm(page);
      await page.getByTestId("generate").click();
      await page.getByTestId("problems").waitFor({ timeout: 30_000 });
      await expect(axeViolations(page)).resolves.toEqual([]);
      await expect(unnamed(page)).resolves.toEqual([]);
      const problemBar = page.locator("[data-testid=problems] .fui-MessageBar");
      await expect(
        problemBar.evaluate(
          (el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent
        )
      ).resolves.toMatch(/^พบปัญหาในข้อมูล/);
    } finally {
      await context.close();
    }
    // A written report (warnings, result), a notice, and a sheet with a row per agency (the listbox).
    const ok = await openPane({ scenario: "seed" });
    try {
      await fillForm(ok.page);
      await ok.page.getByTestId("generate").click();
      await ok.page.getByTestId("summary").waitFor({ timeout: 30_000 });
      await expect(axeViolations(ok.page)).resolves.toEqual([]);
      await expect(unnamed(ok.page)).resolves.toEqual([]);
      await ok.page.getByTestId("clear-highlights").click();
      await ok.page.getByTestId("notice").waitFor({ timeout: 30_000 });
      await expect(axeViolations(ok.page)).resolves.toEqual([]);
      await expect(unnamed(ok.page)).resolves.toEqual([]);
    } finally {
      await ok.context.close();
    }
    const wide = await openPane({ scenario: "many", agencies: 120 });
    try {
      await wide.page.getByTestId("generate").click();
      await wide.page.getByTestId("pick-row-list").waitFor({ timeout: 30_000 });
      await expect(axeViolations(wide.page)).resolves.toEqual([]);
    } finally {
      await wide.context.close();
    }
  }, 180_000);

  it("keeps Thai compound terms whole in the pane's labels at 320 px, and has one primary button", async () => {
    const { context, page } = await openPane(
      { scenario: "wide" },
      { viewport: { width: 320, height: 900 } }
    );
    try {
      const broken = (): Promise<string[]> =>
        page.evaluate(
          (terms) => {
            const out: string[] = [];
            const roots = document.querySelectorAll("label, button, h1, h2, h3, [role=option]");
            for (const root of roots) {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              const text: Array<{ node: Text; start: number }> = [];
              let all = "";
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                text.push({ node: n as Text, start: all.length });
                all += (n as Text).data;
              }
              for (const term of terms) {
                for (let at = all.indexOf(term); at >= 0; at = all.indexOf(term, at + 1)) {
                  const locate = (i: number): [Text, number] => {
                    const t = [...text].reverse().find((x) => x.start <= i) as {
                      node: Text;
                      start: number;
                    };
                    return [t.node, i - t.start];
                  };
                  // The term's first and last characters: on one line when their tops agree.
                  const char = (i: number): DOMRect => {
                    const r = document.createRange();
                    r.setStart(...locate(i));
                    r.setEnd(...locate(i));
                    r.setEnd(
                      r.startContainer,
                      Math.min(r.startOffset + 1, (r.startContainer as Text).length)
                    );
                    return r.getBoundingClientRect();
                  };
                  const range = { getClientRects: () => [char(at), char(at + term.length - 1)] };
                  const tops = [...range.getClientRects()].map((r) => Math.round(r.top));
                  if (new Set(tops).size > 1) out.push(`${term} in "${all.trim()}"`);
                }
              }
            }
            return out;
          },
          ["แผ่นงาน", "งบประมาณ", "ตัวชี้วัด", "หน่วยงาน", "สมุดงาน", "ส่วนเสริม"]
        );
      await expect(broken()).resolves.toEqual([]);
      await page.getByTestId("generate").click();
      await page.getByTestId("pick-row").waitFor({ timeout: 30_000 });
      await expect(broken()).resolves.toEqual([]);
      // One primary button at a time, with the row picker shown too (once the run is over: while it runs
      // every button is disabled, and disabled buttons share one grey).
      await page.waitForFunction(
        () => !(document.querySelector("[data-testid=generate]") as HTMLButtonElement).disabled
      );
      const primaries = await page.evaluate(() =>
        [...document.querySelectorAll("button")]
          .filter(
            (b) =>
              getComputedStyle(b).backgroundColor ===
              getComputedStyle(document.querySelector("[data-testid=generate]") as Element)
                .backgroundColor
          )
          .map((b) => b.textContent)
      );
      expect(primaries).toEqual(["สร้างรายงาน"]);
      await screenshot(page, "taskpane-320-pick.png");
    } finally {
      await context.close();
    }
  }, 120_000);
});

/** The production build itself: every script named by its content, and the list a deployment keeps. */
describe("the production build (dist/)", () => {
  beforeAll(() => {
    ensureDist((line) => process.stderr.write(`tests/browser: ${line}\n`));
  }, 600_000);

  const HASHED = /^[\w-]+\.([0-9a-f]{8})\.js$/;

  test("every script's name carries a content hash, the entry points included", () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(4);
    for (const f of scripts) expect([f, HASHED.test(f)]).toEqual([f, true]);
    expect(scripts.some((f) => f.startsWith("taskpane."))).toBe(true);
    expect(scripts.some((f) => f.startsWith("commands."))).toBe(true);
    expect(existsSync(join(DIST, "taskpane.js"))).toBe(false);
    expect(existsSync(join(DIST, "commands.js"))).toBe(false);
    // The hash is the content's: for a file the minifier did not add a licence banner to, webpack's md4
    // of the bytes written starts with the name's hash.

    const createHash = require("webpack/lib/util/createHash") as (alg: string) => {
      update(b: Buffer): { digest(enc: string): string };
    };
    const plain = scripts.filter(
      (f) => !readFileSync(join(DIST, f), "utf8").startsWith("/*! For license information")
    );
    expect(plain.length).toBeGreaterThan(3);
    for (const f of plain) {
      const digest = createHash("md4")
        .update(readFileSync(join(DIST, f)))
        .digest("hex");
      expect([f, digest.slice(0, 8)]).toEqual([f, (HASHED.exec(f) as RegExpExecArray)[1]]);
    }
  });

  test("the two pages load hashed scripts only, and release.json lists exactly this build's scripts", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const own = pageScripts(readFileSync(join(DIST, page), "utf8")).filter(
        (src) => src !== OFFICE_JS_CDN
      );
      expect(own.length).toBeGreaterThan(0);
      for (const src of own) {
        expect([page, src, HASHED.test(src)]).toEqual([page, src, true]);
        expect(existsSync(join(DIST, src))).toBe(true);
      }
    }
    const release = JSON.parse(readFileSync(join(DIST, "release.json"), "utf8")) as {
      version: string;
      files: string[];
    };
    expect(release.version).toBe(pkg.version);
    expect(release.files).toEqual(
      readdirSync(DIST)
        .filter((f) => f.endsWith(".js"))
        .sort()
    );
  });
});
