import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

/**
 * A feature may keep its words in files of its own, `locales/<language>/<namespace>.json`, each
 * holding one top-level key of the dictionary (the file's name): features added side by side then
 * never edit the same file. The base dictionaries above hold everything older.
 */
const featureWords = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** The dictionary of one language: the base file and every feature file of that language. */
export function dictionary(language: Language): Record<string, unknown> {
  const words: Record<string, unknown> = { ...(language === 'en' ? en : id) };
  for (const [file, content] of Object.entries(featureWords)) {
    const [, fileLanguage, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
    if (fileLanguage === language && namespace) words[namespace] = content;
  }
  return words;
}

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'jamsos.lang';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

/** Indonesian first; English when the user chose it (remembered in this browser). */
export async function initI18n(): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { id: { translation: dictionary('id') }, en: { translation: dictionary('en') } },
    lng: storedLanguage(),
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18n.language;
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
