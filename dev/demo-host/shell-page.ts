/** The demo page (an Outlook-like window): static markup; dev/demo-host/browser/shell.ts fills it. */

export type DemoLanguage = "nl" | "fr" | "en";

export const demoLanguages: Record<DemoLanguage, string> = {
  nl: "nl-BE",
  fr: "fr-BE",
  en: "en-US",
};

export function demoLanguage(value: string | null | undefined): DemoLanguage {
  return value === "fr" || value === "en" ? value : "nl";
}

/** Outlook passes the host and UI language to the pane in the _host_Info query parameter. */
export function taskpaneUrl(language: DemoLanguage): string {
  return `/taskpane.html?_host_Info=${encodeURIComponent(`Outlook$Web$16.01$${demoLanguages[language]}$$$$0`)}`;
}

const labels: Record<
  DemoLanguage,
  { inbox: string; sent: string; refresh: string; noMail: string }
> = {
  nl: {
    inbox: "Postvak IN",
    sent: "Verzonden items",
    refresh: "Vernieuwen",
    noMail: "Selecteer een bericht om het te lezen.",
  },
  fr: {
    inbox: "Boîte de réception",
    sent: "Éléments envoyés",
    refresh: "Actualiser",
    noMail: "Sélectionnez un message pour le lire.",
  },
  en: {
    inbox: "Inbox",
    sent: "Sent Items",
    refresh: "Refresh",
    noMail: "Select a message to read it.",
  },
};

export function shellPage(language: DemoLanguage): string {
  const l = labels[language];
  const languageLinks = (Object.keys(demoLanguages) as DemoLanguage[])
    .map(
      (code) =>
        `<a href="?lang=${code}" data-testid="lang-${code}"${code === language ? ' aria-current="true"' : ""}>${code.toUpperCase()}</a>`
    )
    .join(" ");
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="UTF-8" />
    <title>Outlook (demo) — Handle with Care</title>
    <link rel="stylesheet" href="/demo/shell.css" />
  </head>
  <body data-lang="${language}">
    <header class="topbar">
      <span class="brand">Outlook <small>demo</small></span>
      <nav class="languages" aria-label="Language">${languageLinks}</nav>
      <span class="user" data-testid="demo-user"></span>
    </header>
    <main class="outlook">
      <nav class="folders" aria-label="Folders">
        <button type="button" data-folder="inbox" data-testid="folder-inbox" aria-pressed="true">${l.inbox}</button>
        <button type="button" data-folder="sent" data-testid="folder-sent" aria-pressed="false">${l.sent}</button>
      </nav>
      <section class="list" aria-label="${l.inbox}">
        <div class="list-header"><span data-testid="list-title">${l.inbox}</span>
          <button type="button" class="refresh" data-testid="refresh">${l.refresh}</button></div>
        <ul data-testid="mail-list" role="listbox"></ul>
        <ul data-testid="sent-list" hidden></ul>
      </section>
      <article class="reading" data-testid="reading-pane" aria-live="polite">
        <p class="placeholder">${l.noMail}</p>
      </article>
      <aside class="taskpane" aria-label="Handle with Care">
        <div class="taskpane-title">Handle with Care</div>
        <iframe id="taskpane" name="taskpane" data-testid="taskpane-frame" title="Handle with Care" src="${taskpaneUrl(language)}"></iframe>
      </aside>
    </main>
    <script src="/demo/shell.js"></script>
  </body>
</html>
`;
}
