/**
 * Screening: does the mail report intrafamily violence (IFG / VIF)? Returns the matched terms so
 * the officer sees why. Acronyms are matched case-sensitively ("vif" is also a French adjective).
 */

interface SignalPattern {
  label: string;
  pattern: RegExp;
}

const SIGNALS: SignalPattern[] = [
  { label: "IFG", pattern: /(?<![\p{L}\d])IFG(?![\p{L}\d])/u },
  { label: "VIF", pattern: /(?<![\p{L}\d])VIF(?![\p{L}\d])/u },
  { label: "intrafamiliaal geweld", pattern: /intra-?familia(?:al|le) geweld/iu },
  { label: "familiaal geweld", pattern: /(?<![\p{L}])familia(?:al|le) geweld/iu },
  { label: "partnergeweld", pattern: /partner-?geweld/iu },
  { label: "huiselijk geweld", pattern: /huiselijk(?:e)? geweld/iu },
  { label: "echtelijk geweld", pattern: /echtelijk(?:e)? geweld/iu },
  { label: "relationeel geweld", pattern: /relatione(?:el|le) geweld/iu },
  { label: "geweld binnen het gezin", pattern: /geweld (?:binnen|in) het gezin/iu },
  { label: "kindermishandeling", pattern: /kindermishandeling/iu },
  // Intervention types for a domestic dispute, as dispatch writes them.
  { label: "huiselijke twist", pattern: /huiselijke? (?:twist|ruzie|conflict)/iu },
  { label: "echtelijke twist", pattern: /echtelijke? (?:twist|ruzie|conflict)/iu },
  {
    label: "familiale twist",
    pattern: /(?<![\p{L}])(?:intra-?)?familia(?:al|le) (?:twist|ruzie|conflict)/iu,
  },
  {
    label: "dispute conjugale",
    pattern: /(?:dispute|conflit|querelle)s? (?:conjugale?s?|familiale?s?)/iu,
  },
  { label: "violence domestique", pattern: /violences? domestiques?/iu },
  { label: "violence conjugale", pattern: /violences? conjugales?/iu },
  { label: "violence intrafamiliale", pattern: /violences? intra-?familiales?/iu },
  { label: "violence familiale", pattern: /violences? familiales?/iu },
  { label: "violence entre partenaires", pattern: /violences? entre (?:ex-)?partenaires/iu },
  { label: "maltraitance", pattern: /maltraitance/iu },
  { label: "domestic violence", pattern: /domestic violence/iu },
];

// "geen IFG", "pas de VIF", "geen sprake van / geen signalen van geweld in het gezin",
// "aucun signe de violence familiale": the term is denied.
const NEGATION =
  /(?:geen|niet|pas de|aucune?|sans|no|not)(?: (?:sprake|signalen|aanwijzingen|indicaties|tekenen|vermoeden|question|signes?|indices?|traces?|signs?|indications?) (?:van|de|d'|of))? ?$/iu;

export interface Screening {
  isIncident: boolean;
  signals: string[];
}

export function screen(texts: string[]): Screening {
  const signals: string[] = [];
  for (const { label, pattern } of SIGNALS) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"
    );
    let affirmed = false;
    for (const text of texts) {
      for (const m of text.matchAll(global)) {
        const before = text.slice(Math.max(0, m.index - 24), m.index);
        if (!NEGATION.test(before)) {
          affirmed = true;
          break;
        }
      }
      if (affirmed) break;
    }
    if (affirmed) signals.push(label);
  }
  return { isIncident: signals.length > 0, signals };
}
