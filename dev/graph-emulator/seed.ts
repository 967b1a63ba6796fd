/**
 * Seed data for a fresh emulator: the demo officer, the unit's functional mailbox, and a contact
 * folder with fictional schools. Also the agreed extended-property ids the add-in reads and writes.
 * All names, numbers and addresses are invented; e-mail domains end in ".example".
 */
import type { Contact } from "@microsoft/microsoft-graph-types";
import { normalizeExtendedPropertyId } from "./extended-properties";
import { graphTimestamp, newChangeKey, newItemId } from "./ids";
import type {
  EmulatedUser,
  EmulatorState,
  Mailbox,
  StoredContact,
  StoredMailFolder,
} from "./state";

/** PS_PUBLIC_STRINGS: the MAPI property set for custom named string properties. */
const PS_PUBLIC_STRINGS = "{00020329-0000-0000-C000-000000000046}";

/** Six-digit institution number of the school, on a contact. */
export const PROP_SCHOOL_NUMBER = `String ${PS_PUBLIC_STRINGS} Name hwcSchoolNumber`;
/** Teaching language of the school, "nl" | "fr", on a contact. */
export const PROP_SCHOOL_LANGUAGE = `String ${PS_PUBLIC_STRINGS} Name hwcLanguage`;
/** On a sent signal: its GUID. */
export const PROP_SIGNAL_ID = `String ${PS_PUBLIC_STRINGS} Name hwcSignalId`;
/** On a sent signal: the PV or intervention reference. */
export const PROP_REFERENCE = `String ${PS_PUBLIC_STRINGS} Name hwcReference`;
/** On a sent signal: the internetMessageId of the incident mail it came from. */
export const PROP_SOURCE_MESSAGE_ID = `String ${PS_PUBLIC_STRINGS} Name hwcSourceMessageId`;
/** On a sent signal: comma-separated hashes, one per child. */
export const PROP_CHILD_HASHES = `String ${PS_PUBLIC_STRINGS} Name hwcChildHashes`;

export const SIGNAL_CATEGORY = "Handle with Care";
export const SCHOOL_CONTACT_FOLDER = "Handle with Care - scholen";

export const DEMO_USER_ID = "5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
export const DEMO_USER_ADDRESS = "officer@zone.example.be";
export const SHARED_MAILBOX_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
export const SHARED_MAILBOX_ADDRESS = "jgp@zone.example.be";
/** A shared mailbox the demo user has no rights on (to exercise ErrorSendAsDenied). */
export const FOREIGN_MAILBOX_ADDRESS = "verkeer@zone.example.be";

export function seedUsers(): EmulatedUser[] {
  return [
    {
      id: DEMO_USER_ID,
      displayName: "Inspecteur Demo",
      givenName: "Demo",
      surname: "Inspecteur",
      jobTitle: "Inspecteur Jeugd en Gezin",
      mail: DEMO_USER_ADDRESS,
      userPrincipalName: DEMO_USER_ADDRESS,
      preferredLanguage: "nl-BE",
      kind: "person",
      sendAs: [SHARED_MAILBOX_ID],
      fullAccess: [SHARED_MAILBOX_ID],
    },
    {
      id: SHARED_MAILBOX_ID,
      displayName: "Dienst Jeugd en Gezin",
      mail: SHARED_MAILBOX_ADDRESS,
      userPrincipalName: SHARED_MAILBOX_ADDRESS,
      kind: "shared",
      sendAs: [],
      fullAccess: [],
    },
    {
      id: "c0ffee00-1234-4abc-9def-0123456789ab",
      displayName: "Dienst Verkeer",
      mail: FOREIGN_MAILBOX_ADDRESS,
      userPrincipalName: FOREIGN_MAILBOX_ADDRESS,
      kind: "shared",
      sendAs: [],
      fullAccess: [],
    },
  ];
}

interface SeedSchool {
  name: string;
  number: string;
  street: string;
  postalCode: string;
  city: string;
  language: "nl" | "fr";
  /** Contact persons' local parts; the domain comes from `domain`. Empty = no contact yet. */
  contacts: Array<{ name: string; local: string }>;
  domain: string;
}

