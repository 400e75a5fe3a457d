import type { Localized } from '../core/agreement/types';

/**
 * An input file Kvot cannot read, said in both languages; the CLI prints the one asked for (exit 1).
 * Its own module so that main.ts can catch it without loading the readers (and exceljs) up front.
 */
export class InputError extends Error {
  constructor(readonly text: Localized) {
    super(`${text.sv} / ${text.en}`);
  }
}
