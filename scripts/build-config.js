/* eslint-disable no-undef */
/**
 * The build's decisions that are worth a test (tests/build-config.test.ts), kept out of webpack.config.js:
 * - where the task pane and the ribbon command load Office.js from: Microsoft's CDN by default, as
 *   Microsoft requires for a published add-in; ITA_OFFICE_JS=local copies @microsoft/office-js into
 *   dist/office-js/ instead (internal, offline development and debugging only);
 * - the production origin from ITA_PROD_URL: required for a production manifest, https only, never a
 *   loopback host, normalised to end with "/";
 * - the production manifest: every development URL rewritten to that origin.
 */

/** Office.js on Microsoft's CDN (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The development origin named in manifest.xml. */
const DEV_URL = "https://localhost:3000/";

/** Where Office.js comes from: "cdn" unless ITA_OFFICE_JS=local. Anything else is refused. */
function officeJsMode(value) {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "cdn") return "cdn";
  if (v === "local") return "local";
  throw new Error(`ITA_OFFICE_JS must be "cdn" (the default) or "local", not "${value}"`);
}

/** The <script src> for Office.js in taskpane.html and commands.html. */
function officeJsSrc(mode) {
  return mode === "local" ? "office-js/office.js" : OFFICE_JS_CDN;
}

const LOOPBACK =
  /^(localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(?:\.\d{1,3}){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

/**
 * ITA_PROD_URL checked and normalised: "https://host[:port]/path/" (ending with "/", no query or fragment).
 * Throws an Error that says what to set when it is missing, not https, a loopback host, or not a URL.
 */
function prodUrl(raw) {
  const value = (raw ?? "").trim();
  const example = "e.g. ITA_PROD_URL=https://ita.example.go.th/addin/";
  if (!value) {
    throw new Error(
      `ITA_PROD_URL is required for a production manifest: the HTTPS address the add-in's files are served from (${example})`
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ITA_PROD_URL is not a URL: "${value}" (${example})`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ITA_PROD_URL must use https (Office loads add-ins over HTTPS only), not ${url.protocol.replace(":", "")}: "${value}"`
    );
  }
  if (LOOPBACK.test(url.hostname)) {
    throw new Error(
      `ITA_PROD_URL must be the agency's server, not this machine (${url.hostname}): officers' Excel cannot reach it`
    );
  }
  if (url.username || url.password)
    throw new Error(`ITA_PROD_URL must not contain a user name or password`);
  if (url.search || url.hash)
    throw new Error(`ITA_PROD_URL must not have a query or fragment: "${value}"`);
  const path = url.pathname.endsWith("/") ? url.pathname : url.pathname + "/";
  return url.origin + path;
}

/** manifest.xml for production: every development URL rewritten to the production origin. */
function prodManifest(xml, url) {
  const base = prodUrl(url);
  const out = xml.split(DEV_URL).join(base);
  if (/="https?:\/\/localhost/i.test(out))
    throw new Error("the production manifest still names localhost");
  return out;
}

module.exports = { OFFICE_JS_CDN, DEV_URL, officeJsMode, officeJsSrc, prodUrl, prodManifest };
