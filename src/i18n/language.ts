/** The officer's language, from Office's display language: Dutch first, then French, English. */
export const supportedLanguages = ["nl", "fr", "en"] as const;
export type Language = (typeof supportedLanguages)[number];

/** "fr-BE" → "fr"; anything unsupported falls back to Dutch, the programme's home language. */
export function languageFromLocale(locale: string | undefined | null): Language {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return (supportedLanguages as readonly string[]).includes(base) ? (base as Language) : "nl";
}
