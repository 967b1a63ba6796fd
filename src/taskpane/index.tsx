/** Entry of the task pane: waits for Office, picks language and theme, renders the app. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../i18n";
import { languageFromLocale } from "../i18n/language";
import { analyseMail } from "../lib/mail/analyseMail";
import { createPdfTextExtractor } from "../lib/extraction/pdfText";
import { createOfficeMailbox } from "../office/officeMailbox";
import type { PaneServices } from "./services";
import { App } from "./App";
import { themeFor } from "./theme";

Office.onReady(async () => {
  const mailbox = createOfficeMailbox();
  const language = languageFromLocale(mailbox.displayLanguage());
  document.documentElement.lang = language;
  const i18n = await createI18n(language);
  const pdf = createPdfTextExtractor({
    workerSrc: new URL("pdf.worker.min.mjs", location.href).href,
  });
  const services: PaneServices = { mailbox, analyseMail: (mail) => analyseMail(mail, pdf) };
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme}>
        <App services={services} />
      </FluentProvider>
    </I18nextProvider>
  );
});
