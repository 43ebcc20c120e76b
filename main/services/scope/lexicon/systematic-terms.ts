// Systematic medical vocabulary by topic (folded; a hyphen joins the words of a phrase): eponyms, labs and
// units, epidemiology and biostatistics, ethics, nutrition, organ systems and specialties, in en/es/fr/de.
// Lists cover whole classes of what students ask so that coverage does not depend on seen examples.

/** Eponymous diseases, syndromes and signs whose name is medical in nearly every use: one is enough. */
const EPONYMS_STRONG = `
addison alzheimer asperger  bartter behcet bells-palsy  bernard-soulier brugada budd-chiari
buerger burkitt chagas charcot charcot-marie-tooth conn creutzfeldt creutzfeldt-jakob crigler-najjar crohn
cushing dandy-walker de-quervain dressler dubin-johnson duchenne dupuytren ehlers-danlos eisenmenger
fabry fallot fanconi felty gaucher gilbert-syndrome gitelman goodpasture guillain guillain-barre hashimoto
henoch-schonlein hirschsprung hodgkin huntington kallmann kaposi kartagener kawasaki-disease klinefelter
korsakoff lambert-eaton legg-calve-perthes lesch-nyhan libman-sacks mallory-weiss marfan meckel meniere
munchausen niemann-pick osgood-schlatter paget-disease parkinson peutz-jeghers peyronie plummer-vinson 
prinzmetal raynaud  reye   shy-drager sjogren stevens-johnson sturge-weber takayasu
tay-sachs tourette treacher-collins von-willebrand waldenstrom wegener wernicke
wernicke-korsakoff whipple wilms wiskott-aldrich wolff-parkinson-white zollinger-ellison brown-sequard
turner-syndrome wilson-disease graves-disease horner-syndrome down-syndrome kawasaki-syndrome
bell-palsy cushing-syndrome cushings addisons crohns raynauds sjogrens
babinski brudzinski kernig chvostek trousseau-sign murphy-sign mcburney rovsing homans tinel phalen
virchow-triad beck-triad cushing-triad charcot-triad whipple-triad
korotkoff  frank-starling  poiseuille laplace-law
`;

/** Eponyms that are also ordinary surnames or words (Graves, Turner, Wilson, Bell…): evidence only in company. */
const EPONYMS_FIGURATIVE = `
half-life lead-time consent-form virchow sodium-hydroxide potassium-hydroxide calcium-carbonate sensitivity autonomy confidentiality sodium-chloride graves turner wilson horner paget gilbert kawasaki conn murphy barrett sheehan
`;

/** Commonly taught diseases, signs and structures that neither the core lexicon nor a word form catches. */
const DISEASES = `
achalasia actinic-keratosis addisonian albinism alopecia anencephaly ankylosing-spondylitis aphthous atelectasis
cachexia carpal-tunnel cholestasis claudication coarctation cretinism cryptorchidism diphtheria dysentery
ectopic-pregnancy encopresis enuresis erysipelas erythema fistula gastroparesis gigantism glioma gynecomastia
hemiparesis hirsutism hydrocele hydrocephalus hyperaldosteronism hyperparathyroidism hypoparathyroidism ileus
intussusception keratoconus lipoma microcephaly myopathy necrotizing-fasciitis nystagmus pemphigus pemphigoid
pilonidal pleurisy presbycusis priapism pruritus ptosis seborrheic syringomyelia uveitis varicocele vitiligo
volvulus tamponade cardiac-tamponade hemothorax haemothorax chylothorax pertussis whooping-cough scarlet-fever
rheumatic-fever status-epilepticus aortic-dissection placenta-previa placenta-praevia polycythemia-vera
tetralogy romberg cori-cycle krebs-cycle urea-cycle colles colles-fracture cyst cysts baker-cyst sebaceous torsades torsades-de-pointes bohr-effect haldane-effect virchow-node keloid keloids mediastinum mediastinal schilling-test light-criteria omentum retroperitoneum
retroperitoneal sclera choroid vestibulocochlear trigeminal hypoglossal glossopharyngeal oculomotor abducens
trochlear-nerve facial-nerve optic-nerve rectal-prolapse uterine-prolapse nasal-polyps colon-polyps
`;

