import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { NaaTokenProvider } from "../../../src/graph/auth/naaTokenProvider";
import { TokenAcquisitionError } from "../../../src/graph/auth/tokenProvider";

const account = { homeAccountId: "h", username: "officer@zone.example.be" } as AccountInfo;
const result = (token: string): AuthenticationResult =>
  ({ accessToken: token, account }) as AuthenticationResult;

/** The part of MSAL's application the provider uses, scripted per test. */
function fakeApp(overrides: Partial<Record<keyof IPublicClientApplication, jest.Mock>>) {
  let active: AccountInfo | null = null;
  const app = {
    getActiveAccount: jest.fn(() => active),
    getAllAccounts: jest.fn(() => [] as AccountInfo[]),
    setActiveAccount: jest.fn((a: AccountInfo | null) => {
      active = a;
    }),
    acquireTokenSilent: jest.fn(async () => result("silent")),
    ssoSilent: jest.fn(async () => result("sso")),
    acquireTokenPopup: jest.fn(async () => result("popup")),
    ...overrides,
  };
  return app;
}

const scopes = ["User.Read", "Mail.Send"];
const host = { userEmail: () => "officer@zone.example.be" };

describe("NaaTokenProvider", () => {
  it("uses SSO with the Office login hint first, then the cached account silently", async () => {
    const app = fakeApp({});
    const provider = new NaaTokenProvider(async () => app as never, host);
    expect(await provider.getAccessToken({ scopes })).toBe("sso");
    expect(app.ssoSilent).toHaveBeenCalledWith({ scopes, loginHint: "officer@zone.example.be" });
    expect(await provider.getAccessToken({ scopes })).toBe("silent");
    expect(app.acquireTokenSilent).toHaveBeenCalledWith({ scopes, account });
    expect(app.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("falls back to a popup when interaction is required", async () => {
    const app = fakeApp({
      ssoSilent: jest.fn(async () => {
        throw new InteractionRequiredAuthError("interaction_required");
      }),
    });
    const provider = new NaaTokenProvider(async () => app as never, host);
    expect(await provider.getAccessToken({ scopes })).toBe("popup");
  });

  it("goes straight to interaction with a claims challenge", async () => {
    const app = fakeApp({});
    const provider = new NaaTokenProvider(async () => app as never, host);
    await provider.getAccessToken({ scopes, claims: '{"access_token":{}}' });
    expect(app.ssoSilent).not.toHaveBeenCalled();
    expect(app.acquireTokenPopup).toHaveBeenCalledWith(
      expect.objectContaining({ scopes, claims: '{"access_token":{}}' })
    );
  });

  it("reports missing consent, cancelled sign-in and offline as kinds", async () => {
    const fail = (error: Error) =>
      new NaaTokenProvider(
        async () =>
          fakeApp({
            ssoSilent: jest.fn(async () => {
              throw new InteractionRequiredAuthError("interaction_required");
            }),
            acquireTokenPopup: jest.fn(async () => {
              throw error;
            }),
          }) as never,
        host
      ).getAccessToken({ scopes });
    await expect(
      fail(new InteractionRequiredAuthError("consent_required", "AADSTS65001: no consent"))
    ).rejects.toEqual(new TokenAcquisitionError("consentRequired"));
    await expect(fail(new BrowserAuthError("user_cancelled"))).rejects.toMatchObject({
      kind: "signInRequired",
    });
    const offline = new NaaTokenProvider(
      async () =>
        fakeApp({
          ssoSilent: jest.fn(async () => {
            throw new BrowserAuthError("no_network_connectivity");
          }),
        }) as never,
      host
    );
    await expect(offline.getAccessToken({ scopes })).rejects.toMatchObject({ kind: "offline" });
  });

  it("retries creating the MSAL application after a failure", async () => {
    const create = jest
      .fn()
      .mockRejectedValueOnce(new Error("boom"))
      .mockResolvedValue(fakeApp({}));
    const provider = new NaaTokenProvider(create, host);
    await expect(provider.getAccessToken({ scopes })).rejects.toMatchObject({ kind: "failed" });
    expect(await provider.getAccessToken({ scopes })).toBe("sso");
  });
});
