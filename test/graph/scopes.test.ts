import { GraphScopes, importScopes, paneScopes, signalScopes } from "../../src/graph/scopes";

describe("delegated Graph scopes (least privilege)", () => {
  it("asks only for the officer's own mailbox when no shared mailbox is configured", () => {
    expect(paneScopes(null)).toEqual(["User.Read", "Mail.Send", "Mail.Read", "Contacts.Read"]);
    expect(importScopes(null)).toEqual(["User.Read", "Contacts.ReadWrite"]);
  });

  it("asks for the .Shared scopes when signals go out from the unit's shared mailbox", () => {
    expect(signalScopes("jgp@zone.example.be")).toEqual([
      "User.Read",
      "Mail.Send.Shared",
      "Mail.Read.Shared",
    ]);
    expect(paneScopes("jgp@zone.example.be")).toContain("Contacts.Read.Shared");
    expect(importScopes("jgp@zone.example.be")).toEqual(["User.Read", "Contacts.ReadWrite.Shared"]);
  });

  it("never asks for write access to mail", () => {
    const all = Object.values(GraphScopes);
    expect(all.some((s) => /^Mail\.ReadWrite/.test(s))).toBe(false);
  });
});
