/** i18next set-up: one catalog per language and namespace (Dutch first, French, English). */
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import nlPane from "./locales/nl/pane.json";
import frPane from "./locales/fr/pane.json";
import enPane from "./locales/en/pane.json";
import nlExtraction from "./locales/nl/extraction.json";
import frExtraction from "./locales/fr/extraction.json";
import enExtraction from "./locales/en/extraction.json";
import nlSignal from "./locales/nl/signal.json";
import frSignal from "./locales/fr/signal.json";
import enSignal from "./locales/en/signal.json";
import nlDirectory from "./locales/nl/directory.json";
import nlSettings from "./locales/nl/settings.json";
import frDirectory from "./locales/fr/directory.json";
import frSettings from "./locales/fr/settings.json";
import enDirectory from "./locales/en/directory.json";
import enSettings from "./locales/en/settings.json";
import type { Language } from "./language";

export const namespaces = ["pane", "extraction", "signal", "directory", "settings"] as const;

export const resources = {
  nl: {
    pane: nlPane,
    extraction: nlExtraction,
    signal: nlSignal,
    directory: nlDirectory,
    settings: nlSettings,
  },
  fr: {
    pane: frPane,
    extraction: frExtraction,
    signal: frSignal,
    directory: frDirectory,
    settings: frSettings,
  },
  en: {
    pane: enPane,
    extraction: enExtraction,
    signal: enSignal,
    directory: enDirectory,
    settings: enSettings,
  },
};

/** Creates an isolated i18next instance (one per pane, and one per test). */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "nl",
    supportedLngs: ["nl", "fr", "en"],
    ns: [...namespaces],
    defaultNS: "pane",
    resources,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    showSupportNotice: false, // no console output from the pane
  });
  return instance;
}
