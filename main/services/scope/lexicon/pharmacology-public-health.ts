// Pharmacology beyond drug names and public-health vocabulary, in English, Spanish, French and German
// (folded; a hyphen joins the words of a phrase). Matched exactly, never as misspellings.
import { phraseSet } from './word-set';

/** Technical terms with no everyday sense: one is enough. */
const STRONG = `
prodrug prodrugs pharmacokinetic pharmacodynamic enterohepatic enterohepatic-recirculation
first-pass-effect first-pass-metabolism presystemic bioavailability bioequivalence bioequivalent bioavailable
volume-of-distribution therapeutic-index therapeutic-window therapeutic-drug-monitoring agonist agonists
partial-agonist inverse-agonist full-agonist receptor-antagonist competitive-antagonist allosteric
allosteric-modulation allosteric-modulator intrinsic-activity dose-response dose-response-curve ec50 ed50 ld50
td50 cmax tmax elimination-half-life first-order-kinetics zero-order-kinetics first-order-elimination
zero-order-elimination elimination-kinetics michaelis-menten cytochrome cyp450 cyp3a4 cyp2d6 cyp2c9 cyp2c19 p450
enzyme-inducer enzyme-inducers enzyme-inhibitor enzyme-inhibitors drug-interaction drug-interactions
renal-clearance hepatic-clearance plasma-protein-binding protein-binding trough-level peak-level
drug-metabolism metabolite metabolites excretion mg-kg mcg-kg
biodisponibilidad semivida agonista agonistas profarmaco efecto-de-primer-paso
volumen-de-distribucion indice-terapeutico farmacocinetica farmacodinamia
biodisponibilite agoniste agonistes promedicament effet-de-premier-passage volume-de-distribution
index-therapeutique marge-therapeutique pharmacocinetique
bioverfugbarkeit verteilungsvolumen first-pass-effekt therapeutische-breite
herd-immunity community-immunity vaccination-coverage vaccine-coverage immunisation-coverage
immunization-coverage vaccine-uptake vaccination-rate vaccination-rates basic-reproduction-number
reproduction-number screening-programme screening-programmes screening-programs social-determinants
determinants-of-health open-defecation handwashing hand-washing hand-hygiene fluoridation water-fluoridation
newborn-screening screen-newborns
vaccine-hesitancy anti-vax antivax antivaxxers mass-vaccination tobacco-control sugar-tax health-promotion
health-inequalities health-inequality global-health pandemic-preparedness disease-surveillance
inmunidad-de-grupo inmunidad-de-rebano cobertura-vacunal cribado salud-publica determinantes-sociales
immunite-collective immunite-de-groupe couverture-vaccinale depistage sante-publique prevalence
herdenimmunitat impfquote durchimpfungsrate inzidenz pravalenz vorsorgeuntersuchung offentliche-gesundheit
`;

/** Common in medicine, found elsewhere too ("receptor" in radio, "quarantine" in antivirus software). */
const COMMON = `
receptor receptors fluoride quarantine incidencia prevalencia length-time-bias lead-time-bias vaccination-campaign epidemiologist
`;

/** Words with a strong everyday or other-science sense ("clearance sale", "half-life of uranium"): two are needed. */
const FIGURATIVE = `
half-lives steady-state first-pass zero-order potency efficacy clearance antagonist antagonists ligand ligands
drinking-water chlorination chlorinate chlorinating chlorinated eradication eradicated eradicate sanitation
saneamiento agua-potable assainissement eau-potable trinkwasser demi-vie halbwertszeit
`;

export const PHARMACOLOGY_WEIGHT = { strong: 2, common: 1, figurative: 0.6 } as const;

function entries(block: string): readonly string[] {
  return [...phraseSet(block)];
}

/** Every pharmacology and public-health term (spaces between phrase words) with its weight. */
export function pharmacologyPublicHealthTerms(): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [block, weight] of [
    [STRONG, PHARMACOLOGY_WEIGHT.strong],
    [COMMON, PHARMACOLOGY_WEIGHT.common],
    [FIGURATIVE, PHARMACOLOGY_WEIGHT.figurative],
  ] as const) {
    for (const entry of entries(block)) if (!terms.has(entry)) terms.set(entry, weight);
  }
  return terms;
}
