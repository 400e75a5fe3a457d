import { useRef } from 'react';
import { comparable } from '../../core/agreement/labelValues';
import type { FactType } from '../../core/agreement/types';

/**
 * The last value of a condition field that was a value of its type (not text being typed, such as
 * "" or "8,"), so the condition's texts can be compared with what the field held before the typing.
 */
export function useLastValue(value: unknown, type: FactType | undefined) {
  const last = useRef<unknown>(undefined);
  if (type && comparable(value, type) !== null) last.current = value;
  return last;
}
