import { recipientsFor } from "../../../src/lib/directory/recipients";
import { school, email } from "./testSchools";

describe("recipientsFor", () => {
  it("returns exactly the school's contact persons, tagged with the school number", () => {
    const s = school({
      number: "12345",
      name: "GO! Atheneum",
      contacts: [
        { email: email("zorg@atheneum.example.be"), name: "An Peeters" },
        { email: email("directie@atheneum.example.be"), name: "" },
      ],
    });
    const recipients = recipientsFor(s);
    expect(recipients.map((r) => [r.email, r.name, r.schoolNumber])).toEqual([
      ["zorg@atheneum.example.be", "An Peeters", "012345"],
      ["directie@atheneum.example.be", "", "012345"],
    ]);
    expect(Object.isFrozen(recipients[0])).toBe(true);
  });

  it("returns no recipients for a school without contact persons", () => {
    expect(recipientsFor(school({ number: "1", name: "Zonder" }))).toEqual([]);
  });
});
