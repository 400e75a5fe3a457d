/**
 * Detects whether the pane runs inside Excel. Outside Office, office.js either failed to load
 * (offline: `Office` is undefined) or loads and resolves onReady with host null; when it loads but
 * never resolves, a timeout decides. A late onReady still wins, so a slow Excel start recovers.
 */

export type HostInfo =
  | { kind: 'excel'; displayLanguage: string | undefined; isDarkTheme: boolean | undefined }
  | { kind: 'outside'; reason: 'officeJsMissing' | 'noHost' | 'otherHost' | 'timeout' };

/** The part of office.js the detection reads; a structural type so tests can stub it. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null | undefined }>;
  context?: { displayLanguage?: string; officeTheme?: { isDarkTheme?: boolean } };
}

export const HOST_TIMEOUT_MS = 1500;

function officeGlobal(): OfficeLike | undefined {
  const office = (globalThis as unknown as { Office?: OfficeLike }).Office;
  return office && typeof office.onReady === 'function' ? office : undefined;
}

function fromReady(office: OfficeLike, host: string | null | undefined): HostInfo {
  if (host == null) return { kind: 'outside', reason: 'noHost' };
  if (host !== 'Excel') return { kind: 'outside', reason: 'otherHost' };
  return {
    kind: 'excel',
    displayLanguage: office.context?.displayLanguage,
    isDarkTheme: office.context?.officeTheme?.isDarkTheme,
  };
}

/**
 * Calls onHost with the first answer (within timeoutMs); if that was a timeout and Office later
 * reports Excel, calls it again. Returns a function that stops further calls.
 */
export function watchHost(onHost: (info: HostInfo) => void, timeoutMs = HOST_TIMEOUT_MS): () => void {
  let active = true;
  let answered = false;
  const answer = (info: HostInfo) => {
    if (!active) return;
    if (answered && info.kind !== 'excel') return;
    answered = true;
    onHost(info);
  };

  const office = officeGlobal();
  if (!office) {
    // Deferred so callers see the same asynchronous shape in every case.
    queueMicrotask(() => answer({ kind: 'outside', reason: 'officeJsMissing' }));
    return () => {
      active = false;
    };
  }

  const timer = setTimeout(() => answer({ kind: 'outside', reason: 'timeout' }), timeoutMs);
  office.onReady().then(
    (info) => {
      clearTimeout(timer);
      answer(fromReady(office, info?.host));
    },
    () => {
      clearTimeout(timer);
      answer({ kind: 'outside', reason: 'noHost' });
    },
  );
  return () => {
    active = false;
    clearTimeout(timer);
  };
}
