// @vitest-environment jsdom
import { setPrefersDark } from './setup';
import { act, renderHook } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { usePaneTheme } from '../../src/taskpane/theme';

describe('pane theme', () => {
  it("follows Office's theme when the host reports one", () => {
    setPrefersDark(false);
    expect(renderHook(() => usePaneTheme(true)).result.current).toBe(webDarkTheme);
    setPrefersDark(true);
    expect(renderHook(() => usePaneTheme(false)).result.current).toBe(webLightTheme);
  });

  it('falls back to the system preference and follows its changes', () => {
    setPrefersDark(true);
    const { result } = renderHook(() => usePaneTheme(undefined));
    expect(result.current).toBe(webDarkTheme);
    act(() => setPrefersDark(false));
    expect(result.current).toBe(webLightTheme);
  });
});
