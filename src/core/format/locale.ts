import type { Language } from '../agreement/types';

export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
