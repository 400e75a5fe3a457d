// Local checks of manifest.xml, shared by `npm run validate` (scripts/validate-manifest.js),
// test/manifest.test.ts and webpack.config.js (the production URL substitution).
// The online validator (`npx office-addin-manifest validate manifest.xml`) needs the network;
// these checks catch what can be known offline.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import officeAddinManifest from 'office-addin-manifest';

/** The development base URL written in manifest.xml; the dev server serves it. */
export const URL_DEV = 'https://localhost:3000/';
/** Used for production builds when KVOT_PROD_URL is not set. */
export const DEFAULT_URL_PROD = 'https://kvot.example.se/';
/** Icon files the build ships, by size in pixels (16/32/80 for the ribbon, 32/64 for the store listing). */
export const ICON_SIZES = [16, 32, 64, 80];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// The manifest schema's VersionType: one to four dot-separated parts of up to five digits.
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/**
 * The production base URL: KVOT_PROD_URL or the default, normalised to end with "/".
 * Throws when it is not an absolute https URL, so a bad value fails the build, not the store review.
 */
export function productionBaseUrl(env = process.env) {
  const raw = env.KVOT_PROD_URL?.trim() || DEFAULT_URL_PROD;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KVOT_PROD_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`KVOT_PROD_URL must use https: "${raw}"`);
  if (url.search || url.hash) throw new Error(`KVOT_PROD_URL must not have a query or fragment: "${raw}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest for a production build, as the Office template does it: every development URL
 * replaced by the production one. AppDomain entries are origins without the trailing slash,
 * so the development origin is replaced by the production origin as well.
 */
export function productionManifest(xml, urlProd) {
  const withUrls = xml.split(URL_DEV).join(urlProd);
  return withUrls.split(new URL(URL_DEV).origin).join(new URL(urlProd).origin);
}

/** The manifest text without comments, which may mention URLs that are not part of the add-in. */
function withoutComments(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every URL the manifest points Office at: URL-valued attributes and AppDomain entries. */
export function manifestUrls(xml) {
  const text = withoutComments(xml);
  const urls = [];
  for (const m of text.matchAll(/\b(?:DefaultValue|Value)="([^"]*)"/g)) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(m[1])) urls.push(m[1]);
  }
  for (const m of text.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)) urls.push(m[1]);
  return urls;
}

/** Plain http:// anywhere outside comments and XML namespace declarations. */
function insecureUrls(xml) {
  const text = withoutComments(xml).replace(/\bxmlns(?::\w+)?="[^"]*"/g, '');
  return [...text.matchAll(/http:\/\/[^"<\s]*/g)].map((m) => m[0]);
}

/** Width and height from a PNG header, or null when the file is not a PNG. */
export function pngSize(file) {
  const buf = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The file a URL under baseUrl stands for in a build directory, or null for URLs elsewhere. */
export function fileForUrl(url, baseUrl, outDir) {
  if (!url.startsWith(baseUrl)) return null;
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
  return path.join(outDir, ...relative.split('/'));
}

/** Parse with office-addin-manifest's own (offline) reader. */
export async function readManifestInfo(manifestPath) {
  return officeAddinManifest.OfficeAddinManifest.readManifestFile(manifestPath);
}

/**
 * Runs every local check. `xml` and `info` describe one manifest; `baseUrl` is the URL it was
 * written for (URL_DEV for manifest.xml, the production URL for dist/manifest.xml); with `outDir`
 * the files it references must exist there. Returns one entry per check, `problems` empty when it passes.
 */
export function checkManifest({ xml, info, baseUrl, outDir }) {
  const checks = [];
  const check = (name, problems) => checks.push({ name, problems });

  check('Id is a GUID', GUID.test(info.id ?? '') ? [] : [`Id "${info.id}" is not a GUID`]);
  check(
    'Version has the n.n.n.n format',
    VERSION.test(info.version ?? '') ? [] : [`Version "${info.version}" is not 1 to 4 dot-separated numbers`],
  );
  check(
    'Task pane add-in',
    info.officeAppType === 'TaskPaneApp' ? [] : [`OfficeApp xsi:type is "${info.officeAppType}", expected TaskPaneApp`],
  );
  check(
    'Host is Excel (Workbook)',
    JSON.stringify(info.hosts) === JSON.stringify(['Workbook'])
      ? []
      : [`Hosts are ${JSON.stringify(info.hosts)}, expected ["Workbook"]`],
  );
  check(
    'Permissions ReadWriteDocument',
    info.permissions === 'ReadWriteDocument' ? [] : [`Permissions are "${info.permissions}", expected ReadWriteDocument`],
  );
  check(
    'Names and description are set',
    [
      info.displayName === 'Kvot' ? null : `DisplayName is "${info.displayName}", expected Kvot`,
      info.providerName ? null : 'ProviderName is empty',
      info.description ? null : 'Description is empty',
      info.defaultLocale ? null : 'DefaultLocale is empty',
    ].filter((p) => p !== null),
  );

  const text = withoutComments(xml);
  check(
    'Ribbon button on the Home tab opens the task pane',
    [
      /<OfficeTab\s+id="TabHome"/.test(text) ? null : 'no <OfficeTab id="TabHome">',
      /<Control\s+xsi:type="Button"/.test(text) ? null : 'no ribbon button (Control xsi:type="Button")',
      /<Action\s+xsi:type="ShowTaskpane"/.test(text) ? null : 'no Action xsi:type="ShowTaskpane"',
      /Locale="sv-SE"/.test(text) ? null : 'no sv-SE label overrides',
    ].filter((p) => p !== null),
  );
  const resources = /<Resources>([\s\S]*)<\/Resources>/.exec(text)?.[1] ?? '';
  const declared = new Set([...resources.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  check(
    'Every resid is declared in Resources',
    [...text.matchAll(/\bresid="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((id) => !declared.has(id))
      .map((id) => `resid "${id}" has no resource with that id`),
  );

  const urls = manifestUrls(xml);
  check(
    'Every URL uses https',
    [
      ...urls.filter((u) => !u.startsWith('https://')).map((u) => `${u} is not https`),
      ...insecureUrls(xml).map((u) => `${u} is not https`),
    ],
  );
  check(
    `Every URL is under ${baseUrl}`,
    urls
      .filter((u) => !u.startsWith(baseUrl) && u !== new URL(baseUrl).origin)
      .map((u) => `${u} is not under ${baseUrl}`),
  );
  check(
    'SourceLocation is the task pane',
    info.defaultSettings?.sourceLocation === `${baseUrl}taskpane.html`
      ? []
      : [`SourceLocation is "${info.defaultSettings?.sourceLocation}", expected ${baseUrl}taskpane.html`],
  );
  const iconUrls = ICON_SIZES.map((size) => `${baseUrl}assets/icon-${size}.png`);
  check(
    'Icons 16/32/64/80 are referenced',
    iconUrls.filter((u) => !urls.includes(u)).map((u) => `${u} is not referenced`),
  );

  if (outDir) {
    const problems = [];
    for (const url of new Set(urls)) {
      const file = fileForUrl(url, baseUrl, outDir);
      if (file && !existsSync(file)) problems.push(`${url}: ${path.relative(process.cwd(), file)} is missing`);
    }
    check(`Every referenced file exists in ${path.relative(process.cwd(), outDir) || '.'}`, problems);
    check(
      'Icon files have their stated size',
      ICON_SIZES.flatMap((size) => {
        const file = path.join(outDir, 'assets', `icon-${size}.png`);
        if (!existsSync(file)) return [`${file} is missing`];
        const dims = pngSize(file);
        if (!dims) return [`${file} is not a PNG`];
        return dims.width === size && dims.height === size
          ? []
          : [`${file} is ${dims.width}x${dims.height}, expected ${size}x${size}`];
      }),
    );
  }
  return checks;
}
