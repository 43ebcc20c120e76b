// Medical word formation shared by English, Spanish, French and German: clinical suffixes (-itis,
// -ectomy, -emia…) and roots (cardio-, hepat-, nephr-…) that mark an unknown word as medical.

/** Suffixes with what they mean; checked on words of at least suffix length + 3 letters. */
export const MEDICAL_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['itis', 'inflammation'],
  ['itus', 'inflammation (misspelt -itis)'],
  ['lysis', 'breakdown'],
  ['lisis', 'breakdown'],
  ['lyse', 'breakdown'],
  ['itiden', 'inflammation'],
  ['emia', 'blood condition'],
  ['aemia', 'blood condition'],
  ['amie', 'blood condition'],
  ['emie', 'blood condition'],
  ['ectomy', 'surgical removal'],
  ['ectomia', 'surgical removal'],
  ['ectomie', 'surgical removal'],
  ['ektomie', 'surgical removal'],
  ['otomy', 'surgical incision'],
  ['ostomy', 'surgical opening'],
  ['plasty', 'surgical repair'],
  ['scopy', 'endoscopic examination'],
  ['scopia', 'endoscopic examination'],
  ['scopie', 'endoscopic examination'],
  ['skopie', 'endoscopic examination'],
  ['algia', 'pain'],
  ['algie', 'pain'],
  ['uria', 'urine finding'],
  ['urie', 'urine finding'],
  ['pathy', 'disease'],
  ['patia', 'disease'],
  ['pathie', 'disease'],
  ['penia', 'deficiency'],
  ['penie', 'deficiency'],
  ['plegia', 'paralysis'],
  ['plegie', 'paralysis'],
  ['rrhea', 'discharge'],
  ['rrhoea', 'discharge'],
  ['rrhoe', 'discharge'],
  ['rrea', 'discharge'],
  ['rrhee', 'discharge'],
  ['rrhage', 'bleeding'],
  ['rragia', 'bleeding'],
  ['rragie', 'bleeding'],
  ['cardia', 'heart rhythm'],
  ['kardie', 'heart rhythm'],
  ['pnea', 'breathing'],
  ['pnoea', 'breathing'],
  ['pnoe', 'breathing'],
  ['pnee', 'breathing'],
  ['emesis', 'vomiting'],
  ['iasis', 'infestation'],
  ['osis', 'condition'],
  ['ose', 'condition'],
  ['oma', 'tumour'],
  ['omas', 'tumour'],
  ['trophy', 'growth disorder'],
  ['megaly', 'enlargement'],
  ['megalie', 'enlargement'],
  ['megalia', 'enlargement'],
  ['cytosis', 'cell count'],
  ['iatrist', 'specialist'],
  ['iatra', 'specialist'],
  ['iatre', 'specialist'],
  ['iater', 'specialist'],
  ['tomie', 'surgical incision'],
  ['tomia', 'surgical incision'],
  ['ectasia', 'dilation'],
  ['ectasie', 'dilation'],
  ['ektasie', 'dilation'],
  ['plasia', 'abnormal growth'],
  ['plasie', 'abnormal growth'],
  ['rrhaphy', 'surgical suture'],
  ['pexy', 'surgical fixation'],
  ['cytes', 'cell'],
  ['cyte', 'cell'],
  ['zyten', 'cell'],
  ['blasts', 'precursor cell'],
  ['blast', 'precursor cell'],
  ['ostomie', 'surgical opening'],
  ['ostomia', 'surgical opening'],
  ['plastie', 'surgical repair'],
  ['plastia', 'surgical repair'],
  ['itides', 'inflammation'],
  ['paresis', 'weakness'],
  ['cele', 'herniation'],
  ['mastia', 'breast condition'],
  ['cephaly', 'head condition'],
  ['cephalus', 'head condition'],
  ['thorax', 'chest condition'],
  ['phylaxis', 'protection reaction'],
  ['somal', 'chromosome'],
  ['kinesia', 'movement disorder'],
];

/**
 * Greco-Latin prefixes that build clinical words with a root ("hypo" + "kal" → hypokalaemia,
 * "dys" + "phag" → dysphagia, "intra" + "cran" → intracranial). A prefix alone proves nothing
 * ("hyperlink", "polygon"), so a word counts only when a listed root follows the prefix.
 */
