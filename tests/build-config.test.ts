/**
 * The build's rules (scripts/build-config.js) and their wiring in webpack.config.js, without compiling:
 * ITA_PROD_URL (required for a production manifest, https only, no loopback host, normalised to end with "/"),
 * the production manifest's URLs, and where Office.js is loaded from (Microsoft's CDN unless
 * ITA_OFFICE_JS=local, which copies @microsoft/office-js instead).
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  DEV_URL,
  OFFICE_JS_CDN,
  PROD_ADDIN_ID,
  manifestId,
  manifestVersion,
  officeJsMode,
  officeJsSrc,
  prodManifest,
  prodOptions,
  prodUrl,
} from "../scripts/build-config";
import pkg from "../package.json";

const ROOT = join(__dirname, "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("ITA_PROD_URL", () => {
  test("is required, and the message says what to set", () => {
    for (const v of [undefined, "", "   "])
      expect(() => prodUrl(v)).toThrow(/ITA_PROD_URL is required.*https:\/\//);
  });

  test("is normalised: one trailing slash, host lower-cased, default port dropped", () => {
    expect(prodUrl("https://ita.example.go.th")).toBe("https://ita.example.go.th/");
    expect(prodUrl("https://ita.example.go.th/")).toBe("https://ita.example.go.th/");
    expect(prodUrl("  https://ITA.Example.go.th:443/addin ")).toBe(
      "https://ita.example.go.th/addin/"
    );
    expect(prodUrl("https://host.go.th/assets/ita/")).toBe("https://host.go.th/assets/ita/");
    expect(prodUrl("https://host.go.th:8443/ita")).toBe("https://host.go.th:8443/ita/");
  });

  test("refuses http, loopback hosts, credentials, query, fragment and non-URLs", () => {
    expect(() => prodUrl("http://ita.example.go.th/")).toThrow(/must use https/);
    for (const local of [
      "https://localhost:3000/",
      "https://LOCALHOST/",
      "https://app.localhost/",
      "https://127.0.0.1/",
      "https://127.1.2.3:8443/",
      "https://[::1]/",
      "https://0.0.0.0/",
    ]) {
      expect(() => prodUrl(local)).toThrow(/not this machine/);
    }
    expect(() => prodUrl("https://user:pw@host.go.th/")).toThrow(/user name or password/);
    expect(() => prodUrl("https://host.go.th/?v=1")).toThrow(/query or fragment/);
    expect(() => prodUrl("https://host.go.th/#top")).toThrow(/query or fragment/);
    expect(() => prodUrl("host.go.th/addin")).toThrow(/not a URL/);
  });
});

describe("production manifest", () => {
  const urls = (xml: string): string[] =>
    [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);

  test("every development URL moves to the production origin, path joined with one slash", () => {
    const prod = prodManifest(MANIFEST, "https://host.go.th/addin");
    const dev = urls(MANIFEST);
    expect(dev.length).toBeGreaterThan(5);
    expect(urls(prod)).toEqual(dev.map((u) => u.replace(DEV_URL, "https://host.go.th/addin/")));
    expect(prod).toContain('DefaultValue="https://host.go.th/addin/taskpane.html"');
    expect(prod).not.toMatch(/="https?:\/\/localhost/);
    // Nothing but the URLs, the id and the version changed.
    expect(
      prod
        .replace(/https:\/\/host\.go\.th\/addin\//g, DEV_URL)
        .replace(/<Id>[^<]*<\/Id>/, "<Id/>")
        .replace(/<Version>[^<]*<\/Version>/, "<Version/>")
    ).toBe(
      MANIFEST.replace(/<Id>[^<]*<\/Id>/, "<Id/>").replace(
        /<Version>[^<]*<\/Version>/,
        "<Version/>"
      )
    );
  });

  test("has its own add-in id, so the development and production add-ins can be installed side by side", () => {
    const prod = prodManifest(MANIFEST, "https://host.go.th/addin");
    expect(manifestId(prod)).toBe(PROD_ADDIN_ID);
    expect(manifestId(prod).toLowerCase()).not.toBe(manifestId(MANIFEST).toLowerCase());
    // ITA_ADDIN_ID: an agency's own id; never the development one, always a GUID.
    const own = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    expect(
      manifestId(prodManifest(MANIFEST, "https://h.go.th/", prodOptions({ ITA_ADDIN_ID: own })))
    ).toBe(own);
    expect(() =>
      prodManifest(
        MANIFEST,
        "https://h.go.th/",
        prodOptions({ ITA_ADDIN_ID: manifestId(MANIFEST) })
      )
    ).toThrow(/must differ from the development one/);
    expect(() => prodOptions({ ITA_ADDIN_ID: "ita-addin" })).toThrow(/GUID/);
  });

  test("carries package.json's version, the one the pane shows", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("2.10.3-beta.1")).toBe("2.10.3.0");
    expect(() => manifestVersion("1.2")).toThrow(/major\.minor\.patch/);
    const prod = prodManifest(MANIFEST, "https://host.go.th/addin");
    expect(prod).toContain(`<Version>${manifestVersion(pkg.version)}</Version>`);
  });

  test("a provider name and a support URL the agency sets (ITA_PROVIDER, ITA_SUPPORT_URL)", () => {
    const options = prodOptions({
      ITA_PROVIDER: "กองยุทธศาสตร์ & งบประมาณ <อบต.ตัวอย่าง>",
      ITA_SUPPORT_URL: "https://www.example.go.th/ita-help",
    });
    const prod = prodManifest(MANIFEST, "https://host.go.th/addin", options);
    expect(prod).toContain(
      "<ProviderName>กองยุทธศาสตร์ &amp; งบประมาณ &lt;อบต.ตัวอย่าง&gt;</ProviderName>"
    );
    expect(prod).toContain('<SupportUrl DefaultValue="https://www.example.go.th/ita-help"/>');
    expect(prod).toContain(
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://www.example.go.th/ita-help"/>'
    );
    // Unset: the manifest's own provider and the add-in's own help page.
    const plain = prodManifest(MANIFEST, "https://host.go.th/addin", prodOptions({}));
    expect(plain).toContain("<ProviderName>ITA Analysis</ProviderName>");
    expect(plain).toContain(
      '<SupportUrl DefaultValue="https://host.go.th/addin/assets/support.html"/>'
    );
    expect(() => prodOptions({ ITA_SUPPORT_URL: "http://example.go.th/" })).toThrow(/https/);
    expect(() => prodOptions({ ITA_PROVIDER: "x".repeat(126) })).toThrow(/125/);
  });

  test("is refused for a bad or missing URL", () => {
    expect(() => prodManifest(MANIFEST, undefined as unknown as string)).toThrow(/required/);
    expect(() => prodManifest(MANIFEST, "http://host.go.th/")).toThrow(/https/);
    expect(() => prodManifest(MANIFEST, "https://localhost:3000/")).toThrow(/not this machine/);
  });
});

describe("Office.js: Microsoft's CDN, or a local copy when asked", () => {
  test("the switch", () => {
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJsMode(undefined)).toBe("cdn");
    expect(officeJsMode("")).toBe("cdn");
    expect(officeJsMode("cdn")).toBe("cdn");
    expect(officeJsMode(" LOCAL ")).toBe("local");
    expect(() => officeJsMode("offline")).toThrow(/"cdn".*"local"/);
    expect(officeJsSrc("cdn")).toBe(OFFICE_JS_CDN);
    expect(officeJsSrc("local")).toBe("office-js/office.js");
  });

  test("both pages take Office.js from the build's choice and load no other outside script", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = readFileSync(join(ROOT, page), "utf8");
      const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]);
      expect({ page, srcs }).toEqual({ page, srcs: ["<%= officeJs %>"] });
      expect(html).not.toMatch(/<link[^>]+href="https?:/);
    }
  });

  describe("webpack.config.js", () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    interface Plugin {
      constructor: { name: string };
      userOptions?: { filename?: string; templateParameters?: { officeJs?: string } };
      patterns?: Array<{
        from: string;
        to?: string;
        info?: { minimized?: boolean };
        transform?: (content: Buffer) => string;
      }>;
    }
    async function config(mode: string, env: Record<string, string | undefined>) {
      for (const [k, v] of Object.entries(env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const make = require("../webpack.config.js") as (
        e: Record<string, unknown>,
        o: Record<string, unknown>
      ) => Promise<{ plugins: Plugin[] }>;
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      try {
        const cfg = await make({ WEBPACK_BUILD: true }, { mode });
        const pages = cfg.plugins
          .filter((p) => p.userOptions?.filename?.endsWith(".html"))
          .map((p) => [p.userOptions?.filename, p.userOptions?.templateParameters?.officeJs]);
        const copy = cfg.plugins.find((p) => p.constructor.name === "CopyPlugin")?.patterns ?? [];
        return { pages, copy, warned: warn.mock.calls.map((c) => String(c[0])).join("\n") };
      } finally {
        warn.mockRestore();
      }
    }

    test("production: CDN, no Office.js copied, manifest only with ITA_PROD_URL, copies not re-minified", async () => {
      const none = await config("production", {
        ITA_PROD_URL: undefined,
        ITA_OFFICE_JS: undefined,
      });
      expect(none.pages).toEqual([
        ["taskpane.html", OFFICE_JS_CDN],
        ["commands.html", OFFICE_JS_CDN],
      ]);
      expect(none.copy.map((p) => p.to)).toEqual(["assets/[name][ext]"]);
      expect(none.warned).toMatch(/No production manifest written/);

      const prod = await config("production", {
        ITA_PROD_URL: "https://host.go.th/ita",
        ITA_PROVIDER: "อบต.ตัวอย่าง",
      });
      expect(prod.copy.map((p) => p.to)).toEqual(["assets/[name][ext]", "manifest.prod.xml"]);
      for (const p of prod.copy) expect(p.info?.minimized).toBe(true);
      // The manifest the build writes: its own id, the package's version, the provider from the environment.
      const written = prod.copy[1].transform?.(Buffer.from(MANIFEST)) ?? "";
      expect(manifestId(written)).toBe(PROD_ADDIN_ID);
      expect(manifestId(written)).not.toBe(manifestId(MANIFEST));
      expect(written).toContain(`<Version>${manifestVersion(pkg.version)}</Version>`);
      expect(written).toContain("<ProviderName>อบต.ตัวอย่าง</ProviderName>");

      await expect(config("production", { ITA_PROD_URL: "http://host.go.th/" })).rejects.toThrow(
        /https/
      );
    });

    test("ITA_OFFICE_JS=local: pages load office-js/office.js, copied from @microsoft/office-js as is", async () => {
      const local = await config("development", { ITA_OFFICE_JS: "local" });
      expect(local.pages).toEqual([
        ["taskpane.html", "office-js/office.js"],
        ["commands.html", "office-js/office.js"],
      ]);
      const office = local.copy.filter((p) => p.to === "office-js/");
      expect(office.map((p) => p.from)).toContain("office.js");
      for (const p of office) expect(p.info?.minimized).toBe(true);
      const dev = await config("development", { ITA_OFFICE_JS: undefined });
      expect(dev.pages.map((p) => p[1])).toEqual([OFFICE_JS_CDN, OFFICE_JS_CDN]);
      expect(dev.copy.map((p) => p.to)).toEqual(["assets/[name][ext]", "manifest.dev.xml"]);
    });
  });
});
