// Medical synonyms for retrieval: each line is one concept, its spellings separated by "|" —
// abbreviations, the clinical term and the lay words students type. A query word or phrase found
// here is searched as all of them, so "MI", "heart attack" and "myocardial infarction" find the same
// cards. Abbreviations that are also English words (AS, OR, ER…) are listed in CAPITALS_ONLY below.

const GROUPS = `
mi | myocardial infarction | heart attack | stemi | nstemi
htn | hypertension | high blood pressure | hypertensive
hypotension | low blood pressure
hypok | hypokalemia | hypokalaemia | low potassium
hyperk | hyperkalemia | hyperkalaemia | high potassium
hypona | hyponatremia | hyponatraemia | low sodium
hyperna | hypernatremia | hypernatraemia | high sodium
hypocalcemia | hypocalcaemia | low calcium
hypercalcemia | hypercalcaemia | high calcium
hypomagnesemia | hypomagnesaemia | low magnesium
hypoglycemia | hypoglycaemia | low blood sugar | low glucose | hypo
hyperglycemia | hyperglycaemia | high blood sugar | high glucose
glucose | sugar | blood sugar | blood glucose
dm | diabetes mellitus | diabetes | sugar diabetes | diabetic
t1dm | type 1 diabetes | insulin dependent diabetes | iddm | juvenile diabetes
t2dm | type 2 diabetes | non insulin dependent diabetes | niddm | adult onset diabetes
dka | diabetic ketoacidosis | ketoacidosis
siadh | syndrome of inappropriate antidiuretic hormone | syndrome of inappropriate adh
di | diabetes insipidus
hhs | hyperosmolar hyperglycemic state | hyperosmolar hyperglycaemic state
cva | stroke | cerebrovascular accident | brain attack
tia | transient ischemic attack | transient ischaemic attack | mini stroke
sah | subarachnoid hemorrhage | subarachnoid haemorrhage | brain bleed
dvt | deep vein thrombosis | deep venous thrombosis | clot in the leg | leg clot
pe | pulmonary embolism | pulmonary embolus | clot in the lung | lung clot
vte | venous thromboembolism
thrombus | blood clot | clot | thrombosis
af | afib | a fib | atrial fibrillation | irregular heartbeat
vf | vfib | v fib | ventricular fibrillation
vt | ventricular tachycardia
svt | supraventricular tachycardia
tachycardia | fast heart rate | racing heart | fast heartbeat | fast pulse
bradycardia | slow heart rate | slow heartbeat | slow pulse
arrhythmia | dysrhythmia | abnormal heart rhythm
palpitations | heart pounding | fluttering in the chest
hf | chf | heart failure | cardiac failure | congestive heart failure
cad | chd | coronary artery disease | coronary heart disease | ischemic heart disease | ischaemic heart disease
acs | acute coronary syndrome
angina | chest pain | chest tightness
copd | chronic obstructive pulmonary disease | emphysema | chronic bronchitis
ards | acute respiratory distress syndrome
cap | community acquired pneumonia
pneumonia | lung infection | chest infection
tb | tuberculosis | consumption
uti | urinary tract infection | bladder infection | water infection
pid | pelvic inflammatory disease
sti | std | sexually transmitted infection | sexually transmitted disease | venereal disease
hiv | human immunodeficiency virus | aids
hbv | hepatitis b
hcv | hepatitis c
hav | hepatitis a
ebv | epstein barr virus | glandular fever | infectious mononucleosis | mono | mononucleosis
hsv | herpes simplex | cold sore | cold sores
vzv | varicella zoster | chickenpox | chicken pox | shingles | herpes zoster
mrsa | methicillin resistant staphylococcus aureus
gerd | gord | gastroesophageal reflux disease | gastro oesophageal reflux disease | acid reflux | heartburn | reflux
pud | peptic ulcer disease | peptic ulcer | stomach ulcer | gastric ulcer | duodenal ulcer
ibd | inflammatory bowel disease
ibs | irritable bowel syndrome | irritable bowel
uc | ulcerative colitis
gi bleed | gastrointestinal bleeding | gastrointestinal hemorrhage | gastrointestinal haemorrhage
aki | acute kidney injury | acute renal failure | kidney failure | renal failure
ckd | chronic kidney disease | chronic renal failure
esrd | end stage renal disease | end stage kidney disease
kidney stone | kidney stones | renal calculi | renal calculus | nephrolithiasis | urolithiasis
gallstones | gallstone | cholelithiasis
bph | benign prostatic hyperplasia | enlarged prostate | prostate enlargement
psa | prostate specific antigen
ra | rheumatoid arthritis
oa | osteoarthritis | wear and tear arthritis | degenerative joint disease
sle | lupus | systemic lupus erythematosus
gout | gouty arthritis
big toe | great toe | first metatarsophalangeal joint | first mtp joint
mole | moles | nevus | naevus | nevi | pigmented lesion
color | colour | colored | coloured
ms | multiple sclerosis
als | mnd | amyotrophic lateral sclerosis | motor neuron disease | motor neurone disease | lou gehrig disease
mg | myasthenia gravis | myasthenia
gbs | guillain barre syndrome | guillain barre
pd | parkinson disease | parkinson | parkinsonism
ad | alzheimer disease | alzheimer | alzheimers
epilepsy | seizure disorder | seizures | seizure | fits | convulsions
migraine | migraines | bad headache
adhd | attention deficit hyperactivity disorder
ocd | obsessive compulsive disorder
ptsd | post traumatic stress disorder
mdd | major depressive disorder | depression | depressed mood
bpd | bipolar disorder | bipolar | manic depression
ssri | ssris | selective serotonin reuptake inhibitor | selective serotonin reuptake inhibitors
snri | serotonin norepinephrine reuptake inhibitor
tca | tricyclic antidepressant | tricyclic antidepressants | tricyclics
maoi | monoamine oxidase inhibitor | monoamine oxidase inhibitors
nsaid | nsaids | non steroidal anti inflammatory drug | non steroidal anti inflammatory drugs | anti inflammatory
acei | ace inhibitor | ace inhibitors | angiotensin converting enzyme inhibitor
arb | arbs | angiotensin receptor blocker | angiotensin receptor blockers | angiotensin ii receptor blocker
ppi | ppis | proton pump inhibitor | proton pump inhibitors
ccb | calcium channel blocker | calcium channel blockers
beta blocker | beta blockers | beta adrenergic blocker
doac | noac | direct oral anticoagulant | direct oral anticoagulants
anticoagulant | anticoagulants | blood thinner | blood thinners | anticoagulation
diuretic | diuretics | water pill | water pills
analgesic | analgesics | painkiller | painkillers | pain relief | pain reliever
antipyretic | fever reducer
antibiotic | antibiotics | antibacterial
ecg | ekg | electrocardiogram | electrocardiography | heart tracing
eeg | electroencephalogram | brain wave test
echo | echocardiogram | echocardiography | heart ultrasound
cxr | chest x ray | chest radiograph | chest xray
ct | ct scan | computed tomography | cat scan
mri | magnetic resonance imaging | mri scan
lp | lumbar puncture | spinal tap
csf | cerebrospinal fluid | spinal fluid
cbc | fbc | complete blood count | full blood count | blood count
abg | arterial blood gas | blood gas
lft | lfts | liver function tests | liver function test
inr | international normalized ratio | prothrombin time | pt inr
bnp | b type natriuretic peptide | brain natriuretic peptide | nt probnp
hba1c | a1c | glycated hemoglobin | glycated haemoglobin | glycosylated hemoglobin
tsh | thyroid stimulating hormone | thyrotropin
gfr | egfr | glomerular filtration rate | kidney function
bmi | body mass index
bp | blood pressure
hr | heart rate | pulse
rr | respiratory rate | breathing rate
spo2 | oxygen saturation | sats
cpr | cardiopulmonary resuscitation | resuscitation
icu | intensive care unit | intensive care
hypothyroidism | underactive thyroid | low thyroid
hyperthyroidism | overactive thyroid | thyrotoxicosis
graves | graves disease
hashimoto | hashimoto thyroiditis
cushing | cushing syndrome | cushing disease | hypercortisolism | too much cortisol
addison | addison disease | primary adrenal insufficiency | adrenal insufficiency
pcos | polycystic ovary syndrome | polycystic ovarian syndrome
ivf | in vitro fertilization | in vitro fertilisation
preeclampsia | pre eclampsia | toxemia of pregnancy
ectopic pregnancy | tubal pregnancy
pregnancy | pregnant | expecting a baby
miscarriage | spontaneous abortion | pregnancy loss
menopause | the change | change of life
ida | iron deficiency anemia | iron deficiency anaemia | low iron
anemia | anaemia | low hemoglobin | low haemoglobin | low blood count
sickle cell anemia | sickle cell anaemia | sickle cell
dic | disseminated intravascular coagulation
itp | immune thrombocytopenia | immune thrombocytopenic purpura
ttp | thrombotic thrombocytopenic purpura
hus | hemolytic uremic syndrome | haemolytic uraemic syndrome
thrombocytopenia | low platelets | low platelet count
neutropenia | low neutrophils | low white cell count
all | acute lymphoblastic leukemia | acute lymphoblastic leukaemia
aml | acute myeloid leukemia | acute myeloid leukaemia
cll | chronic lymphocytic leukemia | chronic lymphocytic leukaemia
cml | chronic myeloid leukemia | chronic myeloid leukaemia
nhl | non hodgkin lymphoma
hodgkin | hodgkin lymphoma | hodgkin disease
cancer | malignancy | tumor | tumour | carcinoma | neoplasm
bcc | basal cell carcinoma
scc | squamous cell carcinoma
aaa | abdominal aortic aneurysm
as | aortic stenosis
or | operating room | operating theatre
pad | peripheral arterial disease | peripheral artery disease | peripheral vascular disease | claudication
ra fever | rheumatic fever
hcm | hocm | hypertrophic cardiomyopathy | hypertrophic obstructive cardiomyopathy
dcm | dilated cardiomyopathy
osa | obstructive sleep apnea | obstructive sleep apnoea | sleep apnea | sleep apnoea
ipf | idiopathic pulmonary fibrosis
cf | cystic fibrosis
gdm | gestational diabetes | gestational diabetes mellitus | diabetes in pregnancy
pph | postpartum hemorrhage | postpartum haemorrhage
scd | sickle cell disease
edh | extradural hematoma | extradural haematoma | epidural hematoma | epidural haematoma
sdh | subdural hematoma | subdural haematoma
crc | colorectal cancer | bowel cancer | colon cancer
adpkd | pkd | autosomal dominant polycystic kidney disease | polycystic kidney disease
gca | giant cell arteritis | temporal arteritis
pmr | polymyalgia rheumatica
nafld | non alcoholic fatty liver disease | fatty liver
ie | infective endocarditis | endocarditis
ptx | pneumothorax | collapsed lung
orthopnea | orthopnoea | breathless lying flat | lying flat | breathless when lying down
sob | dyspnea | dyspnoea | shortness of breath | breathlessness | difficulty breathing | breathless | short of breath
hemoptysis | haemoptysis | coughing up blood | blood in sputum
hematemesis | haematemesis | vomiting blood
melena | melaena | black stools | black tarry stools | tarry stools
hematochezia | haematochezia | rectal bleeding | blood in stool | bloody stool
hematuria | haematuria | blood in urine | bloody urine
epistaxis | nosebleed | nose bleed | nosebleeds
syncope | fainting | faint | passing out | blackout
pruritus | itching | itchy | itch
jaundice | icterus | yellow skin | yellowing of the skin | yellow eyes
edema | oedema | swelling | fluid retention | swollen legs | swollen ankles
fever | pyrexia | febrile | high temperature
rhinorrhea | rhinorrhoea | runny nose
cephalgia | headache | headaches
alopecia | hair loss | baldness
dysphagia | difficulty swallowing | trouble swallowing
odynophagia | painful swallowing
dysuria | painful urination | burning urination | pain on passing urine
polyuria | frequent urination | passing a lot of urine | peeing a lot
polydipsia | excessive thirst | very thirsty | always thirsty
tinnitus | ringing in the ears | ear ringing
vertigo | spinning sensation | dizziness | dizzy
diplopia | double vision
emesis | vomiting | throwing up
nausea | feeling sick | queasy
diarrhea | diarrhoea | loose stools | the runs
constipation | hard stools | cannot poop
dyspepsia | indigestion | upset stomach
obesity | obese | overweight
insomnia | cannot sleep | trouble sleeping | sleeplessness
anaphylaxis | anaphylactic shock | severe allergic reaction
urticaria | hives | nettle rash
eczema | atopic dermatitis
acne | acne vulgaris | pimples | spots
conjunctivitis | pink eye | red eye
otitis media | middle ear infection | ear infection
tonsillitis | sore throat | pharyngitis | strep throat
sinusitis | sinus infection
appendicitis | inflamed appendix
cholecystitis | gallbladder inflammation | gallbladder infection
pancreatitis | inflamed pancreas
hepatitis | liver inflammation
cirrhosis | liver cirrhosis | scarring of the liver
meningitis | brain infection | meningeal infection
sepsis | septicemia | septicaemia | blood poisoning | septic
shock | circulatory collapse
dehydration | dehydrated | fluid loss
malnutrition | undernutrition
vitamin b12 | b12 | cobalamin | cyanocobalamin
vitamin b1 | thiamine | thiamin
vitamin b9 | folate | folic acid
vitamin c | ascorbic acid
vitamin d | calciferol | cholecalciferol
vitamin k | phytomenadione | phytonadione
adrenaline | epinephrine
noradrenaline | norepinephrine
paracetamol | acetaminophen | tylenol
aspirin | acetylsalicylic acid | asa
salbutamol | albuterol | ventolin
glyceryl trinitrate | nitroglycerin | gtn | nitro
furosemide | frusemide | lasix
ciclosporin | cyclosporine
lidocaine | lignocaine
pethidine | meperidine
heart | cardiac | cardio
kidney | kidneys | renal
liver | hepatic
lung | lungs | pulmonary | respiratory
brain | cerebral
stomach | gastric
bowel | intestine | intestinal | gut
skin | dermal | cutaneous
blood vessel | vascular
bone | bones | skeletal | osseous
eye | eyes | ocular | ophthalmic
~symptom | symptoms | sx | signs | sign | presentation | presents | present | features | manifestations | clinical features
~treatment | tx | rx | mx | what to do | what to do for | meds | medication | medications | treat | treated | management | manage | therapy | drug of choice | cure
~first line | first choice | initial treatment | mainstay
~cause | causes | why | caused | etiology | aetiology | due to | leads to | results in
~risk factor | risk factors | predisposing factors | who gets | at risk | who is at risk | risk | risks | predispose | predisposes
~diagnosis | dx | find | detect | check for | labs | lab tests | blood tests | diagnose | diagnosed | test | tests | investigation | investigations | workup | confirm | gold standard
~complication | complications | cx | long term | long term effects | sequelae | can lead to | consequence
~mechanism of action | moa | mechanism | how does it work | works by | work | works | mode of action
~indication | indications | used for | uses | indicated | indicated for | used in | used to treat
~side effect | side effects | adverse effect | adverse effects | toxicity | adverse reaction
~contraindication | contraindications | contraindicated | should not be given | avoid
antidote | reversal agent | reversal | reverse | reversed
~prevention | prevent | prophylaxis | prophylactic
~pathophysiology | pathogenesis
~definition | defined | define | meaning
~normal range | reference range | normal value | normal level
~drug | drugs | medicine | medicines | agent | agents | pill | pills
overdose | poisoning | overdosage | od
child | children | baby | babies | infant | infants | toddler | toddlers | kid | kids | pediatric | paediatric
postpartum | post partum | after birth | after delivery | after giving birth | after childbirth
hemorrhage | haemorrhage | bleeding | bleed | heavy bleeding | blood loss
exertion | exertional | exercise | on exertion | physical activity
`;

/** Abbreviations that are English words too ("as", "or", "all"…): read as abbreviations only when typed in capitals. */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set([
  'as',
  'or',
  'all',
  'ad',
  'pd',
  'ms',
  'mg',
  'ie',
  'hr',
  'echo',
  'cap',
  'pe',
  'af',
  'ra',
  'oa',
  'cad',
  'pad',
  'mdd',
  'bpd',
  'lp',
  'rr',
  'sob',
  'aaa',
  'od',
  'acs',
]);

export interface SynonymGroup {
  /** Folded spellings, words separated by single spaces. */
  forms: string[];
  /**
   * What a question asks about a subject (treatment, cause, symptoms…), marked "~" above. The card that
   * answers often does not say the word ("Aspirin, PCI" answers "treatment of MI"), so such a concept
   * counts for less than the subject when a card is scored.
   */
  aspect: boolean;
}

export function synonymGroups(): SynonymGroup[] {
  return GROUPS.split('\n')
    .map((line) => {
      const aspect = line.trimStart().startsWith('~');
      const forms = line
        .replace('~', '')
        .split('|')
        .map((form) => form.trim())
        .filter((form) => form.length > 0);
      return { forms, aspect };
    })
    .filter((group) => group.forms.length > 1);
}
