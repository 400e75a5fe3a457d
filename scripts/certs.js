#!/usr/bin/env node
// HTTPS certificates for the dev server on https://localhost:3000 (Office only loads add-ins over https).
//
// 1. office-addin-dev-certs, when installed: the Office template's way. It installs its CA into the
//    OS trust store, which needs sudo/admin and can fail silently; its result is checked before use.
// 2. Otherwise (or when KVOT_DEV_CERTS=openssl) a local CA and a localhost certificate made with
//    openssl in .certs/ (gitignored). The OS does not trust that CA until you tell it to: see trustHelp().
// 3. Without openssl, webpack-dev-server's own self-signed certificate, so the server starts regardless.
//
// Run directly (`node scripts/certs.js`) to create the certificates and print how to trust them.
import { execFileSync } from 'node:child_process';
import { X509Certificate, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CERT_DIR = path.join(root, '.certs');
const CA_CERT = path.join(CERT_DIR, 'ca.crt');
const CA_KEY = path.join(CERT_DIR, 'ca.key');
const SERVER_CERT = path.join(CERT_DIR, 'localhost.crt');
const SERVER_KEY = path.join(CERT_DIR, 'localhost.key');
const DAY_MS = 24 * 60 * 60 * 1000;

/** A PEM server certificate is usable when it parses, names localhost and is valid for another day. */
function usable(certPem) {
  try {
    const cert = new X509Certificate(certPem);
    return cert.checkHost('localhost') !== undefined && new Date(cert.validTo).getTime() - Date.now() > DAY_MS;
  } catch {
    return false;
  }
}

/** The local CA must outlive the server certificate it is about to sign (365 days). */
function caStillValid() {
  try {
    return new Date(new X509Certificate(readFileSync(CA_CERT)).validTo).getTime() - Date.now() > 366 * DAY_MS;
  } catch {
    return false;
  }
}

async function fromOfficeAddinDevCerts(log) {
  let devCerts;
  try {
    devCerts = await import('office-addin-dev-certs');
  } catch {
    log('office-addin-dev-certs is not installed; using a local certificate instead.');
    return null;
  }
  const getOptions = devCerts.getHttpsServerOptions ?? devCerts.default?.getHttpsServerOptions;
  if (typeof getOptions !== 'function') return null;
  try {
    // It may wait for a sudo prompt to install its CA; do not let that hold up the dev server.
    const options = await Promise.race([
      getOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 30 s')), 30_000).unref()),
    ]);
    const cert = options?.cert?.toString();
    if (options?.key && cert && usable(cert)) {
      return { key: options.key, cert: options.cert, ca: options.ca, source: 'office-addin-dev-certs', trusted: true };
    }
    log('office-addin-dev-certs returned no usable certificate; using a local certificate instead.');
  } catch (error) {
    log(`office-addin-dev-certs failed (${error instanceof Error ? error.message : String(error)}); using a local certificate instead.`);
  }
  return null;
}

function openssl(args) {
  execFileSync('openssl', args, { cwd: CERT_DIR, stdio: ['ignore', 'ignore', 'pipe'] });
}

function hasOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A local CA (kept, so trusting it once is enough) and a localhost certificate signed by it. */
function fromOpenssl(log) {
  if (existsSync(SERVER_CERT) && existsSync(SERVER_KEY) && existsSync(CA_CERT) && usable(readFileSync(SERVER_CERT))) {
    return readLocal();
  }
  if (!hasOpenssl()) {
    log('openssl was not found.');
    return null;
  }
  mkdirSync(CERT_DIR, { recursive: true });
  if (!existsSync(CA_CERT) || !existsSync(CA_KEY) || !caStillValid()) {
    // The CA is only regenerated when missing or expiring; a new CA must be trusted again.
    openssl([
      'req',
      '-x509',
      '-new',
      '-nodes',
      '-newkey',
      'rsa:2048',
      '-sha256',
      '-days',
      '825',
      '-keyout',
      CA_KEY,
      '-out',
      CA_CERT,
      '-subj',
      '/CN=Kvot development CA (localhost only)',
      '-addext',
      'basicConstraints=critical,CA:TRUE,pathlen:0',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
  }
  const csr = path.join(CERT_DIR, 'localhost.csr');
  const ext = path.join(CERT_DIR, 'localhost.ext');
  writeFileSync(
    ext,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
      '',
    ].join('\n'),
  );
  openssl(['req', '-new', '-nodes', '-newkey', 'rsa:2048', '-sha256', '-keyout', SERVER_KEY, '-out', csr, '-subj', '/CN=localhost']);
  // 365 days: macOS and iOS reject server certificates valid for longer than 825 days.
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    CA_CERT,
    '-CAkey',
    CA_KEY,
    '-sha256',
    '-days',
    '365',
    '-set_serial',
    `0x${randomBytes(8).toString('hex')}`,
    '-extfile',
    ext,
    '-out',
    SERVER_CERT,
  ]);
  rmSync(csr, { force: true });
  rmSync(ext, { force: true });
  chmodSync(CA_KEY, 0o600);
  chmodSync(SERVER_KEY, 0o600);
  log(`Created a development CA and a localhost certificate in ${path.relative(process.cwd(), CERT_DIR) || '.'}/.`);
  return readLocal();
}

