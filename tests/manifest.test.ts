/**
 * Offline check of manifest.xml. `npm run validate` (office-addin-manifest) needs Microsoft's online
 * validation service; offline, this test validates manifest.xml and the production manifest the build
 * writes (scripts/build-config.js) against Microsoft's manifest XSDs (tests/schemas/manifest, see its
 * SOURCE.md) with xmllint, and checks what the schemas cannot: ids and resids, string lengths, the
 * requirement set the code needs, permissions, that every URL is on the add-in's own origin and points at a
 * file the build serves, and the icons' real sizes (PNG headers). The element order of the OfficeApp
 * schema 1.1 and VersionOverrides 1.0 (TaskPane) is also checked by the test's own parser, so that part
 * holds without xmllint. CI installs xmllint; set ITA_REQUIRE_XMLLINT=1 to make its absence a failure.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { manifestId, prodManifest, prodOptions } from "../scripts/build-config";
import { REQUIRED_SETS } from "../src/excel/support";

const ROOT = join(__dirname, "..");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** A small XML parser: enough for the manifest (elements, attributes, text, comments, declaration). */
function parseXml(xml: string): El {
  const root: El = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: El[] = [root];
  const re =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const top = stack[stack.length - 1];
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = a[2];
      const el: El = { name: m[2], attrs, children: [], text: "" };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else if (m[5] && m[5].trim()) {
      top.text += m[5].trim();
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  return root.children[0];
}

const local = (n: string): string => n.replace(/^.*:/, "");
const kids = (e: El, name?: string): El[] =>
  e.children.filter((c) => !name || local(c.name) === name);
const kid = (e: El, name: string): El => {
  const k = kids(e, name)[0];
  if (!k) throw new Error(`<${e.name}> has no <${name}>`);
  return k;
};
function all(e: El, name: string): El[] {
  return [...(local(e.name) === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
}
/** Checks that the children's names follow `order` (each may repeat or be absent), with no unknown element. */
function expectOrder(e: El, order: string[]): void {
  let i = 0;
  for (const c of e.children) {
    const at = order.indexOf(local(c.name));
    expect({ parent: e.name, child: c.name, known: at >= 0 }).toEqual({
      parent: e.name,
      child: c.name,
      known: true,
    });
    expect({ parent: e.name, child: c.name, inOrder: at >= i }).toEqual({
      parent: e.name,
      child: c.name,
      inOrder: true,
    });
    i = at;
  }
}

const app = parseXml(XML);
const vo = kid(app, "VersionOverrides");
const resources = kid(vo, "Resources");

function resourceIds(group: string): Map<string, El> {
  return new Map(kids(kid(resources, group)).map((e) => [e.attrs.id, e]));
}

function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString("ascii", 12, 16)).toBe("IHDR");
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

/** Where a URL of the dev origin is served from in the repo (webpack copies assets/*, builds the two pages). */
function sourceOf(url: string): string {
  const path = url.replace("https://localhost:3000/", "");
  if (path.startsWith("assets/")) return join(ROOT, path);
  return join(ROOT, "src", path.replace(".html", ""), path);
}

const SCHEMA = join(__dirname, "schemas", "manifest", "OfficeAppManifestV1_1.xsd");

function haveXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.ITA_REQUIRE_XMLLINT)
      throw new Error("xmllint is required (apt-get install -y libxml2-utils)");
    console.warn("manifest.test: xmllint not installed, schema validation skipped");
    return false;
  }
}

