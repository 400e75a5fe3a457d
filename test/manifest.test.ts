// The add-in manifest and the build, checked offline: office-addin-manifest's own parser plus the
// local checks in scripts/manifest-checks.js (the same ones `npm run validate` prints).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ManifestInfo } from 'office-addin-manifest';
import {
  DEFAULT_URL_PROD,
  FUNCTIONS_NAMESPACE,
  URL_DEV,
  checkManifest,
  manifestResources,
  manifestUrls,
  productionBaseUrl,
  productionManifest,
  readManifestInfo,
} from '../scripts/manifest-checks';
import { DIST, ROOT, ensureBuilt } from './e2e/harness/build';

const SOURCE = path.join(ROOT, 'manifest.xml');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function failures(checks: { name: string; problems: string[] }[]): string[] {
  return checks.flatMap((c) => c.problems.map((p) => `${c.name}: ${p}`));
}

describe('manifest.xml (development)', () => {
  let xml: string;
  let info: ManifestInfo;

  beforeAll(async () => {
    xml = readFileSync(SOURCE, 'utf8');
    info = await readManifestInfo(SOURCE);
  });

  it('is an Excel task pane add-in with a GUID id, a four-part version and ReadWriteDocument', () => {
    expect(info.id).toMatch(GUID);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.displayName).toBe('Kvot');
  });

  it('loads the task pane from the dev server and every URL is https under it', () => {
    expect(info.defaultSettings?.sourceLocation).toBe(`${URL_DEV}taskpane.html`);
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(URL_DEV) || url === new URL(URL_DEV).origin, url).toBe(true);
  });

  it('has a "Fördela" button on the Home tab with the 16/32/80 px icons', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<bt:Override Locale="sv-SE" Value="Fördela"\/>/);
    for (const size of [16, 32, 80]) expect(xml).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
    expect(info.highResolutionIconUrl).toBe(`${URL_DEV}assets/icon-64.png`);
  });

  it('passes every local check', () => {
    expect(failures(checkManifest({ xml, info, baseUrl: URL_DEV }))).toEqual([]);
  });

  it('runs the task pane and the KVOT custom functions in one shared runtime, kept for the workbook', () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    const host = /<Host xsi:type="Workbook">([\s\S]*?)<\/Host>/.exec(xml.slice(xml.indexOf('<VersionOverrides')))![1].replace(/\s+/g, ' ');
    expect(host).toContain('<Runtimes> <Runtime resid="Taskpane.Url" lifetime="long"/> </Runtimes>');
    expect(host).toContain(
      '<AllFormFactors> <ExtensionPoint xsi:type="CustomFunctions"> <Script> <SourceLocation resid="Functions.Script.Url"/> </Script> ' +
        '<Page> <SourceLocation resid="Taskpane.Url"/> </Page> <Metadata> <SourceLocation resid="Functions.Metadata.Url"/> </Metadata> ' +
        '<Namespace resid="Functions.Namespace"/> </ExtensionPoint> </AllFormFactors> <DesktopFormFactor>',
    );
    const resources = manifestResources(xml);
    expect(resources.get('Taskpane.Url')?.defaultValue).toBe(`${URL_DEV}taskpane.html`);
    expect(resources.get('Functions.Script.Url')?.defaultValue).toBe(`${URL_DEV}functions.js`);
    expect(resources.get('Functions.Metadata.Url')).toEqual({
      kind: 'Url',
      defaultValue: `${URL_DEV}functions.json`,
      overrides: { 'sv-SE': `${URL_DEV}functions-sv.json` },
    });
    expect(resources.get('Functions.Namespace')).toEqual({
      kind: 'String',
      defaultValue: FUNCTIONS_NAMESPACE,
      overrides: { 'sv-SE': FUNCTIONS_NAMESPACE },
    });
  });

  it('the checks report a runtime that is not shared, functions without Swedish metadata, and strings without Swedish', () => {
    const broken = xml
      .replace('lifetime="long"', 'lifetime="short"')
      .replace(
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="Functions.Page.Url"/>',
      )
      .replace(`\n          <bt:Override Locale="sv-SE" Value="${URL_DEV}functions-sv.json"/>`, '')
      .replace('<bt:Override Locale="sv-SE" Value="Fördela"/>', '')
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '')
      .replace(`${URL_DEV}functions.js`, `${URL_DEV}functions.min.js`);
    const found = failures(checkManifest({ xml: broken, info, baseUrl: URL_DEV }));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Requirements do not ask for SharedRuntime 1.1'),
        expect.stringContaining('has lifetime "short", expected long'),
        expect.stringContaining('the functions <Page> (Functions.Page.Url)'),
        expect.stringContaining(`the functions <Script> is ${URL_DEV}functions.min.js`),
        expect.stringContaining('the functions metadata for sv-SE is missing'),
        expect.stringContaining('bt:String "Kvot.ShowTaskpane.Label" has no sv-SE override'),
        expect.stringContaining('resid "Functions.Page.Url" has no resource with that id'),
      ]),
    );
    const reordered = xml.replace(/(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$2$1');
    expect(failures(checkManifest({ xml: reordered, info, baseUrl: URL_DEV }))).toEqual([
      expect.stringContaining('must hold <Runtimes>, <AllFormFactors> and <DesktopFormFactor> in that order'),
    ]);
  });

  it('the checks report a broken manifest', () => {
    const broken = xml
      .replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>')
      .replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>')
      .replace(`${URL_DEV}support.html"/>`, 'http://example.com/help"/>')
      .replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"');
    const brokenInfo: ManifestInfo = { ...info, id: 'not-a-guid', permissions: 'ReadDocument', version: '1.0.x' };
    const found = failures(checkManifest({ xml: broken, info: brokenInfo, baseUrl: URL_DEV }));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"not-a-guid" is not a GUID'),
        expect.stringContaining('"1.0.x"'),
        expect.stringContaining('"ReadDocument", expected ReadWriteDocument'),
        expect.stringContaining('http://example.com/help is not https'),
        expect.stringContaining('resid "Taskpane.Missing"'),
      ]),
    );
  });
});

