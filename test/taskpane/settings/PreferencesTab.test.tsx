/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../../src/i18n";
import type { ConfigOverrides } from "../../../src/lib/config";
import { PreferencesTab } from "../../../src/taskpane/settings/PreferencesTab";
import { fakeServices, staticMailbox, testConfig } from "../fakeServices";

async function renderPreferences(
  save: (o: ConfigOverrides) => Promise<void>,
  current: ConfigOverrides = {}
) {
  const services = {
    ...fakeServices({ mailbox: staticMailbox(null) }),
    preferences: {
      deployed: { ...testConfig, sendingMailbox: "jgp@zone.example.be" },
      current,
      save,
    },
  };
  const i18n = await createI18n("nl");
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <PreferencesTab services={services} />
        </FluentProvider>
      </I18nextProvider>
    );
  });
}

describe("the officer's preferences", () => {
  it("saves the chosen mailbox, language and receipts as roaming overrides", async () => {
    const saved: ConfigOverrides[] = [];
    await renderPreferences(async (o) => void saved.push(o));
    expect(screen.getByText("de mailbox van de dienst (jgp@zone.example.be)")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByLabelText("mijn eigen mailbox"));
      fireEvent.change(screen.getByTestId("preferences-language"), { target: { value: "fr" } });
      fireEvent.click(screen.getByLabelText("Leesbevestiging vragen"));
      fireEvent.click(screen.getByTestId("preferences-save"));
    });
    expect(saved).toEqual([
      {
        sendingMailbox: null,
        defaultLanguage: "fr",
        receipt: { requestReadReceipt: true, requestDeliveryReceipt: false },
      },
    ]);
    expect(screen.getByTestId("preferences-saved").textContent).toContain("Opgeslagen");
  });

  it("starts from the stored choices", async () => {
    await renderPreferences(async () => undefined, { sendingMailbox: null, defaultLanguage: "en" });
    expect((screen.getByLabelText("mijn eigen mailbox") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId("preferences-language") as HTMLSelectElement).value).toBe("en");
  });

  it("says so when saving fails", async () => {
    await renderPreferences(async () => Promise.reject(new Error("quota")));
    await act(async () => {
      fireEvent.click(screen.getByTestId("preferences-save"));
    });
    expect(screen.getByTestId("preferences-failed").textContent).toContain("niet opgeslagen");
  });
});
