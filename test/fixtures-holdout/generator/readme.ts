/** The holdout corpus README: what it is, its conventions, then a table of the mails. */
import type { Fixture } from "./helpers";

const INTRO = `# Holdout extraction corpus

A second, independent set of fictional police mails for the extraction engine, written after the
engine and never used to write it: a holdout. Expectations come from the mail text,
\`/work/shared/docs/domain.md\` and the conventions of \`test/fixtures/README.md\` (same JSON
format: \`isIncident\`, \`reference\`, \`children\`, \`adults\`). All names, addresses and numbers
are invented; mail dates fall in November and December 2026.

Conventions added by this corpus (on top of those of \`test/fixtures\`):

- Only a full date is a birth date. A year alone (\`°2019\`, \`née en 2015\`) or an age
  (\`7 j.\`, \`34j\`) gives \`birthDate: null\`.
- A two-digit year is day-first like any date and means 20YY when that makes the person under 18
  on the mail date, else 19YY (\`°03/12/08\` on 2 Dec 2026 is 2008-12-03, a child; \`°01/12/08\`
  on that day is an adult).
- A surname written once for the family (\`familie EL AMRANI\`, \`gezin CLAES\`, \`de kinderen
  Claes\`) is the surname of the children and the father named without one; a person written with
  their own surname keeps it.
- When the mail reports intrafamily violence, every named minor is a child, also a neighbour's
  child or a weekend stepchild; unborn children are never listed.
- Lawyers, social workers, interpreters, grandparents and neighbours are adults; police officers
  (any rank, \`INP\`, \`HINP\`, \`CP\`, \`Hoofdinspecteur\`) and mail senders are not listed.
- In a forward chain the innermost report's number is the reference.

Regenerate with \`npx tsx test/fixtures-holdout/generate.ts\` (deterministic);
\`npx jest test/fixtures-holdout\` checks that the files match the generator, parse with
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
