#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `npm start`, `npm run start:desktop`, `npm run start:web`, `npm run stop`: office-addin-debugging, where it
 * can work. office-addin-debugging sideloads into desktop Excel on Windows and Mac only, and exits 0 even
 * when it could not; on any other machine (Linux), or where no desktop Excel is installed, this says what
 * to do instead and exits 1. `start:web` needs the workbook's URL: `npm run start:web -- --document <URL>`.
 *
 *   node scripts/office.js start desktop|web [office-addin-debugging options]
 *   node scripts/office.js stop
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const INSTEAD = `
Instead:
  - Excel on the web (any machine, no desktop Excel needed): run
      npm run dev-server
    (it serves https://localhost:3000; keep it running), open a workbook in Excel on the web and choose
      Home > Add-ins > More Settings > Upload My Add-in
    then upload manifest.xml (docs/sideload.md, "Excel on the web").
  - No Excel at all: the command line writes the same report to an .xlsx:
      npm run cli -- generate tests/fixtures/seed.json -o out/ita-report.xlsx
      npm run cli -- help`;

/** Where desktop Excel is, or null. */
function desktopExcel(platform = process.platform, env = process.env) {
  if (platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return fs.existsSync(app) ? app : null;
  }
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    for (const root of roots) {
      for (const dir of ["root\\Office16", "Office16", "root\\Office15", "Office15"]) {
        const exe = path.win32.join(root, "Microsoft Office", dir, "EXCEL.EXE");
        if (fs.existsSync(exe)) return exe;
      }
    }
    // Click-to-Run and Store installs live elsewhere: let office-addin-debugging look for itself.
    return "(not found in Program Files; trying office-addin-debugging)";
  }
  return null;
}

function fail(message) {
  process.stderr.write(`${message}\n${INSTEAD}\n`);
  process.exit(1);
}

function main(argv) {
  const [action, ...more] = argv;
  // `npm start -- web --document <URL>` (as Microsoft's docs write it) means start:web.
  if (more[0] === "desktop" && more[1] === "web") more.shift();
  const [target = "desktop", ...rest] = more;
  if (action !== "start" && action !== "stop")
    fail(`scripts/office.js: unknown action "${action ?? ""}"`);
  const where = action === "stop" ? "desktop" : target;
  if (where !== "desktop" && where !== "web")
    fail(`scripts/office.js: start desktop|web, not "${target}"`);

  if (!["win32", "darwin"].includes(process.platform)) {
    fail(
      `npm ${action === "stop" ? "run stop" : where === "web" ? "run start:web" : "start"}: ` +
        `office-addin-debugging sideloads only on Windows and Mac, and this machine is ${process.platform}.`
    );
  }
  if (where === "desktop" && !desktopExcel())
    fail("npm start: desktop Excel is not installed on this Mac.");
  if (action === "start" && where === "web" && !rest.includes("--document")) {
    fail(
      "npm run start:web needs the workbook to open: npm run start:web -- --document '<URL of a workbook in OneDrive or SharePoint>'"
    );
  }

  const cli = require.resolve("office-addin-debugging/cli.js", {
    paths: [path.join(__dirname, "..")],
  });
  const args =
    action === "stop" ? ["stop", "manifest.xml"] : ["start", "manifest.xml", where, ...rest];
  const run = spawnSync(process.execPath, [cli, ...args], {
    stdio: "inherit",
    cwd: path.join(__dirname, ".."),
  });
  process.exit(run.status ?? 1);
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { desktopExcel };