/** xmllint's verdict on a manifest text against Microsoft's XSDs: "ok" or its error lines. */
function validate(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ita-manifest-"));
  try {
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { stdio: "pipe" });
    return "ok";
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest.xml against Microsoft's manifest schemas (xmllint, offline)", () => {
  const xmllint = haveXmllint();
  const maybe = xmllint ? test : test.skip;

  maybe("the development manifest validates", () => {
    expect(validate(XML)).toBe("ok");
  });

  maybe("the production manifest the build writes validates", () => {
    const prod = prodManifest(XML, "https://ita.example.go.th/addin");
    expect(prod).toContain("https://ita.example.go.th/addin/taskpane.html");
    expect(validate(prod)).toBe("ok");
  });

  maybe(
    "with the agency's provider name and support URL it validates, and keeps its own id",
    () => {
      const prod = prodManifest(
        XML,
        "https://ita.example.go.th/addin",
        prodOptions({
          ITA_PROVIDER: "สำนักปลัด องค์การบริหารส่วนตำบลตัวอย่าง & ฝ่ายไอที",
          ITA_SUPPORT_URL: "https://www.example.go.th/ita/help?lang=th",
        })
      );
      expect(validate(prod)).toBe("ok");
      expect(manifestId(prod)).not.toBe(manifestId(XML));
    }
  );

  maybe("the schemas catch what Office would refuse", () => {
    // Elements out of order, an unknown permission, a bad version number, a VersionOverrides element
    // the 1.0 schema does not have.
    const broken: Array<[string, string, RegExp]> = [
      ["<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>", /Version/],
      [
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Everything</Permissions>",
        /Permissions/,
      ],
      ["<ProviderName>ITA Analysis</ProviderName>", "", /ProviderName|DefaultLocale/],
      ["<FunctionFile resid=", "<Runtimes/><FunctionFile resid=", /Runtimes/],
    ];
    for (const [from, to, why] of broken) {
      expect(XML).toContain(from);
      const verdict = validate(XML.replace(from, to));
      expect({ from, to, verdict: verdict === "ok" ? "ok" : "invalid" }).toEqual({
        from,
        to,
        verdict: "invalid",
      });
      expect(verdict).toMatch(why);
    }
  });

  maybe("a production manifest in dist/, when built, validates too", () => {
    const built = join(ROOT, "dist", "manifest.prod.xml");
    if (!existsSync(built)) return;
    const text = readFileSync(built, "utf8");
    expect(text).not.toMatch(/="https?:\/\/localhost/);
    expect(validate(text)).toBe("ok");
  });
});

