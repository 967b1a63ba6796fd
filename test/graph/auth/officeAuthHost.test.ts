import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";
import { officeAuthHost } from "../../../src/graph/auth/officeAuthHost";
import { TokenAcquisitionError } from "../../../src/graph/auth/tokenProvider";

type Handler = (arg: { message?: string; error?: number }) => void;

/** Office.js as the auth host sees it, through office-addin-mock; the dialog is scripted. */
function mockOffice(opts: { naa: boolean; openFails?: boolean }) {
  const handlers = new Map<string, Handler>();
  const dialog = {
    closed: false,
    addEventHandler: (type: string, handler: Handler) => void handlers.set(type, handler),
    close() {
      this.closed = true;
    },
  };
  const opened: string[] = [];
  const data = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          opts.naa && name === "NestedAppAuth" && version === "1.1",
      },
      mailbox: { userProfile: { emailAddress: "officer@zone.example.be" } },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          opened.push(url);
          callback(
            opts.openFails
              ? { status: "failed", error: { code: 12007 } }
              : { status: "succeeded", value: dialog }
          );
        },
      },
    },
  };
  const office = new OfficeMockObject(data, OfficeApp.Outlook) as unknown as typeof Office;
  return { office, handlers, dialog, opened };
}

describe("officeAuthHost (office-addin-mock)", () => {
  it("reports NestedAppAuth 1.1 support and the user's address", () => {
    expect(officeAuthHost(mockOffice({ naa: true }).office).isNestedAppAuthSupported()).toBe(true);
    const host = officeAuthHost(mockOffice({ naa: false }).office);
    expect(host.isNestedAppAuthSupported()).toBe(false);
    expect(host.userEmail()).toBe("officer@zone.example.be");
  });

  it("opens the dialog and resolves with its first message, closing it", async () => {
    const { office, handlers, dialog, opened } = mockOffice({ naa: false });
    const pending = officeAuthHost(office).openDialog("https://addin.example/auth.html?scopes=x");
    expect(opened).toEqual(["https://addin.example/auth.html?scopes=x"]);
    handlers.get("dialogMessageReceived")?.({ message: '{"type":"hwc-token"}' });
    await expect(pending).resolves.toBe('{"type":"hwc-token"}');
    expect(dialog.closed).toBe(true);
  });

  it("rejects with signInRequired when the user closes the dialog", async () => {
    const { office, handlers } = mockOffice({ naa: false });
    const pending = officeAuthHost(office).openDialog("https://addin.example/auth.html");
    handlers.get("dialogEventReceived")?.({ error: 12006 });
    await expect(pending).rejects.toEqual(new TokenAcquisitionError("signInRequired"));
  });

  it("rejects with failed when the dialog cannot open", async () => {
    const { office } = mockOffice({ naa: false, openFails: true });
    await expect(
      officeAuthHost(office).openDialog("https://addin.example/a")
    ).rejects.toMatchObject({
      kind: "failed",
    });
  });
});
