import type { Agreement, Localized } from '../core/agreement/types';
import { loadAgreement, loadAgreementText, type LoadResult } from '../core/agreement/load';
import { BUNDLED_RULES, type BundledRule } from '../taskpane/bundledRules';
import { failure, fitLocalized, success, type FunctionResult } from './result';

/** A rule set a formula names: shipped with Kvot, or saved in this workbook (custom XML part). */
export interface ResolvedRules {
  agreement: Agreement;
  source: 'bundled' | 'workbook';
  /** The JSON the agreement was loaded from (the workbook's text, or the bundled file's), as a cache key. */
  key: string;
}

/** Reads the rule JSON saved in the open workbook; null when there is none. */
export type ReadWorkbookRules = () => Promise<string | null>;

type WorkbookRules =
  | { kind: 'none' }
  | { kind: 'loaded'; agreement: Agreement; key: string }
  /** Saved rules that do not load; `id` is their id when the JSON at least says one. */
  | { kind: 'broken'; id: string | null; problem: Localized };

/**
 * Finds the rule set a formula names by its id. The workbook's own rule set comes first: it is what
 * the pane uses for this workbook (saved there so it travels with the file), so a formula naming
 * "svf-2024" in a workbook that holds an edited "svf-2024" computes with the edited rules, as the pane
 * does. Then the bundled files. Saved rules that do not load are an error for their id (and for every
 * id when their id cannot be told), never a quiet fall-back to the bundled file.
 *
 * The workbook's text is read once and kept until forget() (the pane calls it when it saves or
 * removes rules); a failed read is not kept, so the next call tries again.
 */
export class RuleLookup {
  private workbook: Promise<WorkbookRules> | null = null;
  private readonly loaded = new Map<string, LoadResult>();

  constructor(
    private readonly readWorkbook: ReadWorkbookRules,
    private readonly bundled: readonly BundledRule[] = BUNDLED_RULES,
  ) {}

  /** The workbook's rules changed (saved, replaced or removed): read them again next time. */
  forget(): void {
    this.workbook = null;
  }

  async resolve(ruleId: unknown): Promise<FunctionResult<ResolvedRules>> {
    const id = typeof ruleId === 'number' ? String(ruleId) : typeof ruleId === 'string' ? ruleId.trim() : '';
    if (id === '') {
      return failure({
        sv: `Ange regeluppsättningens id, t.ex. "${this.bundled[0]?.id ?? 'svf-2024'}".`,
        en: `Give the rule set's id, e.g. "${this.bundled[0]?.id ?? 'svf-2024'}".`,
      });
    }
    let saved: WorkbookRules;
    try {
      saved = await this.workbookRules();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failure(
        fitLocalized({
          sv: `Kunde inte läsa reglerna som sparats i arbetsboken: ${detail}`,
          en: `Could not read the rules saved in the workbook: ${detail}`,
        }),
        'notAvailable',
      );
    }
    if (saved.kind === 'loaded' && saved.agreement.id === id)
      return success({ agreement: saved.agreement, source: 'workbook', key: saved.key });
    if (saved.kind === 'broken' && (saved.id === null || saved.id === id)) {
      return failure(
        fitLocalized(
          {
            sv: `Reglerna som sparats i arbetsboken går inte att läsa: ${saved.problem.sv}`,
            en: `The rules saved in the workbook do not load: ${saved.problem.en}`,
          },
          { sv: 'Rätta dem under Regler i Kvot, eller ta bort dem.', en: 'Fix them under Rules in Kvot, or remove them.' },
        ),
        'notAvailable',
      );
    }
    const file = this.bundled.find((rule) => rule.id === id);
    if (file) {
      const key = `bundled:${file.id}`;
      const result = this.load(key, () => loadAgreement(file.json));
      if (result.ok) return success({ agreement: result.agreement, source: 'bundled', key });
      return failure(
        { sv: `Den inbyggda regelfilen ${file.fileName} går inte att läsa.`, en: `The bundled rule file ${file.fileName} does not load.` },
        'notAvailable',
      );
    }
    const known = this.bundled.map((rule) => rule.id).join(', ');
    const inWorkbook = saved.kind === 'loaded' ? saved.agreement.id : null;
    return failure(
      fitLocalized({
        sv: `Okänd regeluppsättning "${id}". Kända: ${known} (inbyggda)${inWorkbook ? `, ${inWorkbook} (sparad i arbetsboken)` : ''}.`,
        en: `Unknown rule set "${id}". Known: ${known} (bundled)${inWorkbook ? `, ${inWorkbook} (saved in the workbook)` : ''}.`,
      }),
      'notAvailable',
    );
  }

  private workbookRules(): Promise<WorkbookRules> {
    if (!this.workbook) {
      const reading = this.readWorkbook().then((text) => this.interpret(text));
      this.workbook = reading;
      // A failed read is not remembered: Excel may be busy now and answer next time.
      reading.catch(() => {
        if (this.workbook === reading) this.workbook = null;
      });
    }
    return this.workbook;
  }

  private interpret(text: string | null): WorkbookRules {
    if (text === null) return { kind: 'none' };
    const result = this.load(`workbook:${text}`, () => loadAgreementText(text));
    if (result.ok) return { kind: 'loaded', agreement: result.agreement, key: `workbook:${text}` };
    const first = result.problems[0];
    const problem = first
      ? {
          sv: `${first.pointer ? `#${first.pointer}: ` : ''}${first.message.sv}`,
          en: `${first.pointer ? `#${first.pointer}: ` : ''}${first.message.en}`,
        }
      : { sv: 'okänt fel', en: 'unknown error' };
    return { kind: 'broken', id: idOf(text), problem };
  }

  /** Loading validates the whole file (schema and checks): done once per text. */
  private load(key: string, load: () => LoadResult): LoadResult {
    let result = this.loaded.get(key);
    if (!result) {
      result = load();
      // The workbook's text changes rarely; keep a handful, not every version ever seen.
      if (this.loaded.size >= 16) this.loaded.delete(this.loaded.keys().next().value as string);
      this.loaded.set(key, result);
    }
    return result;
  }
}

function idOf(text: string): string | null {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
    return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
  } catch {
    return null;
  }
}