export const COMBINING_PREFIXES: readonly string[] = [
  'an',
  'hydro',
  'hypo',
  'hyper',
  'hipo',
  'hiper',
  'dys',
  'brady',
  'tachy',
  'taqui',
  'poly',
  'poli',
  'oligo',
  'peri',
  'endo',
  'intra',
  'micro',
  'macro',
  'hemi',
  'neo',
  'trans',
];

/** Roots that, after one of the prefixes above, make the word clinical. */
export const COMBINING_ROOTS: readonly string[] = [
  'kal',
  'natr',
  'calc',
  'magnes',
  'phosph',
  'glyc',
  'gluc',
  'glyk',
  'thyr',
  'tiroid',
  'tens',
  'volem',
  'xia',
  'xic',
  'xem',
  'capn',
  'lipid',
  'lipo',
  'chol',
  'album',
  'uric',
  'kines',
  'kinet',
  'phag',
  'fag',
  'pnea',
  'pnee',
  'pneic',
  'pnoe',
  'uri',
  'cardi',
  'kard',
  'card',
  'cyt',
  'zyt',
  'crani',
  'dural',
  'pleg',
  'troph',
  'trof',
  'plasi',
  'plasm',
  'menorr',
  'metriu',
  'metrio',
  'metrit',
  'derm',
  'arter',
  'ven',
  'reflex',
  'pigment',
  'perfus',
  'esthes',
  'aesthes',
  'asthes',
  'algesi',
  'acus',
  'phasi',
  'lex',
  'emes',
  'peps',
  'crin',
  'odont',
  'nephr',
  'hepat',
  'neur',
  'mening',
  'tuss',
  'pituit',
  'gonad',
  'spadia',
  'glossal',
  'glosse',
  'glossi',
  'glosso',
  'arthr',
  'ceph',
  'enceph',
];

/** Parts of German compound words that make the whole word medical ("Kopfschmerzen", "Lungenentzündung"). */
export const COMPOUND_PARTS: readonly string[] = [
  'schmerz',
  'entzund',
  'krankheit',
  'erkrankung',
  'infarkt',
  'insuffizienz',
  'blutung',
  'karzinom',
  'thrombo',
  'diabet',
  'impfung',
  'medikament',
  'tumor',
  'versagen-never',
].filter((part) => !part.endsWith('-never'));

/**
 * Suffixes that end many ordinary words too ("enclose", "mongoose", "detritus"): alone they are moderate
 * evidence; with a medical root or prefix in the same word ("arthrose", "cyanose") they count in full.
 */
export const WEAK_SUFFIXES: ReadonlySet<string> = new Set(['ose', 'itus']);

/** Endings of ordinary word families that a medical suffix would catch: Spanish "-duría" trades, French "-gamie". */
export const NON_MEDICAL_ENDINGS: readonly string[] = [
  'duria',
  'gamie',
  'gamia',
  'sperm',
  'sperms',
  'enturie',
  'fleurie',
];

/** Suffix matches that are ordinary words (folded). */
export const MORPHOLOGY_EXCEPTIONS = new Set(
  `
  carcoma carcomas aroma aromas diploma diplomas idioma idiomas paloma palomas broma bromas axioma genoma cromosoma
  oklahoma sarcoma-never stroma trauma traumas sintoma sintomas rhizoma goma gomas
  metamorphosis osmosis symbiosis hypnosis apotheosis diagnosis prognosis
  purpose suppose propose compose oppose expose dispose impose repose chose close rose dose hose pose nose those whose
  prose loose goose moose choose glucose lactose sucrose fructose cellulose verbose morose grandiose otiose
  diagnose prognose hypnose chose-fr cause cosa rosa
  analogue dialogue catalogue monologue epilogue prologue sociologue psychologue astrologue
  ideologue logo logos
  categoria  urie pique
  fuchsia media criteria bacteria-never
  apatia simpatia telepatia empatia empathy sympathy telepathy apathy antipathy
  psychopathy homeopathy osteopathy naturopathy
  trophy atrophy-never
  analysis catalysis electrolysis hydrolysis psychoanalysis analisis catalisis analyse katalyse dialyse-never
  habitus coitus-never
  sandblast sandblasts wapitis catalyse homoeopathy magenta angiosperm arthropod arthropods cockamamie dichotomy dichotomie dicotomia
  microscopy spectroscopy spectroscopie espectroscopia emeritus
  academia academie bohemia infamie polygamie monogamie nostalgia nostalgie luxuria penuria furia curia
  catalogo dialogo biologo prologo epilogo monologo
  `
    .split(/\s+/)
    .filter((word) => word.length > 0 && !word.endsWith('-never')),
);
