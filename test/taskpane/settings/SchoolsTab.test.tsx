/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../../src/i18n";
import type { Language } from "../../../src/i18n/language";
import { SchoolsTab } from "../../../src/taskpane/settings/SchoolsTab";
import { email, school } from "../../lib/directory/testSchools";
import { fakeServices, staticMailbox } from "../fakeServices";
import { installBlobText } from "./blobText";
import { MemorySchoolDirectory } from "./memorySchoolDirectory";

installBlobText();
// Two shared cores: give the file reading and re-renders more than the default second.
configure({ asyncUtilTimeout: 5000 });

const fixtures = path.join(__dirname, "../../fixtures-directory");
const csvFile = (name: string) =>
  new File([readFileSync(path.join(fixtures, name))], name, { type: "text/csv" });

/** Stored before the import: De Linde (renamed, no contact yet) and a school outside the list. */
function storedSchools() {
  return [
    school({
      id: "c-linde",
      number: "12345",
      name: "Atheneum De Linde",
      address: { street: "Lindelaan 3A", postcode: "2800", municipality: "Mechelen" },
    }),
    school({
      id: "c-oud",
      number: "777777",
      name: "Basisschool Het Oude Huis",
      address: { street: "Dorp 1", postcode: "9000", municipality: "Gent" },
      contacts: [{ email: email("zorg@oudehuis.example.be"), name: "Zorg" }],
    }),
  ];
}

async function renderTab(directory: MemorySchoolDirectory, language: Language = "nl") {
  const i18n = await createI18n(language);
  const services = fakeServices({ mailbox: staticMailbox(null), directory });
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <SchoolsTab services={services} />
        </FluentProvider>
      </I18nextProvider>
    );
  });
  await screen.findByTestId("school-count");
  return userEvent.setup();
}

async function uploadFixtures(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByTestId("import-schools-file"), csvFile("official-schools.csv"));
  await user.upload(screen.getByTestId("import-contacts-file"), csvFile("contact-persons.csv"));
}

const itemNumbers = (testId: string) =>
  screen.queryAllByTestId(`${testId}-item`).map((li) => li.dataset.schoolNumber);

describe("the schools tab: the folder", () => {
  it("lists the schools in the folder, marks those without contact, and searches them", async () => {
    const directory = new MemorySchoolDirectory([
      ...storedSchools(),
      school({ number: "45678", name: "Gemeentelijke Basisschool Étterbeek" }),
    ]);
    const user = await renderTab(directory);
    expect(screen.getByTestId("school-count").textContent).toBe(
      "3 scholen in de lijst van de zone."
    );
    const rows = screen.getAllByTestId("directory-school");
    expect(rows.map((r) => within(r).getByTestId("directory-school-name").textContent)).toEqual([
      "Atheneum De Linde",
      "Basisschool Het Oude Huis",
      "Gemeentelijke Basisschool Étterbeek",
    ]);
    expect(within(rows[1]).getByTestId("directory-school-contacts").textContent).toBe("1");
    // Two schools have no contact person: they cannot be picked.
    expect(screen.getAllByTestId("directory-no-contact")).toHaveLength(2);
    expect(within(rows[2]).getByTestId("directory-no-contact").textContent).toBe(
      "Geen contactpersoon"
    );

    await user.type(screen.getByTestId("directory-search"), "etterbeek");
    expect(screen.getAllByTestId("directory-school-name").map((c) => c.textContent)).toEqual([
      "Gemeentelijke Basisschool Étterbeek",
    ]);
    await user.clear(screen.getByTestId("directory-search"));
    await user.type(screen.getByTestId("directory-search"), "777777");
    expect(screen.getAllByTestId("directory-school-name").map((c) => c.textContent)).toEqual([
      "Basisschool Het Oude Huis",
    ]);
    await user.type(screen.getByTestId("directory-search"), "9");
    expect(screen.getByTestId("directory-no-match").textContent).toBe(
      "Geen school gevonden voor deze zoekopdracht."
    );
  });

  it("says when the folder cannot be read", async () => {
    const directory = new MemorySchoolDirectory();
    directory.listFailure = new Error("HTTP 500");
    await renderTab(directory);
    expect(screen.getByTestId("school-count").textContent).toBe(
      "De scholenlijst kon niet geladen worden."
    );
  });
});

