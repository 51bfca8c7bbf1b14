/**
 * The npm scripts that wrap Microsoft's tools, on a machine without desktop Excel (this test runs on Linux,
 * where office-addin-debugging cannot sideload): `npm start`, `start:web` and `stop` exit 1 and say what to
 * do instead; `build:prod` refuses a missing or unsafe ITA_PROD_URL before building anything.
 */
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..");
const node = (script: string, args: string[], env: Record<string, string | undefined> = {}) => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, err: r.stderr, out: r.stdout };
};

const linux = process.platform === "linux" ? describe : describe.skip;

linux("npm start / start:web / stop without desktop Excel", () => {
  test.each([
    ["start", "desktop"],
    ["start", "web"],
    ["stop", ""],
  ])(
    "%s %s exits 1, pointing to the dev server with Excel on the web and to the command line",
    (action, where) => {
      const r = node("office.js", [action, where].filter(Boolean));
      expect(r.code).toBe(1);
      expect(r.err).toContain("only on Windows and Mac");
      expect(r.err).toContain("npm run dev-server");
      expect(r.err).toContain("Home > Add-ins > More Settings > Upload My Add-in");
      expect(r.err).toContain("npm run cli -- generate");
    }
  );

  test("the package scripts go through the wrapper", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const scripts = require("../package.json").scripts as Record<string, string>;
    for (const name of ["start", "start:desktop", "start:web", "stop"])
      expect(scripts[name]).toMatch(/^node scripts\/office\.js (start (desktop|web)|stop)$/);
  });
});

describe("npm run build:prod", () => {
  test.each([
    [undefined, /ITA_PROD_URL is required/],
    ["http://ita.example.go.th/", /must use https/],
    ["https://localhost:3000/", /not this machine/],
  ])("ITA_PROD_URL=%s is refused before building", (url, why) => {
    const r = node("build-prod.js", [], { ITA_PROD_URL: url });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(why);
    expect(r.out).toBe("");
  });
});
