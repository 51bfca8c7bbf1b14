// Preloaded into the compiled CLI by the tests (node -r tests/hostile/peak.js build/cli/main.js ...):
// prints the process's peak resident memory (worker threads included) on standard error at exit.
const { writeSync } = require("fs");
process.on("exit", () => {
  try {
    writeSync(2, `\npeak-rss-mb ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
  } catch {
    // standard error closed
  }
});