/** Fictional schools in Flanders and Brussels (numbers and addresses invented). */
export const SEED_SCHOOLS: readonly SeedSchool[] = [
  {
    name: "Basisschool Sint-Jozef",
    number: "012345",
    street: "Kerkstraat 12",
    postalCode: "9000",
    city: "Gent",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator Sint-Jozef", local: "zorgcoordinator" }],
    domain: "sint-jozef.example",
  },
  {
    name: "Vrije Basisschool De Regenboog",
    number: "023456",
    street: "Molenstraat 4",
    postalCode: "9030",
    city: "Mariakerke",
    language: "nl",
    contacts: [
      { name: "Directie De Regenboog", local: "directie" },
      { name: "Zorgleerkracht De Regenboog", local: "zorg" },
    ],
    domain: "vbs-regenboog.example",
  },
  {
    name: "Gemeentelijke Basisschool 't Klavertje",
    number: "034567",
    street: "Dorpsplein 1",
    postalCode: "9820",
    city: "Merelbeke",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator 't Klavertje", local: "zorgcoordinator" }],
    domain: "gbs-klavertje.example",
  },
  {
    name: "GO! Basisschool De Tovertuin",
    number: "045678",
    street: "Schoolstraat 22",
    postalCode: "9050",
    city: "Gentbrugge",
    language: "nl",
    contacts: [{ name: "Leerlingenbegeleiding De Tovertuin", local: "leerlingenbegeleiding" }],
    domain: "go-tovertuin.example",
  },
  {
    name: "Sint-Lievenscollege",
    number: "056789",
    street: "Kunstlaan 18",
    postalCode: "9000",
    city: "Gent",
    language: "nl",
    contacts: [
      { name: "CLB-contact Sint-Lievenscollege", local: "clb-contact" },
      { name: "Graadcoördinator Sint-Lievenscollege", local: "graadcoordinator" },
    ],
    domain: "sintlievenscollege.example",
  },
  {
    name: "Sint-Barbaracollege",
    number: "067890",
    street: "Savaanstraat 3",
    postalCode: "9000",
    city: "Gent",
    language: "nl",
    contacts: [{ name: "Leerlingenbegeleiding Sint-Barbara", local: "leerlingenbegeleiding" }],
    domain: "sint-barbara.example",
  },
  {
    name: "Stedelijke Basisschool De Harp",
    number: "078901",
    street: "Harpstraat 7",
    postalCode: "9000",
    city: "Gent",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator De Harp", local: "zorg" }],
    domain: "sbs-deharp.example",
  },
  {
    name: "Basisschool Het Mozaïek",
    number: "089012",
    street: "Wondelgemstraat 40",
    postalCode: "9000",
    city: "Gent",
    language: "nl",
    contacts: [],
    domain: "hetmozaiek.example",
  },
  {
    name: "Vrije Basisschool Sint-Vincentius",
    number: "090123",
    street: "Steenweg 101",
    postalCode: "9040",
    city: "Sint-Amandsberg",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator Sint-Vincentius", local: "zorgcoordinator" }],
    domain: "vbs-vincentius.example",
  },
  {
    name: "Basisschool De Wonderboom",
    number: "101234",
    street: "Lindenlaan 9",
    postalCode: "9031",
    city: "Drongen",
    language: "nl",
    contacts: [{ name: "Directie De Wonderboom", local: "directie" }],
    domain: "dewonderboom.example",
  },
  {
    name: "Sint-Romboutscollege",
    number: "112345",
    street: "Veemarkt 56",
    postalCode: "2800",
    city: "Mechelen",
    language: "nl",
    contacts: [{ name: "Leerlingenbegeleiding Sint-Rombouts", local: "leerlingenbegeleiding" }],
    domain: "sint-romboutscollege.example",
  },
  {
    name: "Basisschool Sint-Ursula",
    number: "123450",
    street: "Ursulinenstraat 5",
    postalCode: "2800",
    city: "Mechelen",
    language: "nl",
    contacts: [
      { name: "Zorgcoördinator Sint-Ursula", local: "zorgcoordinator" },
      { name: "Directie Sint-Ursula", local: "directie" },
    ],
    domain: "sint-ursula.example",
  },
  {
    name: "GO! Atheneum Mechelen",
    number: "134501",
    street: "Lange Ridderstraat 44",
    postalCode: "2800",
    city: "Mechelen",
    language: "nl",
    contacts: [{ name: "CLB-contact Atheneum", local: "clb" }],
    domain: "go-atheneum-mechelen.example",
  },
  {
    name: "Stedelijke Basisschool Nekkerspoel",
    number: "145012",
    street: "Nekkerspoelstraat 210",
    postalCode: "2800",
    city: "Mechelen",
    language: "nl",
    contacts: [{ name: "Zorgleerkracht Nekkerspoel", local: "zorg" }],
    domain: "sbs-nekkerspoel.example",
  },
  {
    name: "Vrije Basisschool Pitzemburg",
    number: "150123",
    street: "Pitzemburgstraat 2",
    postalCode: "2800",
    city: "Mechelen",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator Pitzemburg", local: "zorgcoordinator" }],
    domain: "vbs-pitzemburg.example",
  },
  {
    name: "Basisschool De Zonnebloem",
    number: "161234",
    street: "Zonnebloemstraat 15",
    postalCode: "2830",
    city: "Willebroek",
    language: "nl",
    contacts: [],
    domain: "dezonnebloem.example",
  },
  {
    name: "Sint-Jan Berchmanscollege",
    number: "172345",
    street: "Ursulinenstraat 77",
    postalCode: "1000",
    city: "Brussel",
    language: "nl",
    contacts: [
      { name: "Leerlingenbegeleiding Sint-Jan Berchmans", local: "leerlingenbegeleiding" },
    ],
    domain: "sjb-brussel.example",
  },
  {
    name: "Basisschool Sint-Joost-aan-Zee",
    number: "183456",
    street: "Gemeentestraat 27",
    postalCode: "1210",
    city: "Sint-Joost-ten-Node",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator Sint-Joost-aan-Zee", local: "zorgcoordinator" }],
    domain: "bs-sintjoost.example",
  },
  {
    name: "Nederlandstalige Basisschool De Knipoog",
    number: "194567",
    street: "Vooruitgangstraat 60",
    postalCode: "1030",
    city: "Schaarbeek",
    language: "nl",
    contacts: [{ name: "Directie De Knipoog", local: "directie" }],
    domain: "nbs-deknipoog.example",
  },
  {
    name: "Koninklijk Atheneum Anderlecht",
    number: "205678",
    street: "Ninoofsesteenweg 300",
    postalCode: "1070",
    city: "Anderlecht",
    language: "nl",
    contacts: [{ name: "CLB-contact KA Anderlecht", local: "clb-contact" }],
    domain: "ka-anderlecht.example",
  },
  {
    name: "Basisschool Ukkie",
    number: "216789",
    street: "Alsembergsesteenweg 520",
    postalCode: "1180",
    city: "Ukkel",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator Ukkie", local: "zorg" }],
    domain: "bs-ukkie.example",
  },
  {
    name: "École fondamentale Les Tilleuls",
    number: "227890",
    street: "Rue des Tilleuls 14",
    postalCode: "1030",
    city: "Schaerbeek",
    language: "fr",
    contacts: [{ name: "Direction Les Tilleuls", local: "direction" }],
    domain: "ef-lestilleuls.example",
  },
  {
    name: "École communale n° 5 Ixelles",
    number: "238901",
    street: "Rue du Viaduc 82",
    postalCode: "1050",
    city: "Ixelles",
    language: "fr",
    contacts: [
      { name: "Coordination Ixelles 5", local: "coordination" },
      { name: "Direction Ixelles 5", local: "direction" },
    ],
    domain: "ecole5-ixelles.example",
  },
  {
    name: "Institut Saint-Louis",
    number: "249012",
    street: "Rue du Marais 113",
    postalCode: "1000",
    city: "Bruxelles",
    language: "fr",
    contacts: [{ name: "Éducateur référent Saint-Louis", local: "educateur" }],
    domain: "institut-saint-louis.example",
  },
  {
    name: "École fondamentale Sainte-Marie",
    number: "250123",
    street: "Avenue de la Couronne 220",
    postalCode: "1050",
    city: "Ixelles",
    language: "fr",
    contacts: [{ name: "Direction Sainte-Marie", local: "direction" }],
    domain: "ef-sainte-marie.example",
  },
  {
    name: "Athénée Royal d'Uccle",
    number: "261234",
    street: "Avenue Montjoie 152",
    postalCode: "1180",
    city: "Uccle",
    language: "fr",
    contacts: [{ name: "Service PMS Athénée Uccle", local: "pms" }],
    domain: "ar-uccle.example",
  },
  {
    name: "École du Parc",
    number: "272345",
    street: "Rue du Parc 9",
    postalCode: "1080",
    city: "Molenbeek-Saint-Jean",
    language: "fr",
    contacts: [{ name: "Direction École du Parc", local: "direction" }],
    domain: "ecoleduparc.example",
  },
  {
    name: "Basisschool De Kameleon",
    number: "283456",
    street: "Bruggestraat 33",
    postalCode: "8500",
    city: "Kortrijk",
    language: "nl",
    contacts: [{ name: "Zorgcoördinator De Kameleon", local: "zorgcoordinator" }],
    domain: "dekameleon.example",
  },
  {
    name: "Sint-Victor Basisschool",
    number: "294567",
    street: "Grote Markt 3",
    postalCode: "2300",
    city: "Turnhout",
    language: "nl",
    contacts: [{ name: "Zorgleerkracht Sint-Victor", local: "zorg" }],
    domain: "sint-victor.example",
  },
  {
    name: "Basisschool 't Rakkertje",
    number: "305678",
    street: "Heidestraat 8",
    postalCode: "3500",
    city: "Hasselt",
    language: "nl",
    contacts: [{ name: "Directie 't Rakkertje", local: "directie" }],
    domain: "rakkertje.example",
  },
];

