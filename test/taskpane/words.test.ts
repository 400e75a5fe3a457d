import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/taskpane/i18n';
import { OUTSIDE_OFFICE_MESSAGES } from '../../src/taskpane/components/outsideOfficeMessages';
import { WHAT_IF_MESSAGES } from '../../src/taskpane/whatif/i18n';
import { RECONCILE_MESSAGES } from '../../src/taskpane/reconcile/i18n';
import { EDITOR_MESSAGES } from '../../src/taskpane/editor/i18n';

const manifest = readFileSync(resolve(process.cwd(), 'manifest.xml'), 'utf8');

/** A manifest string resource: its default (English) value and its sv-SE override. */
function resource(id: string): { en: string; sv: string } {
  const match = new RegExp(
    `<bt:String id="${id.replace(/\./g, '\\.')}" DefaultValue="([^"]*)">\\s*<bt:Override Locale="sv-SE" Value="([^"]*)"/>`,
  ).exec(manifest);
  if (!match) throw new Error(`no string ${id}`);
  return { en: match[1], sv: match[2] };
}

describe('one word per action, in both languages', () => {
  it('the ribbon button is named as the tab it opens: Fördela / Distribute', () => {
    const button = resource('Kvot.ShowTaskpane.Label');
    expect(button).toEqual({ sv: MESSAGES.sv.tabDistribute, en: MESSAGES.en.tabDistribute });
    expect(button).toEqual({ sv: 'Fördela', en: 'Distribute' });
    const getStarted = resource('GetStarted.Description');
    expect(getStarted.sv).toContain(`klicka på ${button.sv}`);
    expect(getStarted.en).toContain(`click ${button.en}`);
    expect(manifest).not.toMatch(/Apportion\b/);
  });

  it('the other views and the outside page name the tab with the same word', () => {
    for (const lang of ['sv', 'en'] as const) {
      const word = MESSAGES[lang].tabDistribute;
      expect(OUTSIDE_OFFICE_MESSAGES[lang].steps.join(' ')).toContain(word);
      expect(WHAT_IF_MESSAGES[lang].readTableFirst).toContain(word);
      expect(RECONCILE_MESSAGES[lang].readTableFirst).toContain(word);
      expect(EDITOR_MESSAGES[lang].noDraftBody).toContain(word);
      const all = JSON.stringify(
        [OUTSIDE_OFFICE_MESSAGES[lang], EDITOR_MESSAGES[lang], WHAT_IF_MESSAGES[lang], RECONCILE_MESSAGES[lang]].map((m) =>
          Object.values(m).filter((v) => typeof v === 'string'),
        ),
      );
      expect(all).not.toMatch(lang === 'en' ? /\bApportion\b/ : /\bFördelning\b/);
    }
  });
});