function readLocal() {
  return {
    key: readFileSync(SERVER_KEY),
    cert: readFileSync(SERVER_CERT),
    ca: readFileSync(CA_CERT),
    source: 'openssl',
    trusted: false,
    caPath: CA_CERT,
  };
}

/** How to make the OS, the browser and Excel trust the local CA. */
export function trustHelp(caPath = CA_CERT) {
  const rel = path.relative(process.cwd(), caPath) || caPath;
  return [
    `NOTE: the dev server uses Kvot's own development certificate, which the OS does NOT trust until`,
    `you tell it to. Until then Excel shows a blank or "add-in could not be loaded" pane and browsers`,
    `warn about https://localhost:3000. Trust the local CA once (it only signs certificates for localhost):`,
    `  Windows:  certutil -user -addstore Root ${rel}   (or double-click it > Install Certificate >`,
    `            Current User > "Trusted Root Certification Authorities")`,
    `  macOS:    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${rel}`,
    `  Linux:    sudo cp ${rel} /usr/local/share/ca-certificates/kvot-dev-ca.crt && sudo update-ca-certificates`,
    `            Chromium/Chrome on Linux: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Kvot dev CA" -i ${rel}`,
    `            Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.`,
    `  Excel on the web: after trusting, open https://localhost:3000/taskpane.html once in the same browser`,
    `            and check that it loads without a warning, then restart the browser.`,
    `Restart Excel after trusting the CA.`,
  ].join('\n');
}

/**
 * Options for an https server ({ key, cert, ca }) plus where they came from, or null when neither
 * office-addin-dev-certs nor openssl could make one (the caller then lets webpack-dev-server make its own).
 */
export async function getHttpsOptions({ log = (message) => console.log(`[certs] ${message}`) } = {}) {
  const viaOfficeTool = process.env.KVOT_DEV_CERTS === 'openssl' ? null : await fromOfficeAddinDevCerts(log);
  if (viaOfficeTool) return viaOfficeTool;
  try {
    const local = fromOpenssl(log);
    if (local) return local;
  } catch (error) {
    const stderr = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr) : '';
    log(`openssl could not create a certificate: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
  log("Falling back to webpack-dev-server's own self-signed certificate (untrusted; accept it in the browser).");
  return null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = await getHttpsOptions();
  if (options?.trusted) console.log(`[certs] Using ${options.source}; its CA is installed in the OS trust store.`);
  else if (options) console.log(`\n${trustHelp(options.caPath)}`);
}
