/**
 * Person names as Belgian police write them: `JANSSENS Emma`, `Emma Janssens`, `Peeters Emma`
 * after a label, particles (`Van den Broeck`, `De Smet`, `D'Hondt`, `Op de Beeck`), accents,
 * hyphenated and multiple first names. Names are returned in normal case with accents kept.
 */

import { isCommonFirstName } from "./firstNames";

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** Surname particles (lower case). */
const PARTICLES = new Set([
  "van",
  "vanden",
  "vander",
  "vande",
  "de",
  "der",
  "den",
  "het",
  "'t",
  "ter",
  "ten",
  "op",
  "in",
  "d'",
  "le",
  "la",
  "du",
  "des",
  "von",
  "vom",
  "el",
  "al",
  "ben",
  "da",
  "di",
  "dos",
  "del",
  "mc",
]);

/** Capitalised words that are never part of a name (roles, titles, labels, function words). */
const NOT_NAMES = new Set(
  `kind kinderen kindje kindjes minderjarige minderjarigen meerderjarige zoon zoontje dochter
  dochtertje baby moeder vader ouder ouders mama papa partner echtgenoot echtgenote slachtoffer
  slachtoffers verdachte verdachten getuige getuigen benadeelde betrokkene betrokkenen aangever
  aangeefster melder mevrouw mevr meneer mijnheer dhr heer juffrouw enfant enfants mineur mineure
  mineurs majeur majeure fils fille mère père parent parents victime victimes auteur auteurs
  témoin témoins madame mme monsieur mr mrs ms mlle bébé conjoint conjointe compagnon compagne
  personne personnes impliquées rôle role rol naam voornaam nom prénom geboren geboortedatum geb
  née né rrn nn insz niss pv interventie intervention inp hinp inpp agt cp hcp cdp opsteller
  rédacteur ploeg ook en et and of ou hun haar zijn leur sa son ses het een une un the bij
  ter-plaatse aanwezig présents présent presentes maandag dinsdag woensdag donderdag vrijdag
  zaterdag zondag lundi mardi mercredi jeudi vendredi samedi dimanche januari februari maart
  april mei juni juli augustus september oktober november december janvier février mars avril
  mai juin juillet août septembre octobre décembre adres lieu plaats feiten faits datum date
  stiefvader stiefmoeder plusvader plusmoeder grootmoeder grootvader oma opa broer zus broertje
  zusje frère sœur soeur beau-père belle-mère grand-mère grand-père tante oom nonkel oncle
  hierbij geen pas zie voir cher chère beste geachte goedemorgen goedemiddag bonjour dag hallo`
    .split(/\s+/)
    .filter(Boolean)
);