describe("the schools tab: import", () => {
  it("previews creates, updates and rejected rows without writing anything", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    const user = await renderTab(directory);
    await uploadFixtures(user);
    await user.click(screen.getByTestId("import-preview-button"));
    await screen.findByTestId("import-preview");

    expect(screen.getByTestId("import-summary").textContent).toBe(
      "Nieuw: 1 · Bij te werken: 1 · Ongewijzigd: 0 · Geweigerde rijen: 9"
    );
    const created = screen.getAllByTestId("import-create-item");
    expect(created.map((li) => li.textContent)).toEqual([
      "Vrije Basisschool Sint-Jozef (000001) — 2 contactpersonen",
    ]);
    expect(screen.getAllByTestId("import-update-item").map((li) => li.textContent)).toEqual([
      'GO! Atheneum "De Linde" (012345) — wijzigt: naam en contactpersonen',
    ]);

    const rejected = screen.getAllByTestId("import-rejected-row");
    expect(rejected.map((r) => [r.dataset.file, r.dataset.row])).toEqual([
      ["schools", "5"],
      ["schools", "6"],
      ["schools", "7"],
      ["schools", "8"],
      ["contacts", "5"],
      ["contacts", "6"],
      ["contacts", "7"],
      ["contacts", "8"],
      ["contacts", "9"],
    ]);
    const cells = within(rejected[1])
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual([
      "Scholenlijst",
      "6",
      "Rij 6: '12AB' is geen geldig schoolnummer (maximaal zes cijfers).",
    ]);
    expect(within(rejected[5]).getAllByRole("cell")[2].textContent).toBe(
      "Rij 6: school 099999 staat niet in de scholenlijst en niet in de map."
    );
    expect(directory.upserts).toHaveLength(0);
    expect(screen.getByTestId("import-run-button")).toBeEnabled();
  });

  it("takes schools without contact person in the chosen postcodes", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    const user = await renderTab(directory);
    await user.upload(screen.getByTestId("import-schools-file"), csvFile("official-schools.csv"));
    await user.type(screen.getByTestId("import-postcodes"), "9050, 1040");
    await user.click(screen.getByTestId("import-preview-button"));
    await screen.findByTestId("import-preview");
    expect(itemNumbers("import-create")).toEqual(["023456", "045678"]);
    expect(screen.getAllByTestId("import-create-item")[0].textContent).toBe(
      "Basisschool De Regenboog; afdeling Noord (023456) — 0 contactpersonen"
    );
  });

  it("imports, shows progress, reports what it wrote and lists the new school", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    let release!: () => void;
    directory.gate = new Promise((resolve) => (release = resolve));
    const user = await renderTab(directory);
    await uploadFixtures(user);
    await user.click(screen.getByTestId("import-preview-button"));
    await user.click(await screen.findByTestId("import-run-button"));

    const progress = await screen.findByTestId("import-progress");
    expect(progress).toHaveAttribute("aria-valuenow", "0");
    expect(progress).toHaveAttribute("aria-valuemax", "2");
    expect(screen.getByText("0 van 2 scholen verwerkt")).toBeInTheDocument();
    await act(async () => release());

    const report = await screen.findByTestId("import-report");
    expect(within(report).getByTestId("import-report-done").textContent).toBe(
      "2 scholen weggeschreven."
    );
    expect(itemNumbers("import-report-written")).toEqual(["000001", "012345"]);
    expect(screen.queryByTestId("import-report-failed")).toBeNull();
    expect(screen.queryByTestId("import-report-not-attempted")).toBeNull();
    expect(directory.progress.map((p) => `${p.done}/${p.total} ${p.outcome}`)).toEqual([
      "1/2 written",
      "2/2 written",
    ]);

    // What was handed to upsert is the preview's plan, and the folder now holds it.
    expect(directory.upserts).toHaveLength(1);
    expect(directory.upserts[0].create.map((s) => s.number)).toEqual(["000001"]);
    expect(directory.upserts[0].update.map((s) => s.id)).toEqual(["c-linde"]);
    const stored = await directory.list();
    expect(stored.find((s) => s.number === "012345")?.contacts).toEqual([
      { email: "hwc@delinde.example.be", name: "Vermeulen, Tom" },
    ]);
    // The list of the folder is read again after the import.
    await waitFor(() =>
      expect(screen.getByTestId("school-count").textContent).toBe(
        "3 scholen in de lijst van de zone."
      )
    );
    expect(screen.getAllByTestId("directory-school-name").map((c) => c.textContent)).toContain(
      "Vrije Basisschool Sint-Jozef"
    );

    // Back to the start; the same files again: nothing left to write, Import is disabled.
    await user.click(screen.getByTestId("import-restart-button"));
    expect(screen.queryByTestId("import-report")).toBeNull();
    await uploadFixtures(user);
    await user.click(screen.getByTestId("import-preview-button"));
    await screen.findByTestId("import-preview");
    expect(itemNumbers("import-create")).toEqual([]);
    expect(screen.getByTestId("import-summary").textContent).toBe(
      "Nieuw: 0 · Bij te werken: 0 · Ongewijzigd: 2 · Geweigerde rijen: 9"
    );
    expect(screen.getByTestId("import-run-button")).toBeDisabled();
    expect(screen.getByTestId("import-nothing").textContent).toBe(
      "Er is niets om weg te schrijven."
    );
  });

  it("says exactly which schools were written when a write fails half-way", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    directory.failure = {
      atWrite: 2,
      error: { key: "import.write.failed", params: { status: 503 } },
      storedAnyway: false,
    };
    const user = await renderTab(directory);
    await uploadFixtures(user);
    await user.type(screen.getByTestId("import-postcodes"), "9050");
    await user.click(screen.getByTestId("import-preview-button"));
    await user.click(await screen.findByTestId("import-run-button"));

    await screen.findByTestId("import-report");
    // Writes: create 000001, create 023456 (fails), update 012345.
    expect(itemNumbers("import-report-written")).toEqual(["000001"]);
    const failed = screen.getByTestId("import-report-failed");
    expect(failed.dataset.schoolNumber).toBe("023456");
    expect(failed.textContent).toContain(
      "Basisschool De Regenboog; afdeling Noord (023456): Wegschrijven mislukt (HTTP 503)."
    );
    expect(screen.getByTestId("import-report-stored").textContent).toBe(
      "Deze school werd niet opgeslagen."
    );
    expect(itemNumbers("import-report-not-attempted")).toEqual(["012345"]);
    expect(screen.getByTestId("import-report-done").textContent).toBe("1 school weggeschreven.");
    expect((await directory.list()).map((s) => s.number).sort()).toEqual([
      "000001",
      "012345",
      "777777",
    ]);
  });

  it("tells when the failing school was stored anyway", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    directory.failure = {
      atWrite: 1,
      error: { key: "import.write.throttled" },
      storedAnyway: true,
    };
    const user = await renderTab(directory);
    await uploadFixtures(user);
    await user.click(screen.getByTestId("import-preview-button"));
    await user.click(await screen.findByTestId("import-run-button"));
    await screen.findByTestId("import-report");
    expect(itemNumbers("import-report-written")).toEqual([]);
    expect(screen.getByTestId("import-report-stored").textContent).toBe(
      "Deze school werd toch opgeslagen."
    );
    expect(itemNumbers("import-report-not-attempted")).toEqual(["012345"]);
  });

  it("names the file and the problem when a CSV cannot be used", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    const user = await renderTab(directory);

    await user.click(screen.getByTestId("import-preview-button"));
    expect(screen.getByTestId("import-error").textContent).toBe("Kies minstens één bestand.");

    const noEmailColumn = new File(["schoolnummer;naam\n1;An\n"], "c.csv", { type: "text/csv" });
    await user.upload(screen.getByTestId("import-contacts-file"), noEmailColumn);
    await user.click(screen.getByTestId("import-preview-button"));
    expect((await screen.findByTestId("import-error")).textContent).toBe(
      "Contactpersonen: De kolom 'e-mail' ontbreekt in de kopregel."
    );

    await user.type(screen.getByTestId("import-postcodes"), "9000, 90x0");
    await user.click(screen.getByTestId("import-preview-button"));
    expect(screen.getByTestId("import-error").textContent).toBe(
      "'90x0' is geen postcode (vier cijfers)."
    );

    const unreadable = csvFile("official-schools.csv");
    unreadable.text = () => Promise.reject(new Error("NotReadableError"));
    await user.clear(screen.getByTestId("import-postcodes"));
    await user.upload(screen.getByTestId("import-schools-file"), unreadable);
    await user.click(screen.getByTestId("import-preview-button"));
    expect((await screen.findByTestId("import-error")).textContent).toBe(
      "Scholenlijst: Het bestand kon niet gelezen worden."
    );
    expect(directory.upserts).toHaveLength(0);
  });

  it("speaks French: labels, rejection reasons and the report", async () => {
    const directory = new MemorySchoolDirectory(storedSchools());
    directory.failure = {
      atWrite: 2,
      error: { key: "import.write.failed", params: { status: 503 } },
      storedAnyway: false,
    };
    const user = await renderTab(directory, "fr");
    expect(screen.getByText("Importer des écoles")).toBeInTheDocument();
    expect(screen.getByText("Pas de personne de contact")).toBeInTheDocument();
    await uploadFixtures(user);
    await user.click(screen.getByTestId("import-preview-button"));
    await screen.findByTestId("import-preview");
    expect(screen.getByTestId("import-summary").textContent).toBe(
      "Nouvelles : 1 · À mettre à jour : 1 · Inchangées : 0 · Lignes refusées : 9"
    );
    expect(screen.getAllByTestId("import-update-item")[0].textContent).toBe(
      'GO! Atheneum "De Linde" (012345) — modifie : nom et personnes de contact'
    );
    const reason = within(screen.getAllByTestId("import-rejected-row")[4]).getAllByRole("cell");
    expect(reason.map((c) => c.textContent)).toEqual([
      "Personnes de contact",
      "5",
      "Ligne 5 : « niet-een-adres » n'est pas une adresse e-mail valide.",
    ]);
    await user.click(screen.getByTestId("import-run-button"));
    await screen.findByTestId("import-report");
    expect(screen.getByTestId("import-report-done").textContent).toBe("1 école écrite.");
    expect(screen.getByTestId("import-report-failed").textContent).toContain(
      "Échec de l'écriture (HTTP 503)."
    );
  });

  it("writes nothing about schools or contacts to the console", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      jest.spyOn(console, level)
    );
    try {
      const directory = new MemorySchoolDirectory(storedSchools());
      const user = await renderTab(directory);
      await uploadFixtures(user);
      await user.click(screen.getByTestId("import-preview-button"));
      await user.click(await screen.findByTestId("import-run-button"));
      await screen.findByTestId("import-report");
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});
