/** A Rich API error as Office.js raises it at context.sync(). */
export interface OfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string };
}

export function officeError(code: string, message: string): OfficeError {
  return Object.assign(new Error(`${code}: ${message}`), { name: 'RichApi.Error', code, debugInfo: { code, message } });
}

/** "1.17" → 1017, so versions compare as numbers ("1.9" < "1.10"). */
export function versionNumber(text: string): number {
  const [major, minor = '0'] = String(text).split('.');
  return Number(major) * 1000 + Number(minor);
}
