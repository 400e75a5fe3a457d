import { createContext, useContext, type ReactNode } from 'react';
import type { RuleProblem } from '../../core/agreement/problems';
import type { PlacedProblems } from './layout';

const EMPTY: PlacedProblems = { fields: new Map(), containers: new Map(), unplaced: [] };
const ProblemsContext = createContext<PlacedProblems>(EMPTY);

/** The live problems of the draft, placed at the fields that show them. */
export function ProblemsProvider(props: { placed: PlacedProblems; children: ReactNode }) {
  return <ProblemsContext.Provider value={props.placed}>{props.children}</ProblemsContext.Provider>;
}

export function useFieldProblems(pointer: string): RuleProblem[] {
  return useContext(ProblemsContext).fields.get(pointer) ?? [];
}

export function useContainerProblems(pointer: string): RuleProblem[] {
  return useContext(ProblemsContext).containers.get(pointer) ?? [];
}
