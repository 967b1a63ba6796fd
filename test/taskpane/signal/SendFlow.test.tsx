/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../../src/i18n";
import type { MailAnalysis } from "../../../src/lib/mail/analyseMail";
import type { CurrentMail } from "../../../src/lib/ports";
import { childHash, SignalSendFailure, type SignalHistory } from "../../../src/lib/signal";
import { buildSchoolIndex } from "../../../src/lib/directory";
import { MailView } from "../../../src/taskpane/components/MailView";
import { email, school } from "../../lib/directory/testSchools";
import { fakeServices, RecordingMailer, staticMailbox } from "../fakeServices";

const categories: string[] = [];
const properties: Record<string, string> = {};
const mail: CurrentMail = {
  itemId: "item-1",
  internetMessageId: "<pv-1@zone.example.be>",
  subject: "TR: IFG - PV GE.55.L3.012345/2026",
  from: { name: "Dispatch", email: "dispatch@zone.example.be" },
  received: "2026-11-11T08:28:00.000Z",
  attachments: [],
  getBody: async () => "",
  getAttachmentContent: async () => ({ format: "base64", content: "" }),
  getCategories: async () => [...categories],
  addCategories: async (names) => void categories.push(...names),
  saveCustomProperty: async (name, value) => void (properties[name] = value),
};

const child = (firstName: string, birthDate: string) => ({
  firstName,
  lastName: "Peeters",
  birthDate,
  nationalNumber: null,
  age: null,
  schoolAge: true,
  evidence: { text: `${firstName} Peeters`, start: 0, end: 5, source: "body" },
});

const analysis: MailAnalysis = {
  mailDay: "2026-11-11",
  unreadAttachments: 0,
  result: {
    isIncident: true,
    incidentSignals: ["IFG"],
    reference: "GE.55.L3.012345/2026",
    warnings: [],
    children: [child("Emma", "2015-03-12"), child("Lucas", "2018-06-01")],
  },
};

const vlinder = school({
  number: "12345",
  name: "Basisschool De Vlinder",
  address: { street: "Kerkstraat 1", postcode: "9000", municipality: "Gent" },
  contacts: [{ email: email("zorg@vlinder.example"), name: "Zorgcoördinator" }],
});
const athenee = school({
  number: "23456",
  name: "Athénée Royal",
  language: "fr",
  address: { street: "Rue Haute 2", postcode: "1000", municipality: "Bruxelles" },
  contacts: [{ email: email("hwc@athenee.example"), name: "CPMS" }],
});
const noContact = school({ number: "34567", name: "School Zonder Contact" });

beforeEach(() => {
  categories.length = 0;
  for (const key of Object.keys(properties)) delete properties[key];
});

async function renderFlow(mailer = new RecordingMailer(), history?: SignalHistory) {
  const services = {
    ...fakeServices({
      mailbox: staticMailbox(mail),
      analysis,
      schools: [vlinder, athenee, noContact],
      mailer,
    }),
    sendLookupDelayMs: 0,
    ...(history ? { history } : {}),
  };
  const i18n = await createI18n("nl");
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <MailView
            mail={mail}
            services={services}
            directory={{ status: "ready", index: buildSchoolIndex([vlinder, athenee, noContact]) }}
          />
        </FluentProvider>
      </I18nextProvider>
    );
  });
  return { user: userEvent.setup(), mailer, services };
}

/** Fluent's Combobox under user-event is very slow in jsdom: plain DOM events do the same here. */
async function pickSchool(childIndex: number, query: string, number: string) {
  const input = await screen.findByTestId(`child-${childIndex}-school`);
  act(() => {
    fireEvent.click(input);
  });
  act(() => {
    fireEvent.change(input, { target: { value: query } });
  });
  const option = await screen.findByTestId(`child-${childIndex}-school-option-${number}`);
  act(() => {
    fireEvent.click(option);
  });
}

// Fluent UI in jsdom is slow under user-event; these flows are long but deterministic.
jest.setTimeout(60_000);