/** Medical genetics: inheritance patterns and karyotypes. */
const GENETICS = `
autosomal autosomal-dominant autosomal-recessive x-linked x-linked-recessive heterozygous homozygous
penetrance karyotype trisomy monosomy aneuploidy nondisjunction mosaicism genetic-counseling genetic-counselling
`;

/** Lab tests, electrolytes, blood gases, units and reference ranges: flashcards ask these tersely. */
const LABS = `
serum plasma-osmolality serum-osmolality osmolality osmolarity electrolyte electrolytes anion-gap
natremia kalemia calcemia trousseau-sign pompe-disease needed-to-treat needed-to-harm urine-specific-gravity hyponatraemia hypernatraemia hypokalaemia hyperkalaemia hypocalcaemia hypercalcaemia
hypomagnesemia hypermagnesemia hypophosphatemia hyperphosphatemia hypoalbuminemia hyperuricemia
creatinine creatinine-clearance egfr gfr urea  blood-urea-nitrogen bilirubin albumin transaminase
transaminases alt-level ast-level alkaline-phosphatase ggt ldh troponin troponins d-dimer fibrinogen
prothrombin prothrombin-time inr aptt ptt bleeding-time platelet-count hemoglobin haemoglobin hematocrit
haematocrit mcv mch mchc reticulocyte reticulocytes ferritin transferrin tibc serum-iron b12-level folate
hba1c glycated-hemoglobin fasting-glucose oral-glucose-tolerance ogtt lipid-panel lipid-profile ldl hdl
triglyceride triglycerides tsh free-t4 t3 t4 thyroxine cortisol acth prolactin  ca-125 cea afp beta-hcg
hcg crp c-reactive-protein esr sedimentation-rate procalcitonin lactate arterial-blood-gas abg blood-gas
pao2 paco2 base-excess urinalysis urine-osmolality urine-sodium fena  blood-culture
blood-cultures gram-stain csf lumbar-puncture complete-blood-count full-blood-count cbc fbc lfts lft
liver-function-tests kidney-function renal-function u-and-e   
     
potassium-level serum-potassium serum-sodium serum-calcium plasma-potassium plasma-sodium
`;

/** Physiology and pharmacology concepts students are drilled on. */
const PHYSIOLOGY = `
bioavailability volume-of-distribution first-pass-metabolism clearance-rate therapeutic-index
loading-dose maintenance-dose steady-state-concentration agonist  
cardiac-output stroke-volume ejection-fraction preload afterload contractility frank-starling
action-potential resting-membrane-potential depolarization repolarization refractory-period
tidal-volume vital-capacity residual-volume dead-space  surfactant oxygen-dissociation
oxyhemoglobin oxyhaemoglobin hemoglobin-dissociation renin-angiotensin-aldosterone countercurrent
loop-of-henle glomerular-filtration glomerular-filtration-rate tubular-reabsorption acid-base
buffer-system henderson-hasselbalch coagulation-cascade clotting-cascade complement-system
innervation innervates innervated dermatome dermatomes myotome brachial-plexus cranial-nerve cranial-nerves
vagus phrenic sciatic-nerve median-nerve ulnar-nerve radial-nerve deltoid   
  sternocleidomastoid   diaphragmatic intercostal
`;

/** Epidemiology, public health and biostatistics (generic statistics words are weak or absent). */
const EPIDEMIOLOGY_STRONG = `
  nnt nnh odds-ratio relative-risk absolute-risk-reduction
relative-risk-reduction attributable-risk hazard-ratio positive-predictive-value negative-predictive-value
predictive-value likelihood-ratio pretest-probability pre-test-probability post-test-probability
sensitivity-and-specificity  case-control case-control-study cohort-study randomized-controlled-trial
randomised-controlled-trial clinical-trial clinical-trials case-fatality case-fatality-rate herd-immunity
incidence-rate prevalence-rate   epidemiological notifiable-disease contact-tracing
primary-prevention secondary-prevention tertiary-prevention vaccination-schedule screening-test screening-program quality-adjusted qaly dalys daly 
infant-mortality maternal-mortality public-health
`;

