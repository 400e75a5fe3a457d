import { useEffect, useState } from 'react';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Follows the operating system's light/dark setting, live. */
function usePrefersDark(): boolean {
  const [dark, setDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/**
 * The Office theme wins when the host reports one; Office on the web may not
 * (officeTheme undefined), so the system preference is the fallback.
 */
export function usePaneTheme(officeDark: boolean | undefined): Theme {
  const systemDark = usePrefersDark();
  const dark = officeDark ?? systemDark;
  return dark ? webDarkTheme : webLightTheme;
}
