/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../src/i18n";
import type { MailAnalysis } from "../../src/lib/mail/analyseMail";
import type { CurrentMail } from "../../src/lib/ports";
import { buildSchoolIndex } from "../../src/lib/directory";
import { MailView } from "../../src/taskpane/components/MailView";
import { fakeServices, staticMailbox } from "./fakeServices";

const mail: CurrentMail = {
  itemId: "item-1",
  internetMessageId: "<1@zone.example.be>",
  subject: "TR: IFG - PV GE.55.L3.012345/2026",
  from: { name: "Dispatch", email: "dispatch@zone.example.be" },
  received: "2026-11-11T08:28:00.000Z",
  attachments: [],
  getBody: async () => "",
  getAttachmentContent: async () => ({ format: "base64", content: "" }),
  getCategories: async () => [],
  addCategories: async () => undefined,
  saveCustomProperty: async () => undefined,
};

/** 11 digits with valid check digits for a birth from 2000 on. */
function nationalNumber(yymmdd: string, counter: string): string {
  const nine = `${yymmdd}${counter}`;
  return `${nine}${String(97 - ((2_000_000_000 + Number(nine)) % 97)).padStart(2, "0")}`;
}

const analysis: MailAnalysis = {
  mailDay: "2026-11-11",
  unreadAttachments: 1,
  result: {
    isIncident: true,
    incidentSignals: ["IFG"],
    reference: "GE.55.L3.012345/2026",
    warnings: [{ key: "warnings.childWithoutBirthDate", params: { index: 2 } }],
    children: [
      {
        firstName: "Emma",
        lastName: "Peeters",
        birthDate: "2015-03-12",
        nationalNumber: nationalNumber("150312", "224"),
        age: 11,
        schoolAge: true,
        evidence: { text: "PEETERS Emma (°12/03/2015)", start: 10, end: 36, source: "body" },
      },
      {
        firstName: "Lucas",
        lastName: "Peeters",
        birthDate: null,
        nationalNumber: null,
        age: null,
        schoolAge: null,
        evidence: { text: "en Lucas", start: 40, end: 48, source: "body" },
      },
    ],
  },
};

async function renderView(result: MailAnalysis | Error = analysis, language: "nl" | "fr" = "nl") {
  const services = fakeServices({ mailbox: staticMailbox(mail), analysis: result });
  const i18n = await createI18n(language);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <MailView
            mail={mail}
            services={services}
            directory={{ status: "ready", index: buildSchoolIndex([]) }}
          />
        </FluentProvider>
      </I18nextProvider>
    );
  });
  return userEvent.setup();
}

describe("MailView", () => {
  it("shows the verdict, the reference, warnings and a card per child", async () => {
    await renderView();
    expect(await screen.findByTestId("verdict-badge")).toHaveProperty("textContent", "IFG-melding");
    expect(screen.getByTestId("reference").textContent).toBe("GE.55.L3.012345/2026");
    expect(screen.getByTestId("warnings").textContent).toContain(
      "1 bijlage kon niet gelezen worden."
    );
    expect(screen.getByTestId("child-0-name").textContent).toBe("Emma Peeters");
    expect(screen.getByTestId("child-0-birthdate").textContent).toBe("12/03/2015");
    expect(screen.getByTestId("child-0-age").textContent).toBe("11 jaar");
    expect(screen.getByTestId("child-0-school-age").textContent).toBe("schoolgaand");
    expect(screen.getByTestId("child-0-confirmed")).toBeTruthy();
    expect(screen.getByTestId("child-0-evidence").textContent).toContain("PEETERS Emma");
    expect(screen.getByTestId("child-1-birthdate").textContent).toBe("geboortedatum ontbreekt");
    expect(screen.queryByTestId("child-1-confirmed")).toBeNull();
  });

  it("lets the officer fill in a missing birth date, refusing an impossible one", async () => {
    const user = await renderView();
    await user.click(await screen.findByTestId("child-1-edit"));
    await user.type(screen.getByTestId("child-1-form-birthDate"), "31/02/2016");
    await user.click(screen.getByTestId("child-1-form-save"));
    expect(screen.getByTestId("child-1-form").textContent).toContain("Dit is geen geldige datum.");
    await user.clear(screen.getByTestId("child-1-form-birthDate"));
    await user.type(screen.getByTestId("child-1-form-birthDate"), "29/02/2016");
    await user.click(screen.getByTestId("child-1-form-save"));
    expect(screen.getByTestId("child-1-birthdate").textContent).toBe("29/02/2016");
    expect(screen.getByTestId("child-1-age").textContent).toBe("10 jaar");
  });

  it("removes a child and adds one by hand, refusing an adult", async () => {
    const user = await renderView();
    await user.click(await screen.findByTestId("child-0-remove"));
    expect(screen.getByTestId("child-0-name").textContent).toBe("Lucas Peeters");
    await user.click(screen.getByTestId("add-child"));
    const form = screen.getByTestId("add-child-form");
    await user.type(within(form).getByTestId("add-child-form-firstName"), "Zoë");
    await user.type(within(form).getByTestId("add-child-form-lastName"), "Van den Broeck");
    await user.type(within(form).getByTestId("add-child-form-birthDate"), "01/01/2000");
    await user.click(within(form).getByTestId("add-child-form-save"));
    expect(form.textContent).toContain("18 jaar of ouder");
    await user.clear(within(form).getByTestId("add-child-form-birthDate"));
    await user.type(within(form).getByTestId("add-child-form-birthDate"), "01/09/2019");
    await user.click(within(form).getByTestId("add-child-form-save"));
    expect(screen.getByTestId("child-1-name").textContent).toBe("Zoë Van den Broeck");
    expect(screen.getByTestId("child-1-age").textContent).toBe("7 jaar");
  });

  it("says so in the officer's language when the mail cannot be read", async () => {
    await renderView(new Error("boom"), "fr");
    expect((await screen.findByTestId("analysis-error")).textContent).toContain(
      "n'a pas pu être lu"
    );
  });
});
