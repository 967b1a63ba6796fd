/** Entry of the task pane: waits for Office, picks language and theme, renders the app. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../i18n";
import { languageFromLocale } from "../i18n/language";
import { createOfficeMailbox } from "../office/officeMailbox";
import { App } from "./App";
import { themeFor } from "./theme";

Office.onReady(async () => {
  const mailbox = createOfficeMailbox();
  const language = languageFromLocale(mailbox.displayLanguage());
  document.documentElement.lang = language;
  const i18n = await createI18n(language);
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme}>
        <App mailbox={mailbox} />
      </FluentProvider>
    </I18nextProvider>
  );
});
