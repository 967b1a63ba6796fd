import type { AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { runAuthDialogPage } from "../../../src/graph/auth/dialog-fallback/dialogPage";
import { DialogTokenProvider } from "../../../src/graph/auth/dialog-fallback/dialogTokenProvider";
import { dialogUrl, readDialogRequest } from "../../../src/graph/auth/dialog-fallback/protocol";
import type { OfficeAuthHost } from "../../../src/graph/auth/officeAuthHost";

const PAGE = "https://addin.example/auth-dialog.html";
const scopes = ["User.Read", "Mail.Send"];

function hostAnswering(...answers: string[]): OfficeAuthHost & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    isNestedAppAuthSupported: () => false,
    userEmail: () => "officer@zone.example.be",
    openDialog: async (url) => {
      urls.push(url);
      return answers.shift() ?? "";
    },
  };
}

describe("dialog fallback: the pane's side", () => {
  it("opens our page with scopes and login hint, and caches the token until expiry", async () => {
    const expiresOn = new Date(Date.now() + 3600_000).toISOString();
    const host = hostAnswering(JSON.stringify({ type: "hwc-token", accessToken: "t1", expiresOn }));
    const provider = new DialogTokenProvider(host, PAGE);
    expect(await provider.getAccessToken({ scopes })).toBe("t1");
    expect(await provider.getAccessToken({ scopes: [...scopes].reverse() })).toBe("t1");
    expect(host.urls).toHaveLength(1);
    expect(readDialogRequest(new URL(host.urls[0]).search)).toEqual({
      scopes,
      claims: undefined,
      loginHint: "officer@zone.example.be",
    });
  });

  it("turns an error message or garbage into a typed failure", async () => {
    const provider = new DialogTokenProvider(
      hostAnswering(
        JSON.stringify({ type: "hwc-token-error", kind: "consentRequired" }),
        "<html>",
        "{}"
      ),
      PAGE
    );
    await expect(provider.getAccessToken({ scopes })).rejects.toMatchObject({
      kind: "consentRequired",
    });
    await expect(provider.getAccessToken({ scopes })).rejects.toMatchObject({ kind: "failed" });
    await expect(provider.getAccessToken({ scopes })).rejects.toMatchObject({ kind: "failed" });
  });
});

describe("dialog fallback: the page's side", () => {
  function app(redirectResult: AuthenticationResult | null, fail?: Error) {
    return {
      initialize: jest.fn(async () => undefined),
      handleRedirectPromise: jest.fn(async () => {
        if (fail) throw fail;
        return redirectResult;
      }),
      loginRedirect: jest.fn(async () => undefined),
    } as unknown as IPublicClientApplication & { loginRedirect: jest.Mock };
  }

  it("first visit: redirects to sign-in with the requested scopes", async () => {
    const msal = app(null);
    const sent: string[] = [];
    const search = new URL(dialogUrl(PAGE, { scopes, claims: "c", loginHint: "o@x.be" })).search;
    expect(await runAuthDialogPage({ app: msal, search, messageParent: (m) => sent.push(m) })).toBe(
      "redirecting"
    );
    expect(msal.loginRedirect).toHaveBeenCalledWith({ scopes, claims: "c", loginHint: "o@x.be" });
    expect(sent).toEqual([]);
  });

  it("return visit: hands the token to the pane", async () => {
    const expiresOn = new Date("2030-01-01T00:00:00Z");
    const msal = app({ accessToken: "tok", expiresOn } as AuthenticationResult);
    const sent: string[] = [];
    await runAuthDialogPage({ app: msal, search: "", messageParent: (m) => sent.push(m) });
    expect(JSON.parse(sent[0])).toEqual({
      type: "hwc-token",
      accessToken: "tok",
      expiresOn: "2030-01-01T00:00:00.000Z",
    });
  });

  it("reports errors as a kind, never as MSAL's message", async () => {
    const sent: string[] = [];
    const error = Object.assign(new Error("AADSTS65001 officer@zone.example.be"), {
      errorCode: "consent_required",
    });
    await runAuthDialogPage({
      app: app(null, error),
      search: "",
      messageParent: (m) => sent.push(m),
    });
    expect(sent).toEqual([JSON.stringify({ type: "hwc-token-error", kind: "consentRequired" })]);
  });
});
