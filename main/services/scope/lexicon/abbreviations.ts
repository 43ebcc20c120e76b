// Medical abbreviations. Unambiguous ones match in any case ("copd", "hba1c"; Spanish and French ones too: "EPOC",
// "BPCO", "AVC"); those that are also ordinary words or other jargon ("MI", "PE", "ER", "AIDS", "PPI") only match
// as typed in capitals.

/** Match in any case: no common non-medical meaning. */
const ANY_CASE = `
copd dka hhs hba1c a1c ecg ekg eeg emg mri fmri dvt uti utis gerd adhd hiv aids-hiv ards aki ckd chf cabg stemi nstemi
tia cva ibs ibd sle hpv hsv ebv cmv rsv gfr egfr ldl hdl vldl tsh acth adh pcos bph psa nsaid nsaids ssri ssris snri snris
acei arb arbs cpr bmi inr aptt ptt cbc abg csf afib a-fib vfib v-fib svt pvc pvcs lvh lvef hfref hfpef nafld nash
gbs mrsa vre tb ptsd ocd asd ppd iud iuds hrt ivf std stds sti stis hcv hbv hav icp sirs mods ards jvp
bpm mmhg mg/dl t2dm t1dm dm2 dm1 iddm niddm cll cml aml hodgkin nhl mgus itp ttp hus dic pe-ct ctpa
nicu picu ecmo cpap bipap peep fev1 fvc spo2 pao2 paco2 hco3 bun alt ast-alt alp ggt ldh crp esr ana anca
rbc wbc hgb mcv ckmb bnp ntprobnp trop lft lfts ufe ua ugib lgib ercp egd tpn ngt peg-tube
covid covid-19 sars-cov-2 h1n1 mers-cov ebola icd cyp
epoc bpco avc vih sida tvp
`;

/** Match only in capitals as typed: each is also a common word or non-medical acronym in lower case. */
const UPPER_ONLY = `
MI PE ER MS AS RA OA HR BP RR CT CF PT ICU OR ED GI ENT OB GYN OBGYN PID PPI ACE AF HF CHD CAD PAD CKD ALS MND
AIDS STD UTI HTN DM IV IM PO PRN BID TID QID NPO DNR ECT TBI SAH SDH ICH MS-DOS-never LP ABX CXR KUB
HbA1c PCR RSV COVID HIV TB MRSA DVT GERD ADHD AST ALT FSH LH hCG HCG PTH T3 T4 GH IGF-1 ACL MCL PCL MD CK R0
`;

/**
 * Any-case abbreviations that other fields use too (STD in C++, CBC in encryption, ICU for Unicode, BMI the
 * music rights society, TB of storage): like the capitals-only ones, they yield to another field named in the
 * question.
 */
const SHARED_WITH_OTHER_FIELDS = `
std stds cbc icu bmi hdl psa bpm uti utis chf alt gcs pms ana ua nhl aml asd mods sirs bun trop peep tia dic cpr
ppd ivf hav itp ttp tb ms er pe
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((word) => word.length > 0 && !word.endsWith('-never'));
}

/** Folded (lower-case) abbreviations that match in any case. */
export function anyCaseAbbreviations(): Set<string> {
  return new Set(words(ANY_CASE));
}

/** Abbreviations that match only when typed exactly like this (capitals). */
export function upperOnlyAbbreviations(): Set<string> {
  return new Set(words(UPPER_ONLY));
}

/** Folded abbreviations that another field shares, whatever the case they are matched in. */
export function sharedAbbreviations(): Set<string> {
  return new Set(words(SHARED_WITH_OTHER_FIELDS));
}
