// Common clinical abbreviations and what they stand for, so "MI" in an answer counts for "myocardial
// infarction" on the card (and the other way round). Only unambiguous ones: in a short answer to a
// medical card, "pe" means pulmonary embolism, but "ms" could be milliseconds and "mg" milligrams.
// Expansions are written as the tokenizer splits words (hyphens split), so both spellings meet.

const EXPANSIONS: Readonly<Record<string, string>> = {
  mi: 'myocardial infarction',
  stemi: 'st elevation myocardial infarction',
  htn: 'hypertension',
  dm: 'diabetes mellitus',
  t1dm: 'type 1 diabetes mellitus',
  t2dm: 'type 2 diabetes mellitus',
  dka: 'diabetic ketoacidosis',
  copd: 'chronic obstructive pulmonary disease',
  chf: 'congestive heart failure',
  hf: 'heart failure',
  af: 'atrial fibrillation',
  afib: 'atrial fibrillation',
  dvt: 'deep vein thrombosis',
  pe: 'pulmonary embolism',
  uti: 'urinary tract infection',
  ckd: 'chronic kidney disease',
  aki: 'acute kidney injury',
  cva: 'cerebrovascular accident',
  tia: 'transient ischemic attack',
  gerd: 'gastroesophageal reflux disease',
  ibd: 'inflammatory bowel disease',
  ibs: 'irritable bowel syndrome',
  sle: 'systemic lupus erythematosus',
  ra: 'rheumatoid arthritis',
  oa: 'osteoarthritis',
  tb: 'tuberculosis',
  bp: 'blood pressure',
  hr: 'heart rate',
  bmi: 'body mass index',
  ecg: 'electrocardiogram',
  ekg: 'electrocardiogram',
  mri: 'magnetic resonance imaging',
  ct: 'computed tomography',
  gi: 'gastrointestinal',
  nsaid: 'non steroidal anti inflammatory drug',
  nsaids: 'non steroidal anti inflammatory drugs',
  acei: 'angiotensin converting enzyme inhibitor',
  arb: 'angiotensin receptor blocker',
  ssri: 'selective serotonin reuptake inhibitor',
  ppi: 'proton pump inhibitor',
  ards: 'acute respiratory distress syndrome',
  sob: 'shortness of breath',
  k: 'potassium',
  na: 'sodium',
};

/** The words an abbreviation (folded, lower case) stands for, or null when it is not one we know. */
export function expandAbbreviation(word: string): string[] | null {
  const expansion = Object.hasOwn(EXPANSIONS, word) ? EXPANSIONS[word] : undefined;
  return expansion === undefined ? null : expansion.split(' ');
}
