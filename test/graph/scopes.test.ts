import { GraphScopes, importScopes, paneScopes, signalScopes } from "../../src/graph/scopes";

describe("delegated Graph scopes (least privilege)", () => {
  it("asks only for the officer's own mailbox when no shared mailbox is configured", () => {
    expect(paneScopes(null)).toEqual(["User.Read", "Mail.Send", "Mail.ReadWrite", "Contacts.Read"]);
    expect(importScopes(null)).toEqual(["User.Read", "Contacts.ReadWrite"]);
  });

  it("asks for the .Shared scopes when signals go out from the unit's shared mailbox", () => {
    expect(signalScopes("jgp@zone.example.be")).toEqual([
      "User.Read",
      "Mail.Send.Shared",
      "Mail.ReadWrite.Shared",
    ]);
    expect(paneScopes("jgp@zone.example.be")).toContain("Contacts.Read.Shared");
    expect(importScopes("jgp@zone.example.be")).toEqual(["User.Read", "Contacts.ReadWrite.Shared"]);
  });

  it("asks for nothing beyond mail, contacts and the user's profile", () => {
    for (const scope of Object.values(GraphScopes))
      expect(scope).toMatch(/^(User\.Read|Mail\.|Contacts\.)/);
    expect(Object.values(GraphScopes)).not.toContain("Mail.ReadWrite.All");
  });
});
