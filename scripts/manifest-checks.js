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
/** The custom functions' namespace: formulas read =KVOT.FORDELA(…) in every language. */
export const FUNCTIONS_NAMESPACE = 'KVOT';
/** The locales the manifest and the functions metadata are translated to, besides the default (en-US). */
export const LOCALES = ['sv-SE'];
/** Files the custom functions need, relative to the base URL: the script the manifest names, and metadata per locale. */
export const FUNCTIONS_FILES = { script: 'functions.js', metadata: 'functions.json', localizedMetadata: { 'sv-SE': 'functions-sv.json' } };

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

/**
 * The resources of the manifest by id: bt:Url, bt:String (short and long) and bt:Image, each with
 * its DefaultValue and its bt:Override values by locale.
 */
export function manifestResources(xml) {
  const text = withoutComments(xml);
  const resources = new Map();
  const pattern = /<bt:(Url|String|Image)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/bt:\1>)/g;
  for (const m of text.matchAll(pattern)) {
    const overrides = {};
    for (const o of (m[4] ?? '').matchAll(/<bt:Override\s+Locale="([^"]+)"\s+Value="([^"]*)"\s*\/>/g)) overrides[o[1]] = o[2];
    resources.set(m[2], { kind: m[1], defaultValue: m[3], overrides });
  }
  return resources;
}

/** Problems with the shared runtime and the custom functions extension point (empty when right). */
function runtimeAndFunctionsProblems(text, byId, baseUrl) {
  const problems = [];
  const sets = /<Requirements>[\s\S]*?<\/Requirements>/.exec(text)?.[0] ?? '';
  if (!/<Set\s+Name="SharedRuntime"\s+MinVersion="1\.1"\s*\/>/.test(sets)) problems.push('Requirements do not ask for SharedRuntime 1.1');
  const host = /<Host\s+xsi:type="Workbook">([\s\S]*?)<\/Host>/.exec(text.slice(text.indexOf('<VersionOverrides')))?.[1] ?? '';
  const runtimes = [...host.matchAll(/<Runtime\s+resid="([^"]+)"(?:\s+lifetime="([^"]+)")?\s*\/>/g)];
  if (runtimes.length !== 1) problems.push(`expected one <Runtime> in the Workbook host, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime && runtime[2] !== 'long')
    problems.push(`<Runtime resid="${runtime[1]}"> has lifetime "${runtime[2] ?? 'short'}", expected long`);
  const at = (tag) => host.indexOf(tag);
  if (!(at('<Runtimes>') >= 0 && at('<Runtimes>') < at('<AllFormFactors>') && at('<AllFormFactors>') < at('<DesktopFormFactor>'))) {
    problems.push('the Workbook host must hold <Runtimes>, <AllFormFactors> and <DesktopFormFactor> in that order');
  }
  const point = /<ExtensionPoint\s+xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(host)?.[1];
  if (!point) {
    problems.push('no <ExtensionPoint xsi:type="CustomFunctions"> under <AllFormFactors>');
    return problems;
  }
  const resid = (element) => new RegExp(`<${element}>\\s*<SourceLocation\\s+resid="([^"]+)"\\s*\\/>\\s*<\\/${element}>`).exec(point)?.[1];
  const url = (id) => byId.get(id)?.defaultValue;
  const page = resid('Page');
  const script = resid('Script');
  const metadata = resid('Metadata');
  const namespace = /<Namespace\s+resid="([^"]+)"\s*\/>/.exec(point)?.[1];
  const taskpane = /<Action\s+xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation\s+resid="([^"]+)"/.exec(host)?.[1];
  // The runtime is shared only when the functions page, the task pane and the runtime name one URL.
  if (!runtime || page !== runtime[1] || taskpane !== runtime[1]) {
    problems.push(`the runtime (${runtime?.[1]}), the functions <Page> (${page}) and the task pane (${taskpane}) must use the same resid`);
  }
  if (runtime && url(runtime[1]) !== `${baseUrl}taskpane.html`)
    problems.push(`the runtime's page is ${url(runtime[1])}, expected ${baseUrl}taskpane.html`);
  if (!script || url(script) !== `${baseUrl}${FUNCTIONS_FILES.script}`)
    problems.push(`the functions <Script> is ${script ? url(script) : 'missing'}, expected ${baseUrl}${FUNCTIONS_FILES.script}`);
  if (!metadata || url(metadata) !== `${baseUrl}${FUNCTIONS_FILES.metadata}`)
    problems.push(`the functions <Metadata> is ${metadata ? url(metadata) : 'missing'}, expected ${baseUrl}${FUNCTIONS_FILES.metadata}`);
  if (!namespace || byId.get(namespace)?.defaultValue !== FUNCTIONS_NAMESPACE)
    problems.push(
      `the functions <Namespace> is ${namespace ? `"${byId.get(namespace)?.defaultValue}"` : 'missing'}, expected "${FUNCTIONS_NAMESPACE}"`,
    );
  for (const id of [script, metadata, namespace].filter(Boolean))
    if (id.length > 32) problems.push(`resid "${id}" is longer than 32 characters`);
  return problems;
}

/** Problems with the translations: every string and the functions metadata in every locale of LOCALES. */
function localizationProblems(text, byId, baseUrl) {
  const problems = [];
  const point = /<ExtensionPoint\s+xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(text)?.[1] ?? '';
  const metadata = /<Metadata>\s*<SourceLocation\s+resid="([^"]+)"/.exec(point)?.[1];
  for (const locale of LOCALES) {
    for (const [id, resource] of byId) {
      if (resource.kind === 'String' && !(locale in resource.overrides)) problems.push(`bt:String "${id}" has no ${locale} override`);
    }
    for (const tag of ['DisplayName', 'Description']) {
      const element = new RegExp(`<${tag}\\s+DefaultValue="[^"]*"\\s*>([\\s\\S]*?)<\\/${tag}>`).exec(text)?.[1] ?? '';
      if (!element.includes(`Locale="${locale}"`)) problems.push(`<${tag}> has no ${locale} override`);
    }
    const expected = `${baseUrl}${FUNCTIONS_FILES.localizedMetadata[locale]}`;
    const found = metadata ? byId.get(metadata)?.overrides[locale] : undefined;
    if (found !== expected) problems.push(`the functions metadata for ${locale} is ${found ?? 'missing'}, expected ${expected}`);
  }
  return problems;
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
    JSON.stringify(info.hosts) === JSON.stringify(['Workbook']) ? [] : [`Hosts are ${JSON.stringify(info.hosts)}, expected ["Workbook"]`],
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

  const byId = manifestResources(xml);
  check('Shared runtime and custom functions (KVOT namespace)', runtimeAndFunctionsProblems(text, byId, baseUrl));
  check(`Localized resources (${LOCALES.join(', ')}), functions metadata included`, localizationProblems(text, byId, baseUrl));

  const urls = manifestUrls(xml);
  check('Every URL uses https', [
    ...urls.filter((u) => !u.startsWith('https://')).map((u) => `${u} is not https`),
    ...insecureUrls(xml).map((u) => `${u} is not https`),
  ]);
  check(
    `Every URL is under ${baseUrl}`,
    urls.filter((u) => !u.startsWith(baseUrl) && u !== new URL(baseUrl).origin).map((u) => `${u} is not under ${baseUrl}`),
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
        return dims.width === size && dims.height === size ? [] : [`${file} is ${dims.width}x${dims.height}, expected ${size}x${size}`];
      }),
    );
  }
  return checks;
}
