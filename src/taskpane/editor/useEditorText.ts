import { useLanguage } from '../language';
import { EDITOR_MESSAGES } from './i18n';

/** The editor's strings in the pane's current language. */
export function useEditorText() {
  const { lang } = useLanguage();
  return { e: EDITOR_MESSAGES[lang], lang };
}
