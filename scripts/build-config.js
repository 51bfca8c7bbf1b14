/* eslint-disable no-undef */
/**
 * The build's decisions that are worth a test (tests/build-config.test.ts), kept out of webpack.config.js:
 * - where the task pane and the ribbon command load Office.js from: Microsoft's CDN by default, as
 *   Microsoft requires for a published add-in; ITA_OFFICE_JS=local copies @microsoft/office-js into
 *   dist/office-js/ instead (internal, offline development and debugging only);
 * - the production origin from ITA_PROD_URL: required for a production manifest, https only, never a
 *   loopback host, normalised to end with "/";
 * - the production manifest: every development URL rewritten to that origin, its own add-in id (so the
 *   development and production add-ins can be installed side by side), the version from package.json, and
 *   the provider name and support URL an agency may set (ITA_PROVIDER, ITA_SUPPORT_URL, ITA_ADDIN_ID).
 */

/** Office.js on Microsoft's CDN (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The development origin named in manifest.xml. */
const DEV_URL = "https://localhost:3000/";

/**
 * The production add-in's id. manifest.xml (development) has its own: Office keys an add-in by its id, so
 * with different ids a developer can have the sideloaded development copy and the deployed one side by side.
 * ITA_ADDIN_ID replaces it (an agency that keeps its own fork, or a second deployment in one tenant).
 */
const PROD_ADDIN_ID = "7aad7897-de66-4f64-851a-870ed6456c81";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/**
 * The manifest's four-part <Version> from package.json's "major.minor.patch" (a pre-release tag is dropped:
 * Office compares the four numbers only). Throws for anything else.
 */
function manifestVersion(pkgVersion) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:[-+].*)?$/.exec(String(pkgVersion ?? "").trim());
  if (!m) throw new Error(`package.json's version must be major.minor.patch, not "${pkgVersion}"`);
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

const escapeXml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * What the production manifest says besides its URLs, from the environment:
 * - ITA_ADDIN_ID: the add-in's id (a GUID; default PROD_ADDIN_ID; never the development manifest's);
 * - ITA_PROVIDER: the provider name officers see in the add-in's details (default: manifest.xml's);
 * - ITA_SUPPORT_URL: the help page (https; default: the add-in's own assets/support.html);
 * - the version: package.json's (the pane shows the same one).
 */
function prodOptions(env = process.env, pkgVersion = require("../package.json").version) {
  const id = (env.ITA_ADDIN_ID ?? "").trim() || PROD_ADDIN_ID;
  if (!GUID.test(id)) throw new Error(`ITA_ADDIN_ID must be a GUID, not "${id}"`);
  const provider = (env.ITA_PROVIDER ?? "").trim();
  if (provider.length > 125) throw new Error("ITA_PROVIDER must be at most 125 characters");
  const support = (env.ITA_SUPPORT_URL ?? "").trim();
  let supportUrl;
  if (support) {
    let url;
    try {
      url = new URL(support);
    } catch {
      throw new Error(`ITA_SUPPORT_URL is not a URL: "${support}"`);
    }
    if (url.protocol !== "https:") throw new Error(`ITA_SUPPORT_URL must use https: "${support}"`);
    supportUrl = url.href;
  }
  return {
    id: id.toLowerCase(),
    version: manifestVersion(pkgVersion),
    ...(provider ? { provider } : {}),
    ...(supportUrl ? { supportUrl } : {}),
  };
}

const ID_RE = /<Id>([^<]*)<\/Id>/;

/** The add-in id a manifest text declares. */
function manifestId(xml) {
  const m = ID_RE.exec(xml);
  if (!m) throw new Error("the manifest has no <Id>");
  return m[1].trim();
}

/**
 * manifest.xml for production: every development URL rewritten to the production origin; the production id,
 * the version, and (when given) the provider name and the support URL, from `options` (prodOptions()).
 */
function prodManifest(xml, url, options = prodOptions({})) {
  const base = prodUrl(url);
  const devId = manifestId(xml);
  if (options.id.toLowerCase() === devId.toLowerCase())
    throw new Error(`the production add-in id must differ from the development one (${devId})`);
  let out = xml.split(DEV_URL).join(base);
  if (options.supportUrl) {
    const support = escapeXml(options.supportUrl);
    out = out
      .replace(/(<SupportUrl DefaultValue=")[^"]*(")/, `$1${support}$2`)
      .replace(/(<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue=")[^"]*(")/, `$1${support}$2`);
  }
  out = out
    .replace(ID_RE, `<Id>${options.id}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);
  if (options.provider)
    out = out.replace(
      /<ProviderName>[^<]*<\/ProviderName>/,
      `<ProviderName>${escapeXml(options.provider)}</ProviderName>`
    );
  if (/="https?:\/\/localhost/i.test(out))
    throw new Error("the production manifest still names localhost");
  return out;
}

module.exports = {
  OFFICE_JS_CDN,
  DEV_URL,
  PROD_ADDIN_ID,
  officeJsMode,
  officeJsSrc,
  prodUrl,
  manifestVersion,
  manifestId,
  prodOptions,
  prodManifest,
};