const nowIso = (): string => graphTimestamp();

function mailFolders(): StoredMailFolder[] {
  const folder = (displayName: string, wellKnownName: string): StoredMailFolder => ({
    id: newItemId(),
    displayName,
    wellKnownName,
    parentFolderId: "msgfolderroot",
    childFolderCount: 0,
    isHidden: false,
  });
  return [
    folder("Inbox", "inbox"),
    folder("Drafts", "drafts"),
    folder("Sent Items", "sentitems"),
    folder("Deleted Items", "deleteditems"),
  ];
}

export function emptyMailbox(): Mailbox {
  return {
    mailFolders: mailFolders(),
    messages: [],
    defaultContactFolderId: newItemId(),
    contactFolders: [],
    contacts: [],
  };
}

/** One seed school as the Graph contact the add-in will read. */
export function schoolContact(school: SeedSchool, parentFolderId: string): StoredContact {
  const contact: Contact = {
    displayName: school.name,
    fileAs: school.name,
    companyName: school.name,
    emailAddresses: school.contacts.map((c) => ({
      name: c.name,
      address: `${c.local}@${school.domain}`,
    })),
    businessAddress: {
      street: school.street,
      postalCode: school.postalCode,
      city: school.city,
      countryOrRegion: school.language === "fr" ? "Belgique" : "België",
    },
    categories: ["Handle with Care"],
    personalNotes: "",
    singleValueExtendedProperties: [
      { id: PROP_SCHOOL_NUMBER, value: school.number },
      { id: PROP_SCHOOL_LANGUAGE, value: school.language },
    ].map((p) => ({ id: normalizeExtendedPropertyId(p.id) ?? p.id, value: p.value })),
  };
  const time = nowIso();
  return {
    ...contact,
    id: newItemId(),
    parentFolderId,
    createdDateTime: time,
    lastModifiedDateTime: time,
    changeKey: newChangeKey(),
  };
}

/** A fresh state: the users, their empty mailboxes and (when `withSchools`) the school folder. */
export function createSeedState(withSchools: boolean): EmulatorState {
  const users = seedUsers();
  const mailboxes: Record<string, Mailbox> = {};
  for (const user of users) mailboxes[user.id] = emptyMailbox();
  if (withSchools) {
    const mailbox = mailboxes[DEMO_USER_ID];
    const folderId = newItemId();
    mailbox.contactFolders.push({
      id: folderId,
      displayName: SCHOOL_CONTACT_FOLDER,
      parentFolderId: mailbox.defaultContactFolderId,
    });
    mailbox.contacts.push(...SEED_SCHOOLS.map((s) => schoolContact(s, folderId)));
  }
  return { version: 1, signedInUserId: DEMO_USER_ID, users, mailboxes };
}
