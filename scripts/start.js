#!/usr/bin/env node
// `npm start`: builds the pane (development), serves it on https://localhost:3000 in the background,
// and sideloads manifest.xml into desktop Excel where it is installed (Windows, macOS) through
// office-addin-debugging. Elsewhere (e.g. Linux) it says so and prints how to sideload the manifest
// in Excel on the web. The server keeps running until `npm stop`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { DEV_PORT, LOG_FILE, ROOT, STATE_DIR, isOurDevServer, localCli, readState, writeState } from './dev-state.js';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const PANE_URL = `https://localhost:${DEV_PORT}/taskpane.html`;

function log(message) {
  console.log(`[start] ${message}`);
}

/** The desktop Excel executable or app bundle, or null when none is installed. */
function findDesktopExcel() {
  if (process.platform === 'darwin') {
    return ['/Applications/Microsoft Excel.app'].find((p) => existsSync(p)) ?? null;
  }
  if (process.platform === 'win32') {
    try {
      const out = execFileSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe', '/ve'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const exe = /REG_SZ\s+(.+)$/m.exec(out)?.[1]?.trim();
      if (exe && existsSync(exe)) return exe;
    } catch {
      // Not registered: fall through to the usual install folders.
    }
    const folders = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    for (const folder of folders) {
      for (const sub of ['Microsoft Office\\root\\Office16', 'Microsoft Office\\Office16']) {
        const exe = path.join(folder, sub, 'EXCEL.EXE');
        if (existsSync(exe)) return exe;
      }
    }
  }
  return null;
}

function get(url) {
  return new Promise((resolve) => {
    // The dev certificate may not be trusted yet; this only asks whether the server answers.
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

async function waitForServer(child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    if ((await get(PANE_URL)) === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

function logTail() {
  return existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8').split('\n').slice(-30).join('\n') : '';
}

const WEB_SIDELOAD = `How to sideload Kvot in Excel on the web:
  1. Open https://www.office.com, sign in and open (or create) a workbook in Excel.
  2. Home > Add-ins > More add-ins (in some versions: Insert > Add-ins > Office Add-ins).
  3. My add-ins > Upload My Add-in, choose ${path.relative(process.cwd(), MANIFEST) || MANIFEST} and Upload.
  4. Click "Fördela" (Apportion) in the Kvot group on the Home tab.
  The pane loads from ${PANE_URL} in your browser: the browser must trust the dev certificate
  (see the note printed by the dev server, or run \`node scripts/certs.js\`).
Desktop Excel without automatic sideloading:
  Windows: share a folder with manifest.xml, add it under File > Options > Trust Center > Trust Center Settings >
           Trusted Add-in Catalogs (Show in Menu), restart Excel, then Home > Add-ins > More add-ins > Shared folder.
  macOS:   copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.`;

const previous = readState();
if (previous && isOurDevServer(previous.pid)) {
  log(`The dev server is already running (pid ${previous.pid}) on https://localhost:${DEV_PORT}/. Stop it with \`npm stop\`.`);
  process.exit(0);
}

log('Building the task pane (development)...');
const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'development'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) {
  log('The build failed; nothing was started.');
  process.exit(1);
}

mkdirSync(STATE_DIR, { recursive: true });
const out = openSync(LOG_FILE, 'w');
// Detached in its own process group so it outlives this script and `npm stop` can end it and its children.
const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'dev-server.js')], {
  cwd: ROOT,
  detached: true,
  stdio: ['ignore', out, out],
});
child.unref();
writeState({ pid: child.pid, port: DEV_PORT, startedAt: new Date().toISOString(), log: LOG_FILE, sideloaded: false });
log(`Starting the dev server (pid ${child.pid}, log ${path.relative(process.cwd(), LOG_FILE)})...`);

if (!(await waitForServer(child, 180_000))) {
  log(`The dev server did not come up on ${PANE_URL}. Last lines of its log:\n${logTail()}`);
  if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  process.exit(1);
}
log(`Serving ${PANE_URL}`);
const certNote = /NOTE: the dev server uses[\s\S]*?Restart Excel after trusting the CA\./.exec(logTail());
if (certNote) console.log(`\n${certNote[0]}\n`);

const excel = findDesktopExcel();
const debugging = localCli('office-addin-debugging');
if (excel && debugging) {
  log(`Sideloading ${path.basename(MANIFEST)} into desktop Excel (${excel})...`);
  const sideload = spawnSync(
    process.execPath,
    [debugging, 'start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(DEV_PORT)],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (sideload.status === 0) {
    writeState({ ...readState(), sideloaded: true });
    log('Excel opens with Kvot: click "Fördela" on the Home tab.');
  } else {
    log(`Sideloading failed (exit ${sideload.status}).\n${WEB_SIDELOAD}`);
  }
} else if (excel) {
  log(`Desktop Excel found (${excel}), but office-addin-debugging is not installed, so Kvot cannot sideload`);
  log('automatically. Install it with `npm install -D office-addin-debugging`, or sideload by hand:');
  console.log(WEB_SIDELOAD);
} else {
  log(`No desktop Excel was found on this computer (${process.platform}); the dev server keeps serving for Excel on the web.`);
  console.log(WEB_SIDELOAD);
}
log('The dev server keeps running in the background. Stop it with `npm stop`.');
