import type { Contact } from "@microsoft/microsoft-graph-types";
import {
  contactToSchool,
  SCHOOL_LANGUAGE_PROPERTY_ID,
  SCHOOL_NUMBER_PROPERTY_ID,
  SCHOOL_PROPERTIES_EXPAND,
  schoolToContact,
} from "../../../src/lib/directory/contactMapping";
import { email, school } from "./testSchools";

const graphContact: Contact = {
  id: "AAMkAD-contact-1",
  displayName: "École fondamentale Saint-Éloi",
  businessAddress: { street: "Rue de l'École 5", postalCode: "1040", city: "Etterbeek" },
  emailAddresses: [
    { address: "hwc@saint-eloi.example.be", name: "Marie Dubois" },
    { address: "HWC@saint-eloi.example.be", name: "dubbel" },
    { address: "geen-adres", name: "kapot" },
    { address: "direction@saint-eloi.example.be", name: "direction@saint-eloi.example.be" },
  ],
  singleValueExtendedProperties: [
    { id: SCHOOL_NUMBER_PROPERTY_ID, value: "45678" },
    // Graph may echo the id in another case.
    { id: SCHOOL_LANGUAGE_PROPERTY_ID.toLowerCase(), value: "fr" },
  ],
};

describe("contactToSchool", () => {
  it("maps a Graph contact to a School", () => {
    expect(contactToSchool(graphContact)).toEqual({
      id: "AAMkAD-contact-1",
      number: "045678",
      name: "École fondamentale Saint-Éloi",
      address: { street: "Rue de l'École 5", postcode: "1040", municipality: "Etterbeek" },
      language: "fr",
      contacts: [
        { email: "hwc@saint-eloi.example.be", name: "Marie Dubois" },
        { email: "direction@saint-eloi.example.be", name: "" },
      ],
    });
  });

  it("skips a contact without an institution number", () => {
    expect(contactToSchool({ ...graphContact, singleValueExtendedProperties: [] })).toBeNull();
    expect(contactToSchool({ displayName: "Iemand" })).toBeNull();
  });

  it("defaults the language to nl and tolerates missing fields", () => {
    const minimal = contactToSchool({
      id: "x",
      singleValueExtendedProperties: [{ id: SCHOOL_NUMBER_PROPERTY_ID, value: "000123" }],
    });
    expect(minimal).toEqual({
      id: "x",
      number: "000123",
      name: "000123",
      address: { street: "", postcode: "", municipality: "" },
      language: "nl",
      contacts: [],
    });
  });
});

describe("schoolToContact", () => {
  it("stores the school with its number and language in extended properties", () => {
    const s = school({
      number: "12345",
      name: "GO! Atheneum",
      address: { street: "Lindelaan 3A", postcode: "2800", municipality: "Mechelen" },
      contacts: [
        { email: email("hwc@atheneum.example.be"), name: "Tom Vermeulen" },
        { email: email("zorg@atheneum.example.be"), name: "" },
      ],
    });
    expect(schoolToContact(s)).toEqual({
      displayName: "GO! Atheneum",
      fileAs: "GO! Atheneum",
      companyName: "GO! Atheneum",
      businessAddress: { street: "Lindelaan 3A", postalCode: "2800", city: "Mechelen" },
      emailAddresses: [
        { address: "hwc@atheneum.example.be", name: "Tom Vermeulen" },
        { address: "zorg@atheneum.example.be", name: "zorg@atheneum.example.be" },
      ],
      singleValueExtendedProperties: [
        { id: SCHOOL_NUMBER_PROPERTY_ID, value: "012345" },
        { id: SCHOOL_LANGUAGE_PROPERTY_ID, value: "nl" },
      ],
    });
  });

  it("round-trips through contactToSchool", () => {
    const s = school({
      number: "999",
      name: "Sint-Ursula",
      language: "fr",
      address: { street: "Dorp 1", postcode: "1000", municipality: "Brussel" },
      contacts: [{ email: email("a@ursula.example.be"), name: "A" }],
    });
    expect(contactToSchool({ ...schoolToContact(s), id: "id-1" })).toEqual({ ...s, id: "id-1" });
  });
});

describe("SCHOOL_PROPERTIES_EXPAND", () => {
  it("asks for exactly the two agreed properties", () => {
    expect(SCHOOL_PROPERTIES_EXPAND).toBe(
      "singleValueExtendedProperties($filter=id eq 'String {00020329-0000-0000-C000-000000000046} Name hwcSchoolNumber'" +
        " or id eq 'String {00020329-0000-0000-C000-000000000046} Name hwcLanguage')"
    );
  });
});
