/**
 * The fixed signal template: catalog text (src/i18n/locales/<lng>/signal.json, `template.*`) with
 * slots. Its own i18next instance, independent of the officer's UI language, because the language
 * is chosen per school. Escaping is the caller's (plain text vs HTML); `skipOnVariables` keeps a
 * slot value such as "$t(x)" or "{{y}}" literal instead of expanding it.
 */
import i18next from "i18next";
import nl from "../../i18n/locales/nl/signal.json";
import fr from "../../i18n/locales/fr/signal.json";
import en from "../../i18n/locales/en/signal.json";
import type { SignalLanguage } from "./types";

export interface TemplateText {
  greeting: string;
  codeWord: string;
  intro: string;
  closing: string;
  /** One child line with the given (already escaped, if for HTML) slot values. */
  child(name: string, birthDate: string): string;
}

const instance = i18next.createInstance();
// initAsync false: resources are inline, so the instance is ready when init returns.
void instance.init({
  resources: { nl: { signal: nl }, fr: { signal: fr }, en: { signal: en } },
  ns: ["signal"],
  defaultNS: "signal",
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
  showSupportNotice: false,
});

/** The template's text in one language. */
export function templateText(language: SignalLanguage): TemplateText {
  const t = instance.getFixedT(language, "signal");
  return {
    greeting: t("template.greeting"),
    codeWord: t("template.codeWord"),
    intro: t("template.intro"),
    closing: t("template.closing"),
    child: (name, birthDate) => t("template.child", { name, birthDate, nest: false }),
  };
}
