/** Entry of the task pane: waits for Office, picks language and theme, wires services, renders. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../i18n";
import { languageFromLocale } from "../i18n/language";
import { createOfficeMailbox } from "../office/officeMailbox";
import { App } from "./App";
import { bootstrap } from "./bootstrap";
import { ConfigErrorView } from "./components/ConfigErrorView";
import { themeFor } from "./theme";

Office.onReady(async () => {
  const mailbox = createOfficeMailbox();
  const language = languageFromLocale(mailbox.displayLanguage());
  document.documentElement.lang = language;
  const [i18n, boot] = await Promise.all([createI18n(language), bootstrap(mailbox)]);
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme}>
        {boot.ok ? <App services={boot.services} /> : <ConfigErrorView error={boot.error} />}
      </FluentProvider>
    </I18nextProvider>
  );
});