/** Medical ethics and law. */
const ETHICS = `
informed-consent non-maleficence nonmaleficence beneficence patient-autonomy
medical-ethics bioethics advance-directive advance-directives living-will dnr do-not-resuscitate
euthanasia assisted-suicide physician-assisted-suicide palliative palliative-care hospice
 patient-confidentiality hippocratic hippocratic-oath surrogate-decision-maker
decision-making-capacity medical-negligence malpractice duty-of-care gillick 
`;

/** Nutrition: vitamins, minerals and deficiency diseases. */
const NUTRITION = `
thiamine riboflavin niacin pyridoxine cobalamin folic-acid folate biotin ascorbic-acid vitamin-a vitamin-b1
vitamin-b12 vitamin-c vitamin-d vitamin-e vitamin-k calciferol cholecalciferol retinol tocopherol
iron-deficiency zinc-deficiency iodine-deficiency malnutrition undernutrition wernicke beriberi pellagra
scurvy rickets kwashiorkor marasmus malabsorption celiac coeliac
`;

/** Organ systems, specialties and procedures not already in the core lexicon. */
const SYSTEMS = `
cardiovascular-system respiratory-system nervous-system digestive-system urinary-system endocrine-system
musculoskeletal reproductive-system integumentary lymphatic-system hepatology pulmonology neonatology
geriatrics gerontology anesthesiology anaesthesiology otolaryngology ent-specialist orthopedics orthopaedics
traumatology hematologist haematologist infectiology dermatovenereology neurosurgery cardiothoracic
intensive-care critical-care emergency-medicine family-medicine general-practitioner internal-medicine
biopsy endoscopy colonoscopy bronchoscopy laparotomy thoracotomy craniotomy tracheostomy colostomy ileostomy
angiography arthroscopy cystoscopy mammography echocardiography electromyography
`;

/** Core anatomy, symptoms and disease words in Spanish, French and German not in the core lexicon. */
const OTHER_LANGUAGES = `
eutanasia atresia celiaca celiaco despolarizacion potasio sodio calcio magnesio natremia potasemia suero analitica hemograma bazo vesicula apendice
colecistitis pancreatitis gastritis tiroiditis esplenomegalia hepatomegalia cefalea disnea
potassium-serique kaliemie natremie calcemie bilan-sanguin numeration  vesicule appendicite
cholecystite pancreatite gastrite hypothyroidie hyperthyroidie cephalee dyspnee
morbus basedow morbus-basedow kalium natrium kalzium calcium-spiegel blutbild serumspiegel normwert laborwert laborwerte milz
gallenblase blinddarm blinddarmentzundung bauchspeicheldruse magenschleimhautentzundung schilddrusenunterfunktion
schilddrusenuberfunktion
`;

export const SYSTEMATIC_STRONG = [
  EPONYMS_STRONG,
  DISEASES,
  GENETICS,
  LABS,
  PHYSIOLOGY,
  EPIDEMIOLOGY_STRONG,
  ETHICS,
  NUTRITION,
  SYSTEMS,
  OTHER_LANGUAGES,
].join('\n');

/** Words with everyday senses that still lean medical: sensitivity, autonomy, confidentiality… */
export const SYSTEMATIC_COMMON = `
statistical-power type-i-error type-ii-error type-1-error type-2-error specificity life-expectancy chloride phosphate confounding confounder confounders observational-study
observational-studies lead-time-bias selection-bias recall-bias publication-bias meq mmol-l mg-dl mmhg cmh2o iu-l confidence-interval  screening-rate mortality-rate
 sodium-intake salt-intake
`;

/** Ask-words of flashcard lab questions: they add to a lab or electrolyte word, never decide alone. */
export const SYSTEMATIC_WEAK = `normal-range normal-value reference-range normal-level`;

export const SYSTEMATIC_FIGURATIVE = EPONYMS_FIGURATIVE;

/**
 * Eponyms (folded) that a lower-case word must never be read as a misspelling of: "crushing" is not
 * "Cushing", "gilded" not "Gilbert". A capitalised word may still be a misspelt eponym ("Cushings").
 */
export const EPONYMS: ReadonlySet<string> = new Set(
  `${EPONYMS_STRONG} ${EPONYMS_FIGURATIVE}`
    .split(/\s+/)
    .filter((word) => word.length > 0 && !word.endsWith('-never') && !word.includes('-')),
);
