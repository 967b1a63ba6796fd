/**
 * Role words (Dutch, French, English) that say whether a person is a child, someone who is never
 * a child (parent, partner, officer, "meerderjarig"), or neither (victim, suspect, witness: by age).
 */

export type RoleClass = "child" | "never-child" | "by-age";

// No English "son": in French it is the possessive ("son avocat", "son frère").
const CHILD =
  /(?<![\p{L}])(?:kind|kinderen|kindje|kindjes|minderjarigen?|zoon|zoontje|dochter|dochtertje|baby|peuter|kleuter|enfants?|mineure?s?|fils|filles?|bébé|nourrisson|child|children|minors?|daughter)(?![\p{L}])/iu;
const NEVER_CHILD =
  /(?<![\p{L}])(?:meerderjarige?|majeure?s?|moeder|vader|ouders?|mama|papa|stiefvader|stiefmoeder|plusvader|plusmoeder|partner|ex-partner|echtgeno(?:o)?te?|grootmoeder|grootvader|oma|opa|mère|père|beau-père|belle-mère|grand-mère|grand-père|conjointe?|compagnon|compagne|ex-conjointe?|mother|father|parents?|adult|inp|hinp|inpp|agt|cp|hcp|cdp|opsteller|rédacteur|redacteur|verbalisant|ploeg|inspecteur|commissaris|aangever|aangeefster|advocaa?te?|avocate?|meester|maître|maitre|tolk|interprète|interprete|maatschappelijk(?:e)? werk(?:er|ster)|assistante? sociale?|grootouders|grands?-parents|grand-parents)(?![\p{L}])/iu;

/**
 * Classify role text. "never-wins" (words right around a name: "fils majeur", "haar partner"):
 * any never-child word decides. "first" (a label such as "Kinderen van de moeder:"): the first
 * role word decides.
 */
export function classifyRole(
  text: string,
  mode: "never-wins" | "first" = "never-wins"
): RoleClass | null {
  if (!text) return null;
  const never = NEVER_CHILD.exec(text);
  const child = CHILD.exec(text);
  if (mode === "never-wins") return never ? "never-child" : child ? "child" : null;
  if (never && child) return never.index < child.index ? "never-child" : "child";
  return never ? "never-child" : child ? "child" : null;
}
