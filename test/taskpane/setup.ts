/** jsdom lacks a few browser APIs Fluent UI uses; imported first by every pane test. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: NoopResizeObserver, writable: true, configurable: true });
}

// jsdom's Blob has no text(); browsers do, and the pane reads rule files with it.
if (typeof Blob.prototype.text !== 'function') {
  Object.defineProperty(Blob.prototype, 'text', {
    configurable: true,
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}

/** A matchMedia whose dark-mode answer tests can set and change (see setPrefersDark). */
const listeners = new Set<(event: MediaQueryListEvent) => void>();
let prefersDark = false;

export function setPrefersDark(dark: boolean): void {
  prefersDark = dark;
  for (const listener of listeners) listener({ matches: dark, media: '(prefers-color-scheme: dark)' } as MediaQueryListEvent);
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList =>
    ({
      get matches() {
        return query.includes('dark') ? prefersDark : false;
      },
      media: query,
      onchange: null,
      addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList,
});

afterEach(() => {
  cleanup();
  prefersDark = false;
  listeners.clear();
  delete (globalThis as { Office?: unknown }).Office;
});
