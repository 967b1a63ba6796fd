/**
 * The little of Office.js that authentication needs, behind an interface so the token providers
 * are testable (office-addin-mock) and the dev host can supply its own.
 */
import { TokenAcquisitionError } from "./tokenProvider";

export interface OfficeAuthHost {
  /** Requirement set NestedAppAuth 1.1: MSAL's nested app authentication works here. */
  isNestedAppAuthSupported(): boolean;
  /** The signed-in user's address, as a login hint. */
  userEmail(): string | undefined;
  /** Opens our auth page in an Office dialog; resolves with the first message it sends. */
  openDialog(url: string): Promise<string>;
}

// Office dialog event codes (DialogEventReceived): 12006 = the user closed the dialog.
const DIALOG_CLOSED_BY_USER = 12006;

/** The host backed by the real Office.js object (pass the global `Office`). */
export function officeAuthHost(office: typeof Office): OfficeAuthHost {
  return {
    isNestedAppAuthSupported: () =>
      Boolean(office.context.requirements?.isSetSupported("NestedAppAuth", "1.1")),
    userEmail: () => office.context.mailbox?.userProfile?.emailAddress || undefined,
    openDialog: (url) =>
      new Promise<string>((resolve, reject) => {
        office.context.ui.displayDialogAsync(
          url,
          { height: 60, width: 30, promptBeforeOpen: false },
          (opened) => {
            if (opened.status !== office.AsyncResultStatus.Succeeded) {
              reject(new TokenAcquisitionError("failed"));
              return;
            }
            const dialog = opened.value;
            dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
              dialog.close();
              if ("message" in arg) resolve(arg.message);
              else reject(new TokenAcquisitionError("failed"));
            });
            dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
              const code = "error" in arg ? arg.error : 0;
              reject(
                new TokenAcquisitionError(
                  code === DIALOG_CLOSED_BY_USER ? "signInRequired" : "failed"
                )
              );
            });
          }
        );
      }),
  };
}
