// Whether the end-to-end tests can run here. Without Chromium they are skipped locally (with a note
// on how to install it) but fail on CI, where a skipped browser test would hide a broken pane.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../harness/browser';

export const chromiumMissing = !existsSync(CHROMIUM_PATH);

/** On CI a missing Chromium is a failing test (see requireChromium), not a skip. */
export const chromiumRequiredButMissing = chromiumMissing && Boolean(process.env.CI);

if (chromiumMissing && !chromiumRequiredButMissing) {
  console.warn(
    `Kvot e2e: skipped, no Chromium at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install chromium\` ` +
      '(or set KVOT_CHROMIUM to another Chromium binary).',
  );
}

/** Throws the failure a CI run shows when Chromium is not installed. */
export function requireChromium(): void {
  if (chromiumMissing) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; the end-to-end tests need it on CI. ` +
        'Install it with `apt-get install chromium` or set KVOT_CHROMIUM.',
    );
  }
}
