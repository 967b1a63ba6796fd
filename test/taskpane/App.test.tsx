/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../src/i18n";
import type { CurrentMail, MailboxPort } from "../../src/lib/ports";
import { App } from "../../src/taskpane/App";
import { school } from "../lib/directory/testSchools";
import { fakeServices } from "./fakeServices";

function mail(subject: string, itemId: string): CurrentMail {
  return {
    itemId,
    internetMessageId: `<${itemId}@zone.example.be>`,
    subject,
    from: { name: "Dispatch", email: "dispatch@zone.example.be" },
    received: "2026-11-11T08:28:00.000Z",
    attachments: [],
    getBody: async () => "",
    getAttachmentContent: async () => ({ format: "base64", content: "" }),
    getCategories: async () => [],
    addCategories: async () => undefined,
    saveCustomProperty: async () => undefined,
  };
}

/** An in-memory mailbox whose selection the test changes. */
function fakeMailbox(initial: CurrentMail | null) {
  let current = initial;
  const listeners = new Set<() => void>();
  const mailbox: MailboxPort = {
    currentMail: () => current,
    onItemChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    displayLanguage: () => "nl-BE",
    userProfile: () => ({ name: "Officer", email: "officer@zone.example.be" }),
  };
  return {
    mailbox,
    select(next: CurrentMail | null) {
      current = next;
      listeners.forEach((l) => l());
    },
    listenerCount: () => listeners.size,
  };
}

async function renderApp(mailbox: MailboxPort, language: "nl" | "fr" | "en" = "nl") {
  const i18n = await createI18n(language);
  let rendered!: ReturnType<typeof render>;
  await act(async () => {
    rendered = render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <App services={fakeServices({ mailbox })} />
        </FluentProvider>
      </I18nextProvider>
    );
  });
  return rendered;
}

describe("task pane shell", () => {
  it("shows the open mail's subject and sender", async () => {
    const { mailbox } = fakeMailbox(mail("TR: IFG - PV GE.55.L3.012345/2026", "a"));
    await renderApp(mailbox);
    await screen.findByTestId("verdict");
    expect(screen.getByTestId("mail-subject").textContent).toBe(
      "TR: IFG - PV GE.55.L3.012345/2026"
    );
    expect(screen.getByTestId("mail-from").textContent).toContain("dispatch@zone.example.be");
    expect(screen.getByTestId("mail-received").textContent).toMatch(/2026/);
  });

  it("follows the selection when pinned, and shows an empty state when nothing is selected", async () => {
    const box = fakeMailbox(mail("first", "a"));
    const { unmount } = await renderApp(box.mailbox);
    await act(async () => box.select(mail("second", "b")));
    expect(screen.getByTestId("mail-subject").textContent).toBe("second");
    await act(async () => box.select(null));
    expect(screen.getByTestId("empty-state").textContent).toContain("Selecteer een mail");
    unmount();
    expect(box.listenerCount()).toBe(0);
  });

  it("reads the school directory once per pane, not once per mail", async () => {
    const box = fakeMailbox(mail("first", "a"));
    let lists = 0;
    const services = fakeServices({
      mailbox: box.mailbox,
      directory: {
        list: async () => {
          lists++;
          return [];
        },
        upsert: async () => ({ folderCreated: false, written: [], failed: null, notAttempted: [] }),
      },
    });
    const i18n = await createI18n("nl");
    await act(async () => {
      render(
        <I18nextProvider i18n={i18n}>
          <FluentProvider theme={webLightTheme}>
            <App services={services} />
          </FluentProvider>
        </I18nextProvider>
      );
    });
    await act(async () => box.select(mail("second", "b")));
    await act(async () => box.select(mail("third", "c")));
    expect(screen.getByTestId("mail-subject").textContent).toBe("third");
    expect(lists).toBe(1);
  });

  it("speaks French when Office does", async () => {
    const { mailbox } = fakeMailbox(null);
    await renderApp(mailbox, "fr");
    expect(screen.getByTestId("empty-state").textContent).toContain("Sélectionnez un e-mail");
  });

  it("shows the coordinator the number of schools in the directory on the Schools tab", async () => {
    const { mailbox } = fakeMailbox(mail("first", "a"));
    const services = fakeServices({
      mailbox,
      schools: [school({ number: "1234", name: "Basisschool De Vlinder" })],
    });
    const i18n = await createI18n("nl");
    await act(async () => {
      render(
        <I18nextProvider i18n={i18n}>
          <FluentProvider theme={webLightTheme}>
            <App services={services} />
          </FluentProvider>
        </I18nextProvider>
      );
    });
    await act(async () => screen.getByTestId("tab-schools").click());
    expect((await screen.findByTestId("school-count")).textContent).toBe(
      "1 school in de lijst van de zone."
    );
    await act(async () => screen.getByTestId("tab-signal").click());
    expect(screen.getByTestId("mail-subject").textContent).toBe("first");
  });
});
