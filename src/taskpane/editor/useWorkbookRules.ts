import { useEffect, useRef, useState } from 'react';
import { isEditableDraft } from '../../core/agreement/draft';
import { loadAgreementText } from '../../core/agreement/load';
import type { RuleProblem } from '../../core/agreement/problems';
import { ruleFileText } from '../../core/agreement/ruleFile';
import type { Agreement } from '../../core/agreement/types';
import type { FullWorkbookPort } from '../../excel/port';
import type { Distribution } from '../state/useDistribution';

export type WorkbookRules =
  { status: 'checking' } | { status: 'none' } | { status: 'saved'; agreement: Agreement } | { status: 'broken'; problems: RuleProblem[] };

export type WorkbookEvent = { kind: 'saved' | 'cleared' } | { kind: 'failed'; message: string } | null;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The rule set kept in the workbook. On opening, saved rules that load are used at once (the next
 * person gets the same rules); rules that do not load are reported, and go into the editor when the
 * form can show them so they can be fixed.
 */
export function useWorkbookRules(
  port: FullWorkbookPort,
  flow: Distribution,
  options: { label: (id: string) => string; onBrokenDraft: (draft: Agreement) => void },
) {
  const [rules, setRules] = useState<WorkbookRules>({ status: 'checking' });
  const [event, setEvent] = useState<WorkbookEvent>(null);
  const [busy, setBusy] = useState(false);
  // Async callbacks use the latest flow and options, not those of the render that started them.
  const latest = useRef({ flow, options });
  latest.current = { flow, options };

  useEffect(() => {
    let live = true;
    port
      .loadWorkbookRules()
      .then(async (text) => {
        if (!live) return;
        if (text === null) return setRules({ status: 'none' });
        const loaded = loadAgreementText(text);
        if (loaded.ok) {
          setRules({ status: 'saved', agreement: loaded.agreement });
          await latest.current.flow.adoptAgreement(loaded.agreement, latest.current.options.label(loaded.agreement.id));
          return;
        }
        setRules({ status: 'broken', problems: loaded.problems });
        const json = parseOrNull(text);
        if (isEditableDraft(json)) latest.current.options.onBrokenDraft(json);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setRules({ status: 'none' });
        setEvent({ kind: 'failed', message: messageOf(error) });
      });
    return () => {
      live = false;
    };
  }, [port]);

  async function run(action: () => Promise<void>, done: WorkbookEvent) {
    setBusy(true);
    setEvent(null);
    try {
      await action();
      setEvent(done);
    } catch (error) {
      setEvent({ kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return {
    rules,
    event,
    busy,
    dismissEvent: () => setEvent(null),
    save: (agreement: Agreement) =>
      run(
        async () => {
          await port.saveWorkbookRules(ruleFileText(agreement));
          setRules({ status: 'saved', agreement });
        },
        { kind: 'saved' },
      ),
    clear: () =>
      run(
        async () => {
          await port.clearWorkbookRules();
          setRules({ status: 'none' });
        },
        { kind: 'cleared' },
      ),
  };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export type WorkbookRulesState = ReturnType<typeof useWorkbookRules>;
