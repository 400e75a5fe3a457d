import { ruleFileText } from '../../core/agreement/ruleFile';
import type { Agreement } from '../../core/agreement/types';

/** Saves the rule set as "<id>.json", in the bundled files' format, through the browser's download. */
export function downloadRuleFile(agreement: Agreement): void {
  const blob = new Blob([ruleFileText(agreement)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${agreement.id}.json`;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; free the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
