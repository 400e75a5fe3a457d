// The Content-Security-Policy the end-to-end tests serve the pane under (server.ts sends it with every
// HTML page): scripts only from the pane's own origin and Microsoft's office.js CDN, so no inline
// script, no eval, no new Function. A violation is reported as a console error
// ("CSP violation: …"), which the tests' error lists collect, so any violation fails the test.

export const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

export const PANE_CSP = [`script-src 'self' ${OFFICE_CDN_ORIGIN}`, "object-src 'none'", "base-uri 'self'"].join('; ');

/** Prefix of the console error a violation produces. */
export const CSP_VIOLATION = 'CSP violation:';

/**
 * Runs before any page script (an init script is not subject to the page's policy): every
 * securitypolicyviolation event becomes a console error, and window.__KVOT_CSP_VIOLATIONS__ lists them.
 */
export const CSP_REPORT_SCRIPT = `(() => {
  const seen = [];
  Object.defineProperty(window, '__KVOT_CSP_VIOLATIONS__', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + (event.sourceFile || '?') + ':' + event.lineNumber;
    seen.push(text);
    console.error(${JSON.stringify(CSP_VIOLATION)} + ' ' + text);
  });
})();`;