describe('production URL substitution', () => {
  it('uses KVOT_PROD_URL, normalised to end with a slash, and the default without it', () => {
    expect(productionBaseUrl({ KVOT_PROD_URL: 'https://addins.region.se/kvot' })).toBe('https://addins.region.se/kvot/');
    expect(productionBaseUrl({})).toBe(DEFAULT_URL_PROD);
  });

  it('refuses a production URL that is not https', () => {
    expect(() => productionBaseUrl({ KVOT_PROD_URL: 'http://addins.region.se/' })).toThrow(/https/);
    expect(() => productionBaseUrl({ KVOT_PROD_URL: 'not a url' })).toThrow(/not a URL/);
  });

  it('replaces every development URL and the AppDomain origin', () => {
    const xml = readFileSync(SOURCE, 'utf8');
    const prod = productionManifest(xml, 'https://addins.region.se/kvot/');
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('<SourceLocation DefaultValue="https://addins.region.se/kvot/taskpane.html"/>');
    expect(prod).toContain('<AppDomain>https://addins.region.se</AppDomain>');
    expect(manifestUrls(prod)).toHaveLength(manifestUrls(xml).length);
  });
});

describe('dist/ (production build)', () => {
  let xml: string;
  let info: ManifestInfo;
  let baseUrl: string;

  beforeAll(async () => {
    await ensureBuilt();
    xml = readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    info = await readManifestInfo(path.join(DIST, 'manifest.xml'));
    baseUrl = (info.defaultSettings?.sourceLocation ?? '').replace(/taskpane\.html$/, '');
  }, 180_000);

  it('ships the manifest with the production URL substituted for the development URL', () => {
    expect(baseUrl).toMatch(/^https:\/\//);
    expect(baseUrl).not.toBe(URL_DEV);
    expect(xml).not.toContain('localhost');
    expect(xml).toBe(productionManifest(readFileSync(SOURCE, 'utf8'), baseUrl));
  });

  it('passes every local check, and every file the manifest references is in dist/', () => {
    expect(failures(checkManifest({ xml, info, baseUrl, outDir: DIST }))).toEqual([]);
  });

  it('has every file the development manifest references, at the same paths', async () => {
    const source = readFileSync(SOURCE, 'utf8');
    const sourceInfo = await readManifestInfo(SOURCE);
    expect(failures(checkManifest({ xml: source, info: sourceInfo, baseUrl: URL_DEV, outDir: DIST }))).toEqual([]);
  });

  it('copies every rule file', () => {
    const rules = path.join(ROOT, 'rules');
    const expected = existsSync(rules) ? readdirSync(rules).filter((f) => f.endsWith('.json')) : [];
    expect(expected.length).toBeGreaterThan(0);
    for (const file of expected) {
      expect(readFileSync(path.join(DIST, 'rules', file), 'utf8')).toBe(readFileSync(path.join(rules, file), 'utf8'));
    }
  });

  it('loads office.js from the Microsoft CDN and the bundles with relative, hashed names', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    const scripts = [...html.matchAll(/<script defer(?:="defer")? src="?([^">\s]+)"?/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^[\w.-]+\.[0-9a-f]{8}\.js$/);
      expect(existsSync(path.join(DIST, src))).toBe(true);
    }
  });
});

describe('webpack keeps Node-only code out of the browser bundle', () => {
  it('fails the build when the pane imports exceljs or a node: module', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'kvot-keepout-'));
    try {
      const entry = path.join(scratch, 'entry.ts');
      const template = path.join(scratch, 'page.html');
      writeFileSync(
        entry,
        "import ExcelJS from 'exceljs';\nimport { readFileSync } from 'node:fs';\nconsole.log(ExcelJS, readFileSync);\n",
      );
      writeFileSync(template, '<!doctype html><html><body><div id="root"></div></body></html>');
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
          '--mode',
          'development',
          '--env',
          `entry=${entry}`,
          '--env',
          `template=${template}`,
          '--env',
          `outDir=${path.join(scratch, 'out')}`,
          '--env',
          'pageOnly',
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      );
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('Kept out of the browser bundle: node_modules/exceljs');
      expect(output).toContain('Kept out of the browser bundle: "node:fs" is a Node built-in');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