describe("manifest.xml", () => {
  test("OfficeApp 1.1 TaskPaneApp: element order, id, version, Excel host", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expectOrder(app, [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
    ]);
    expect(kid(app, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(kid(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(kids(kid(app, "Hosts")).map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(kid(app, "DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(kid(app, "Description").attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test("asks for ReadWriteDocument only, and no other domain", () => {
    expect(kid(app, "Permissions").text).toBe("ReadWriteDocument");
    expect(kids(app, "AppDomains")).toHaveLength(0);
    const urls = [...XML.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });

  test("states the ExcelApi set the code needs, in both Requirements", () => {
    // The highest of the sets the code checks for (src/excel/support.ts), compared as numbers.
    const part = (v: string): number[] => v.split(".").map(Number);
    const MIN_EXCEL_API = REQUIRED_SETS.map((s) => s.version).reduce((a, b) => {
      const [x, y] = [part(a), part(b)];
      return x[0] > y[0] || (x[0] === y[0] && x[1] >= y[1]) ? a : b;
    });
    expect(MIN_EXCEL_API).toBe("1.9");
    const base = all(kid(app, "Requirements"), "Set");
    expect(base.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
      ["ExcelApi", MIN_EXCEL_API],
    ]);
    const ov = all(kid(vo, "Requirements"), "Set");
    expect(ov.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
      ["ExcelApi", MIN_EXCEL_API],
    ]);
  });

  test("VersionOverrides 1.0 (the only version TaskPaneApp accepts): structure and order", () => {
    expect(vo.attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(vo.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expectOrder(vo, ["Description", "Requirements", "Hosts", "Resources"]);
    const host = kid(kid(vo, "Hosts"), "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const dff = kid(host, "DesktopFormFactor");
    expectOrder(dff, ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expectOrder(resources, ["Images", "Urls", "ShortStrings", "LongStrings"]);
  });

  test("Home tab group: one-click generation, the follow-up menu and open the pane", () => {
    const tab = kid(all(vo, "ExtensionPoint")[0], "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = kid(tab, "Group");
    expectOrder(group, ["Label", "Icon", "Control"]);
    const controls = kids(group, "Control");
    expect(controls.map((c) => c.attrs["xsi:type"])).toEqual(["Button", "Menu", "Button"]);
    const [gen, menu, pane] = controls;
    for (const c of [gen, pane]) expectOrder(c, ["Label", "Supertip", "Icon", "Action"]);
    // The menu: "ติดตามผลมาตรการ" and "สร้างรายงานผลการดำเนินการ", each a function the command file associates.
    expectOrder(menu, ["Label", "Supertip", "Icon", "Items"]);
    const items = kids(kid(menu, "Items"), "Item");
    const commands = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(
      items.map(
        (it) => resourceIds("ShortStrings").get(kid(it, "Label").attrs.resid)?.attrs.DefaultValue
      )
    ).toEqual(["ติดตามผลมาตรการ", "สร้างรายงานผลการดำเนินการ"]);
    for (const it of items) {
      expectOrder(it, ["Label", "Supertip", "Icon", "Action"]);
      const action = kid(it, "Action");
      expect(action.attrs["xsi:type"]).toBe("ExecuteFunction");
      expect(commands).toContain(`associate("${kid(action, "FunctionName").text}"`);
    }
    const genAction = kid(gen, "Action");
    expect(genAction.attrs["xsi:type"]).toBe("ExecuteFunction");
    const fn = kid(genAction, "FunctionName").text;
    // the command file associates exactly this name
    expect(readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8")).toContain(
      `associate("${fn}"`
    );
    expect(kid(pane, "Action").attrs["xsi:type"]).toBe("ShowTaskpane");
    const shortStrings = resourceIds("ShortStrings");
    expect(shortStrings.get(kid(gen, "Label").attrs.resid)?.attrs.DefaultValue).toBe(
      "สร้างรายงานวิเคราะห์ ITA"
    );
    const ids = all(vo, "Control")
      .map((c) => c.attrs.id)
      .concat(group.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every resid is defined in the right resource group; strings fit; en-US overrides exist", () => {
    const groups: Record<string, Map<string, El>> = {
      Images: resourceIds("Images"),
      Urls: resourceIds("Urls"),
      ShortStrings: resourceIds("ShortStrings"),
      LongStrings: resourceIds("LongStrings"),
    };
    const want = (el: El): string => {
      const n = local(el.name);
      if (n === "Image") return "Images";
      if (["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(n)) return "Urls";
      if (n === "Description") return "LongStrings";
      return "ShortStrings";
    };
    const inResources = new Set(
      all(resources, "Image").concat(all(resources, "Url"), all(resources, "String"))
    );
    const walk = (e: El): El[] => [e, ...e.children.flatMap(walk)];
    const refs = walk(kid(vo, "Hosts")).filter((e) => e.attrs.resid && !inResources.has(e));
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      expect({
        resid: r.attrs.resid,
        group: want(r),
        defined: groups[want(r)].has(r.attrs.resid),
      }).toEqual({
        resid: r.attrs.resid,
        group: want(r),
        defined: true,
      });
    }
    for (const [id, s] of groups.ShortStrings) {
      expect({ id, ok: s.attrs.DefaultValue.length <= 125 }).toEqual({ id, ok: true });
      expect(kids(s, "Override").map((o) => o.attrs.Locale)).toEqual(["en-US"]);
    }
    for (const [id, s] of groups.LongStrings) {
      expect({ id, ok: s.attrs.DefaultValue.length <= 250 }).toEqual({ id, ok: true });
      expect(kids(s, "Override").map((o) => o.attrs.Locale)).toEqual(["en-US"]);
    }
  });

  test("every URL points at a file the build serves; icons are PNGs of their stated sizes", () => {
    for (const u of [...resourceIds("Urls").values()].map((e) => e.attrs.DefaultValue)) {
      expect({ url: u, exists: existsSync(sourceOf(u)) }).toEqual({ url: u, exists: true });
    }
    for (const [id, img] of resourceIds("Images")) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      const file = sourceOf(img.attrs.DefaultValue);
      expect(pngSize(file)).toEqual({ w: size, h: size });
    }
    expect(pngSize(sourceOf(kid(app, "IconUrl").attrs.DefaultValue))).toEqual({ w: 32, h: 32 });
    expect(pngSize(sourceOf(kid(app, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({
      w: 64,
      h: 64,
    });
    for (const size of [16, 32, 64, 80])
      expect(pngSize(join(ROOT, `assets/icon-${size}.png`))).toEqual({ w: size, h: size });
    expect(existsSync(sourceOf(kid(app, "SupportUrl").attrs.DefaultValue))).toBe(true);
    expect(
      existsSync(sourceOf(kid(kid(app, "DefaultSettings"), "SourceLocation").attrs.DefaultValue))
    ).toBe(true);
  });
});