describe("sending signals from the pane", () => {
  it("previews one message per school and sends each once, after confirmation", async () => {
    const { user, mailer } = await renderFlow();
    await pickSchool(0, "vlinder", "012345");
    await pickSchool(1, "bruxelles", "023456");

    const preview = screen.getByTestId("signal-012345-preview");
    expect(within(preview).getByTestId("signal-012345-preview-to").textContent).toContain(
      "zorg@vlinder.example"
    );
    expect(within(preview).getByTestId("signal-012345-preview-subject").textContent).toBe(
      "Handle with Care"
    );
    const body = within(preview).getByTestId("signal-012345-preview-body").textContent ?? "";
    expect(body).toContain("Emma Peeters");
    expect(body).toContain("12/03/2015");
    expect(body).not.toContain("Lucas");
    expect(body).not.toContain("GE.55.L3.012345/2026");

    await user.click(screen.getByTestId("signal-012345-send"));
    const dialog = await screen.findByTestId("confirm-send");
    expect(dialog.textContent).toContain("Basisschool De Vlinder");
    expect(within(dialog).getByTestId("confirm-send-children").textContent).toBe(
      "Emma Peeters (12/03/2015)"
    );
    await user.click(within(dialog).getByTestId("confirm-send-yes"));

    await waitFor(() =>
      expect(screen.getByTestId("signal-run-012345").dataset.status).toBe("sent")
    );
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0].message.to.map((r) => r.email)).toEqual(["zorg@vlinder.example"]);
    expect(mailer.sent[0].audit.reference).toBe("GE.55.L3.012345/2026");
    expect(mailer.sent[0].audit.sourceMessageId).toBe("<pv-1@zone.example.be>");
    await waitFor(() => expect(categories).toEqual(["HWC: signaal verzonden"]));
    // The signalled child can no longer be changed, and is not planned again.
    expect(screen.getByTestId("child-0-edit")).toHaveProperty("disabled", true);
    expect(screen.queryByTestId("signal-012345")).toBeNull();

    // The French school gets its own message, in French.
    await user.click(screen.getByTestId("signal-023456-send"));
    await user.click(
      within(await screen.findByTestId("confirm-send")).getByTestId("confirm-send-yes")
    );
    await waitFor(() =>
      expect(screen.getByTestId("signal-run-023456").dataset.status).toBe("sent")
    );
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1].message.language).toBe("fr");
    expect(mailer.sent[1].message.bodyText).toContain("Lucas Peeters");
    expect(mailer.sent[1].message.bodyText).not.toContain("Emma");
  });

  it("cancelling the confirmation sends nothing", async () => {
    const { user, mailer } = await renderFlow();
    await pickSchool(0, "vlinder", "012345");
    await user.click(screen.getByTestId("signal-012345-send"));
    await user.click(
      within(await screen.findByTestId("confirm-send")).getByTestId("confirm-send-no")
    );
    expect(mailer.sent).toHaveLength(0);
    expect(screen.getByTestId("signal-012345")).toBeTruthy();
  });

  it("lists a school without a contact person but does not let it be picked", async () => {
    await renderFlow();
    const input = await screen.findByTestId("child-0-school");
    act(() => {
      fireEvent.click(input);
    });
    act(() => {
      fireEvent.change(input, { target: { value: "zonder" } });
    });
    const option = await screen.findByTestId("child-0-school-option-034567");
    expect(option.getAttribute("aria-disabled")).toBe("true");
    act(() => {
      fireEvent.click(option);
    });
    expect(screen.queryByTestId("signal-034567")).toBeNull();
  });

  it("says why a signal was not sent, keeps it, and the retry sends the same message once", async () => {
    const mailer = new RecordingMailer();
    mailer.failures = [new SignalSendFailure("sendAsDenied")];
    const { user } = await renderFlow(mailer);
    await pickSchool(0, "vlinder", "012345");
    await user.click(screen.getByTestId("signal-012345-send"));
    await user.click(
      within(await screen.findByTestId("confirm-send")).getByTestId("confirm-send-yes")
    );
    const error = await screen.findByTestId("signal-run-012345-error");
    expect(error.textContent).toContain("namens de gedeelde mailbox");
    expect(mailer.sent).toHaveLength(0);
    expect(categories).toEqual([]);
    await user.click(screen.getByTestId("signal-run-012345-retry"));
    await waitFor(() =>
      expect(screen.getByTestId("signal-run-012345").dataset.status).toBe("sent")
    );
    expect(mailer.sent).toHaveLength(1);
  });

  it("marks the mail 'no action' with the reason kept on the item", async () => {
    const { user } = await renderFlow();
    await user.click(await screen.findByTestId("no-signal"));
    await user.click(await screen.findByTestId("no-signal-schoolUnknown"));
    await waitFor(() => expect(categories).toEqual(["HWC: geen actie"]));
    expect(properties).toEqual({ hwcNoSignalReason: "schoolUnknown" });
    expect((await screen.findByTestId("marked-no-action")).textContent).toContain("geen actie");
  });

  it("opens Magda online, copying nothing when no national number is known", async () => {
    const { user, services } = await renderFlow();
    await user.click(await screen.findByTestId("child-0-magda"));
    expect(services.opened).toEqual(["https://magdaonline.vlaanderen.be/"]);
    expect(services.copied).toEqual([]);
  });

  it("locks a child already signalled from this mail (found in Sent Items) and plans nothing for it", async () => {
    const emmaHash = await childHash({
      firstName: "Emma",
      lastName: "Peeters",
      birthDate: "2015-03-12",
    });
    const history: SignalHistory = {
      childHashesSignalledFrom: async (id) => (id === mail.internetMessageId ? [emmaHash] : []),
    };
    await renderFlow(new RecordingMailer(), history);
    expect((await screen.findByTestId("child-0-already-signalled")).textContent).toBe(
      "Al gesignaleerd vanuit deze mail"
    );
    expect(screen.queryByTestId("child-1-already-signalled")).toBeNull();
    expect(screen.getByTestId("child-0-edit")).toHaveProperty("disabled", true);
    expect(screen.getByTestId("child-0-school")).toHaveProperty("disabled", true);
  });

  it("warns when Sent Items cannot be searched, and still lets the officer work", async () => {
    const history: SignalHistory = {
      childHashesSignalledFrom: async () => Promise.reject(new Error("offline")),
    };
    await renderFlow(new RecordingMailer(), history);
    expect((await screen.findByTestId("history-unavailable")).textContent).toContain(
      "Verzonden items"
    );
    expect(screen.getByTestId("child-0-edit")).toHaveProperty("disabled", false);
  });
});
