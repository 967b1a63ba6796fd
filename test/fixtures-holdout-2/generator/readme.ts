/** The second holdout corpus README: what it is, its conventions, then a table of the mails. */
import type { Fixture } from "./helpers";

const INTRO = `# Holdout extraction corpus 2

A third, independent set of fictional police mails for the extraction engine, written without
reading the engine (\`src/lib/extraction\`) and never used to tune it: a second holdout, to
measure the engine on mail it has not seen. Expectations come from the mail text,
\`/work/shared/docs/domain.md\` and the conventions of \`test/fixtures/README.md\` and
\`test/fixtures-holdout/README.md\` (same JSON format: \`isIncident\`, \`reference\`,
\`children\`, \`adults\`). All names, addresses and numbers are invented; mail dates fall in
November and December 2026. The layouts avoid what the two earlier corpora already cover.

Conventions added by this corpus (on top of those of the earlier two):

- A table or label block may be written per person in either direction: one column per person
  (rows \`Naam\`, \`Voornaam\`, \`Geboortedatum\`) or one block per person with the role before or
  after the name. \`Nom : idem\` repeats the surname of the block above.
- \`SURNAME, First\` is read as surname then first name. In an all-capitals report the surname
  comes first, as in other police lists; names are expected in normal case.
- Surnames keep their particles as written in mixed case (\`van der Meulen-De Wit\`); written in
  capitals, the first particle is capitalised (\`VAN ACKER\` -> \`Van Acker\`).
- Age decides, not the label: a \`zoon\`, \`kind\` or \`minderjarig\` person whose birth date makes
  them 18 or older on the mail date is an adult. A date with \`00\` for the day or month is not a
  full date (\`birthDate: null\`).
- When one mail carries several reports, the mail is an incident if the first report (also the
  one in the subject) is intrafamily violence, and that report's number is the reference.
- Police staff named in signatures (secretariat, head of service, officer on call, liaison
  officer) are not listed, like officers and mail senders. Teachers and school names are not
  people to list.
- A missing child, truancy, theft by a child or a bicycle accident is not intrafamily violence,
  even with family words or a negated 'geweld'.

Regenerate with \`npx tsx test/fixtures-holdout-2/generate.ts\` (deterministic);
\`npx jest test/fixtures-holdout-2\` checks that the files match the generator, parse with
postal-mime, and that every expectation is well-formed and stated by the mail.

## Files

| File | Incident | What it tests |
| --- | --- | --- |
`;

export function renderReadme(fixtures: Fixture[]): string {
  const rows = fixtures.map(
    (fixture) =>
      `| \`${fixture.name}.eml\` | ${fixture.expected.isIncident ? "yes" : "no"} | ${fixture.covers.replace(/\|/g, "\\|")} |`
  );
  return `${INTRO}${rows.join("\n")}\n`;
}
