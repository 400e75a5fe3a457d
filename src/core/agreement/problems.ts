import type { Localized } from './types';

/** A problem in a rule file, located by JSON pointer (RFC 6901), e.g. "/tranches/1/conditions/all/0/operator". */
export interface RuleProblem {
  pointer: string;
  message: Localized;
}