const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’-]*$/u;
const UPPER_WORD = /^[\p{Lu}\p{M}'’-]{2,}$/u;

function bare(token: string): string {
  return token.toLowerCase().replace(/[.:,;]+$/, "");
}

export function isParticle(token: string): boolean {
  const t = token.toLowerCase();
  return PARTICLES.has(t) || /^d['’]$/.test(t);
}

export function isStopWord(token: string): boolean {
  return NOT_NAMES.has(bare(token));
}

/** A capitalised word that can be part of a name (not a role, title or label). */
export function isNameWord(token: string): boolean {
  return NAME_WORD.test(token) && !isStopWord(token) && /\p{L}{2,}|^\p{Lu}['’]/u.test(token);
}

export function isUpperWord(token: string): boolean {
  return UPPER_WORD.test(token) && /\p{Lu}.*\p{Lu}/u.test(token) && token === token.toUpperCase();
}

/** `JANSSENS` → `Janssens`, `JEAN-LUC` → `Jean-Luc`, `D'HONDT` → `D'Hondt`, `ÉLIAS` → `Élias`. */
function capitalise(word: string): string {
  const lower = word.toLocaleLowerCase("nl");
  return lower.replace(
    /(^|[-'’])(\p{L})/gu,
    (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase("nl")
  );
}

/**
 * Normal case for a name part. Words written in capitals are recased; mixed-case words are kept
 * as written. In a capitalised surname, particles after the first word go lower case
 * (`VAN DEN BROECK` → `Van den Broeck`, `OP DE BEECK` → `Op de Beeck`).
 */
export function toNameCase(words: string[], isSurname: boolean): string {
  return words
    .map((w, i) => {
      if (!isUpperWord(w) && !(w.length === 1 && w === w.toUpperCase())) return w;
      if (isSurname && i > 0 && isParticle(w)) return w.toLowerCase();
      return capitalise(w);
    })
    .join(" ");
}

export interface NameHints {
  /** Surname is written first (after a title such as "mevrouw" or a role label). */
  surnameFirst: boolean;
  /** How often each lower-cased word is a surname elsewhere in the mail (capitals, tables). */
  knownSurnames: Map<string, number>;
  /** Lower-cased words known as first names elsewhere in the mail. */
  knownFirstNames: Map<string, number>;
  /** How often each lower-cased word occurs in the mail's name mentions (family names repeat). */
  wordCounts: Map<string, number>;
}

function split(tokens: string[], surnameCount: number, surnameFirst: boolean): PersonName | null {
  const last = surnameFirst
    ? tokens.slice(0, surnameCount)
    : tokens.slice(tokens.length - surnameCount);
  const first = surnameFirst
    ? tokens.slice(surnameCount)
    : tokens.slice(0, tokens.length - surnameCount);
  if (last.length === 0 || first.length === 0) return null;
  return { firstName: toNameCase(first, false), lastName: toNameCase(last, true) };
}

/** Split name tokens (already known to be name words/particles) into first and last name. */
export function splitName(tokens: string[], hints: NameHints): PersonName | null {
  if (tokens.length < 2) return null;
  const upper = tokens.map((t) => isUpperWord(t));
  const anyUpper = upper.some(Boolean);
  const allUpper = upper.every(Boolean);

  // 1. Capitals mark the surname: `DE SMET Wout`, `Emma JANSSENS`.
  if (anyUpper && !allUpper) {
    if (upper[0]) {
      let n = 0;
      while (n < tokens.length && upper[n]) n++;
      return split(tokens, n, true);
    }
    let n = 0;
    while (n < tokens.length && upper[tokens.length - 1 - n]) n++;
    return split(tokens, n, false);
  }

  // 2. A leading particle starts the surname: `Van de Velde Veerle`.
  if (isParticle(tokens[0])) {
    let n = 0;
    while (n < tokens.length - 1 && isParticle(tokens[n])) n++;
    return split(tokens, n + 1, true);
  }

  // 3. A particle inside starts the surname: `Olivier El Amrani`, `Emma Van den Broeck`.
  const inner = tokens.findIndex((t, i) => i > 0 && isParticle(t) && i < tokens.length - 1);
  if (inner > 0) return split(tokens, tokens.length - inner, false);

  // 4. What the rest of the mail says: words written as a surname or first name elsewhere.
  const key = (t: string) => t.toLowerCase();
  const firstWord = key(tokens[0]);
  const lastWord = key(tokens[tokens.length - 1]);
  const known = (w: string) =>
    (hints.knownSurnames.get(w) ?? 0) - (hints.knownFirstNames.get(w) ?? 0);
  if (known(firstWord) !== known(lastWord))
    return split(tokens, 1, known(firstWord) > known(lastWord));

  // 5. Common first names: the first names at one end, none at the other.
  const byList = splitByFirstNames(tokens);
  if (byList) return byList;

  // 6. A family name repeats across the mail's name mentions (siblings, parents).
  const countFirst = hints.wordCounts.get(firstWord) ?? 0;
  const countLast = hints.wordCounts.get(lastWord) ?? 0;
  if (countFirst !== countLast) return split(tokens, 1, countFirst > countLast);

  // 7. Convention: surname first after a title or label, else first name first.
  if (allUpper) return split(tokens, tokens.length - 1, true);
  return split(tokens, 1, hints.surnameFirst);
}

/**
 * `Peeters Emma Lou` → surname first, `Emma Lou Peeters` → first names first: a run of common
 * first names at one end and none among the other words. Null when that does not decide.
 */
function splitByFirstNames(tokens: string[]): PersonName | null {
  const known = tokens.map(isCommonFirstName);
  let lead = 0;
  while (lead < tokens.length && known[lead]) lead++;
  let trail = 0;
  while (trail < tokens.length && known[tokens.length - 1 - trail]) trail++;
  const onlyLead = lead > 0 && lead < tokens.length && trail === 0;
  const onlyTrail = trail > 0 && trail < tokens.length && lead === 0;
  const others = (from: number, to: number) => known.slice(from, to).every((k) => !k);
  if (onlyLead && others(lead, tokens.length)) return split(tokens, tokens.length - lead, false);
  if (onlyTrail && others(0, tokens.length - trail))
    return split(tokens, tokens.length - trail, true);
  return null;
}
