import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../core/agreement/types';
import { MESSAGES, type Messages } from './i18n';

interface LanguageValue {
  lang: Language;
  t: Messages;
  setLang: (lang: Language) => void;
}

const LanguageContext = createContext<LanguageValue | null>(null);

export function LanguageProvider(props: { lang: Language; setLang: (lang: Language) => void; children: ReactNode }) {
  const { lang, setLang, children } = props;
  const value = useMemo(() => ({ lang, t: MESSAGES[lang], setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside LanguageProvider');
  return value;
}
