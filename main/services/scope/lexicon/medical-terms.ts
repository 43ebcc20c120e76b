// Medical vocabulary in English, Spanish, French and German (folded: lower case, no diacritics), by weight.
// Strong terms are medical in nearly every use; common ones are medical in most; weak ones (doctor,
// health, treatment…) only add up with others, so "medical" alone never lets a question through.
import { SYSTEMATIC_COMMON, SYSTEMATIC_FIGURATIVE, SYSTEMATIC_STRONG, SYSTEMATIC_WEAK } from './systematic-terms';

/** Specific diseases, anatomy, physiology, tests and specialties: one is enough. */
const STRONG = `
abscess acidosis alkalosis allergy allergies allergic anaphylaxis anaphylactic anemia anaemia aneurysm angina
anorexia antibiotic antibiotics antibody antibodies anticoagulant anticoagulation antidepressant antihypertensive
antipsychotic antiviral anxiety aorta aortic appendicitis appendix arrhythmia arrhythmias arteries arterial arteriosclerosis
artery arthritis asthma asthmatic atherosclerosis atrial atrium autism autoimmune bacteremia bacteria bacterial biopsy
bladder bilirubin bradycardia bronchi bronchial bronchitis bronchiolitis cancer cancers carcinoma cardiac cardiology cardiomyopathy
cardiovascular cartilage cataract cerebellum cerebral cervical cervix chemotherapy chlamydia cholera cholesterol
chromosome cirrhosis colitis colonoscopy  concussion congenital conjunctivitis contraception contraceptive
coronary cortisol covid creatinine crohn cyanosis cystic cystitis dehydration delirium dementia dermatitis dermatology
diabetes diabetic diagnosis diagnose diagnosed dialysis diarrhea diarrhoea diastolic dizziness duodenum dyspnea
eclampsia eczema edema oedema electrolyte electrolytes embolism embolus emphysema encephalitis endocarditis endocrine
endometriosis endoscopy enzyme epidemiology epilepsy epileptic erythrocyte esophagus oesophagus estrogen oestrogen fracture
fractures gallbladder gallstones gastritis gastroenteritis gastrointestinal glaucoma glucose glomerular gonorrhea gout
haemoglobin hemoglobin hematology hemorrhage haemorrhage hemorrhoids hepatic hepatitis hernia herpes hypertension
hypotension hypothyroidism hyperthyroidism hypoglycemia hyperglycemia hypoxia immunization immunodeficiency infarction
infarct infection infections infectious inflammation inflammatory influenza insulin intubation ischemia ischaemia
ischemic jaundice ketoacidosis kidney kidneys lactation laparoscopy leukemia leukaemia leukocyte ligament liver lupus
lymphoma lymphocyte lymphocytes malaria mammogram mastectomy measles melanoma meningitis menopause menstrual
menstruation metabolism metastasis metastatic migraine miscarriage mitral mononucleosis mumps myocardial myocarditis
nausea neonatal neonate nephrology nephrotic nephritic neurology neurological neuron neurons neuropathy obesity obstetrics
oncology ophthalmology orthopedic orthopaedic osteoarthritis osteoporosis ovarian ovary ovaries ovulation pacemaker
palpitations pancreas pancreatitis paralysis parkinson parkinsons pathogen pathology pediatric paediatric pediatrics
pelvic penicillin pericarditis peritonitis pharmacology pharmacokinetics pharmacodynamics pharynx placenta platelet platelets
pleural pneumonia pneumothorax poliomyelitis polio postpartum preeclampsia pregnancy pregnant prenatal prostate
psoriasis psychiatric psychiatry psychosis pulmonary  radiology rash renal respiratory retina retinopathy
rheumatoid rheumatology rubella schizophrenia sclerosis scoliosis sepsis septic seizure seizures sinusitis spleen
spinal stenosis stethoscope stroke surgery surgical syncope syndrome syphilis systolic tachycardia tendon tendonitis
testosterone tetanus thrombosis thyroid tonsillitis trachea tuberculosis tumor tumour tumors ulcer ulcers ultrasound
urinary urine urology uterus uterine vaccination vaccine vaccines vagina vaginal varicella vasculitis ventricle
ventricular vertigo vomiting hypokalemia hyperkalemia hyponatremia hypernatremia hypercalcemia hypocalcemia
anticoagulants antiemetic analgesic analgesics anesthesia anaesthesia anesthetic antipyretic antihistamine diuretic
diuretics opioid opioids steroid steroids corticosteroid corticosteroids bronchodilator  radiotherapy
immunotherapy transplant transfusion fibrillation defibrillator defibrillation electrocardiogram echocardiogram
auscultation  murmurs palpation   ataxia aphasia dysphagia dysuria hematuria proteinuria
polyuria polydipsia hemoptysis haemoptysis hematemesis melena epistaxis tinnitus otitis glomerulonephritis nephron
alveoli alveolar hippocampus hypothalamus pituitary adrenal thalamus myelin axon synapse neurotransmitter dopamine
serotonin acetylcholine adrenaline epinephrine norepinephrine noradrenaline cortisone aldosterone renin angiotensin
hormone hormones hormonal gland glands insulin-resistance pathophysiology physiology anatomy histology embryology
microbiology immunology virology parasitology toxicology dosage contraindication contraindications overdose
side-effects pharmacist pharmacy vaccinated unvaccinated immunity antigen antigens cytokine cytokines macrophage
neutrophil neutrophils eosinophil eosinophils leukocytosis lymphadenopathy splenomegaly hepatomegaly ascites
hepatocellular cholecystitis pyelonephritis urethritis prostatitis vasectomy hysterectomy cesarean caesarean
episiotomy amniocentesis fetal fetus foetus embryo trimester gestational gestation preterm breastfeeding 
croup bronchiectasis fibrosis sarcoidosis hemophilia haemophilia thalassemia sickle-cell thrombocytopenia
neutropenia pancytopenia leukopenia anticoagulated warfarinised  clots clotting coagulation thrombus
hypertrophy atrophy dystrophy neuralgia fibromyalgia sciatica lumbago osteomyelitis osteomalacia rickets scurvy
kwashiorkor marasmus beriberi pellagra goiter goitre cushing addison hashimoto alzheimer alzheimers huntington
guillain-barre myasthenia ebola zika dengue typhoid leprosy rabies smallpox monkeypox mpox shingles chickenpox
hiv sars mers coronavirus norovirus rotavirus hepatocyte hepatocytes cardiomyocyte glycolysis gluconeogenesis
ketones ketosis lactate acidemia hematocrit hemolysis haemolysis hemolytic erythropoietin ferritin transferrin
albumin globulin immunoglobulin troponin natriuretic lipase amylase urea urinalysis spirometry
sphygmomanometer oximeter oximetry pulse-oximeter pulse-oximetry otoscope ophthalmoscope endotracheal catheter catheterization cannula suture sutures stitches
incision anesthesiologist anaesthetist surgeon surgeons cardiologist neurologist oncologist dermatologist
pediatrician paediatrician psychiatrist gynecologist gynaecologist obstetrician urologist radiologist pathologist
nephrologist endocrinologist gastroenterologist rheumatologist ophthalmologist optometrist physiotherapy
physiotherapist chiropractor midwife paramedic paramedics triage resuscitation cpr tourniquet 
insomnia narcolepsy apnea apnoea hypersomnia adhd bipolar depressive antipsychotics anxiolytic hallucinations
delusions suicidal suicide self-harm bulimia addiction withdrawal alcoholism detox
tachypnea bradypnea wheezing wheeze stridor crackles rales rhonchi  phlegm sputum mucus
constipation hemorrhoid bloating heartburn reflux dyspepsia indigestion flatulence incontinence
dermatological acne rosacea urticaria  impetigo cellulitis scabies  fungal ringworm candidiasis 
conjunctiva cornea corneal  lens-opacity myopia hyperopia astigmatism presbyopia strabismus amblyopia
cochlea eardrum tympanic vestibular larynx laryngitis pharyngitis epiglottitis tonsils adenoids
femur tibia fibula humerus radius-fracture ulna clavicle scapula pelvis sternum vertebra vertebrae patella
meniscus acl rotator-cuff sprain sprains dislocation osteoporotic bone-density
thrombolysis angioplasty stent stents bypass-surgery cabg valve-replacement
mri ct-scan x-ray xray radiograph ecg ekg eeg emg
ovulation fertility infertility ivf endometrium menstruation amenorrhea dysmenorrhea pms pcos
erectile impotence libido prostatectomy circumcision testicular scrotal
hypoglycemic hyperglycemic glycemic glycaemic insulin-dependent antidiabetic
nephropathy nephrolithiasis kidney-stones urolithiasis
preload afterload stroke-volume ejection-fraction cardiac-output
henle nephrons serum plasma-level painkiller painkillers nosebleed nosebleeds slurred-speech facial-droop benzodiazepine benzodiazepines potassium-level sodium-level hyperlipidemia lungenembolie embolie-pulmonaire embolia-pulmonar vital-signs blood-test blood-tests heart-attack heart-failure heart-disease chest-pain blood-pressure blood-sugar high-blood-pressure low-blood-sugar white-blood-cell red-blood-cell bone-marrow spinal-cord lymph-node lymph-nodes sore-throat runny-nose panic-attack sleep-apnea kidney-failure liver-failure organ-failure common-cold side-effect side-effects first-aid mental-illness eating-disorder birth-control morning-sickness mood-disorder
beta-blocker beta-blockers ace-inhibitor ace-inhibitors calcium-channel-blocker calcium-channel-blockers statins proton-pump-inhibitor anticonvulsant anticonvulsants antiarrhythmic antiplatelet thrombolytic thrombolytics immunosuppressant immunosuppressants corticoid corticoids corticoides laxative laxatives antacid antacids anxiolytics sedative sedatives plasmodium falciparum staphylococcus streptococcus mycobacterium escherichia salmonella listeria clostridium pseudomonas klebsiella candida aspergillus helicobacter pylori treponema borrelia giardia toxoplasma neisseria legionella hypersensitivity cerebrospinal ganglia basal-ganglia plexus brainstem medulla diaphragm diafragma zwerchfell inmunitario immunitaire immunsystem immune-system nervio nerv nervus musculus muskel musculo muscle-fibre poisoning carbon-monoxide-poisoning food-poisoning ingestion ingested toxicity toxic-dose antidote bloquants betabloquants betabloqueantes betablocker hemmer gerinnung blutgerinnung coagulacion siadh qt-prolongation qt-interval curb-65 community-acquired-pneumonia
capillary capillaries arteriole arterioles venule venules endothelium endothelial epithelium epithelial mucosa submucosa peritoneum pleura pericardium meninges dura arachnoid cerebrum cortex-cerebral ventricles atria septum myocardium endocardium hepatocyte nephrons glomerulus glomeruli tubule tubules ureter ureters urethra prostate-gland testis testes epididymis fallopian endometrial cervix-uteri mammary lactating ileum jejunum cecum caecum sigmoid rectal anal esophageal gastric biliary bile hepatobiliary pancreatic splenic thymus tonsil adenoid sinusoid portal-vein vena-cava jugular carotid femoral radial-artery brachial popliteal subclavian coronary-artery pulmonary-artery mesenteric hemostasis homeostasis osmolality osmolarity oncotic hydrostatic filtration-rate perfusion ventilation oxygenation hypoxemia hypercapnia hypocapnia acidaemia alkalaemia anion bicarbonate lactic-acidosis rhabdomyolysis hemolysis dialysis paralysis diverticulitis diverticulosis diverticulum cholangitis cholelithiasis appendectomy cholecystectomy tonsillectomy colectomy nephrectomy thyroidectomy phenylketonuria galactosemia cystinuria porphyria hemochromatosis wilson-disease gcs apgar glasgow-coma-scale qsofa news2 wells-score chads2 cha2ds2-vasc sodbrennen magenschmerz ubelkeit schwindelgefuhl atemnot ohnmacht hautausschlag juckreiz durchfall verstopfung brulures-d-estomac nausees vertige evanouissement eruption demangeaisons acidez ardor-de-estomago desmayo sarpullido picazon comezon estrenimiento crise-d-asthme crisis-asmatica asthmaanfall
`;

/** Clearly medical in most uses, but also found elsewhere ("heart", "pain", "blood", "cell"…). */
const COMMON = `
disease diseases illness illnesses symptom symptoms  sickness fever headache headaches migraine  
ache aches sore cough coughing  flu infection injury injuries wound wounds  blood bruise bruising
heart lung lungs brain stomach abdomen abdominal chest breath breathing breathe nerve nerves muscle muscles bone
bones skin   throat ear ears eye eyes tooth teeth dental dentist spine back-pain neck shoulder knee
hip ankle wrist elbow   organ organs tissue cell cells gene genes genetic dna protein metabolic
medication medications   drug drugs pill pills       
   vitamin vitamins supplement supplements nutrient nutrients   
       therapy therapist      vaccine
virus viral viruses bacterium germ germs contagious epidemic pandemic outbreak 
 obesity overweight bmi    fatigue fatigued exhausted dizzy faint fainting
swelling swollen itchy itching itch numb numbness tingling cramp cramps spasm spasms tremor shaking
hurt hurts hurting   scar scarring pus inflamed infected fracture broken-bone
vomit vomiting nauseous diarrhoea diarrhea   pregnant  childbirth labor-pain
urine stool bowel bowels colon intestine intestines rectum anus kidney liver gallbladder pancreas
allergic sneezing sneeze runny-nose congestion sinus sinuses
depression depressed anxious panic mental-health psychological psychologist  trauma ptsd ocd
surgery   rehabilitation rehab prognosis mortality morbidity incidence prevalence
      nicotine  
 ambulance  icu 
cholesterol blood-sugar sugar-level pressure-reading heartbeat heart-rate
pulse murmur thrush hives reflex reflexes clot lice colic coma chemo      ordonnance schwindel geburt sick burn burns nicotine-patch common-cold cold-sore dolor-de-cabeza mal-de-tete mal-de-gorge dolor-de-garganta
potassium sodium calcium magnesium electrolytes joints drooping slurred falls-in-elderly nutrition-deficiency deficiency vitamin-d iron-deficiency overdosed breathless unconscious unresponsive seizing choking bleeding-heavily collapse collapsed
muscle-pain joint-pain pain-relief pain-killer abdominal-pain pain-in-chest
inhaler inhalers asbestos asbestosis hearing-loss hearing-aid hearing-aids
`;

/** Medical words often used figuratively ("cure a ham", "pain points", "nurse shark"): two are needed. */
const FIGURATIVE = `
cure cured prescribe prescribed prescription dose doses dosing pain painful bleeding nurse nursing hospital clinic
patient patients medicine medicines immune paciente pacientes patienten clinical
`;

/** Generic words: only evidence in company ("medical", "health", "doctor", "treatment"…). */
const WEAK = `
medical health healthy doctor doctors physician physicians treatment treatments healthcare care 
test tests exam examination screening scan checkup check-up body bodies condition conditions risk risks
cause causes complication complications chronic acute severe mild 
medico medica medicos medicina salud doctora tratamiento tratamientos enfermera
medecin medicale  sante soin soins traitement infirmiere
arzt arztin arzte gesundheit behandlung medizin medizinisch krankenschwester pflege
cold exercise weight sleep tired recovery tablet tablets capsule capsules period periods birth treat treated treating emergency alcohol tobacco smoking smoker caffeine hygiene sanitation joint joints vein veins diet calorie calories ward cannabis nutrition fitness wellness symptomatic prevent prevention
`;

/** Spanish, French and German medical words (strong unless listed as common). */
const STRONG_OTHER = `
enfermedad enfermedades sintoma sintomas diabetes hipertension infarto miocardio corazon pulmon pulmones rinon rinones
higado cerebro sangre fiebre tos dolor dolores  estomago vomitos nauseas diarrea mareo mareos
insuficiencia neumonia tuberculosis asma cancer tumor quimioterapia vacuna vacunas embarazo embarazada parto
medicamento medicamentos farmaco farmacos antibiotico antibioticos analgesico pastilla pastillas 
cardiaco cardiaca arterial arterias venas glucosa insulina colesterol tiroides hepatitis cirrosis anemia leucemia
derrame ictus convulsion convulsiones epilepsia demencia depresion ansiedad esquizofrenia infeccion infecciones
inflamacion fractura huesos hueso articulaciones rodilla riñon orina urinaria alergia alergias hipoglucemia
diagnostico sindrome cirugia quirurgico   hospitalizacion urgencias presion-arterial
embolia trombosis septicemia sepsis ictericia varicela sarampion paperas gripe resfriado catarro estreñimiento
maladie maladies symptome symptomes hypertension infarctus coeur poumon poumons   foie cerveau  fievre
toux douleur douleurs vomissements diarrhee vertiges insuffisance pneumonie asthme cancer tumeur chimiotherapie
vaccin vaccins grossesse enceinte accouchement medicament medicaments antibiotique antibiotiques 
cardiaque arterielle arteres veines glycemie insuline cholesterol thyroide hepatite cirrhose anemie leucemie
avc convulsions epilepsie demence anxiete schizophrenie infection infections inflammation fracture 
articulations genou urine urinaire allergie allergies hypoglycemie diagnostic syndrome chirurgie  
hospitalisation urgences tension-arterielle embolie thrombose septicemie jaunisse varicelle rougeole oreillons
grippe rhume constipation migraine migraines nausee nausees
krankheit krankheiten symptom symptome bluthochdruck herzinfarkt herz lunge lungen niere nieren leber gehirn blut
fieber husten schmerz schmerzen erbrechen durchfall  insuffizienz lungenentzundung asthma krebs tumor
chemotherapie impfung impfstoff schwangerschaft schwanger  medikament medikamente arzneimittel antibiotikum
antibiotika  herzens arterien venen blutzucker insulin cholesterin schilddruse hepatitis leberzirrhose
anamie leukamie schlaganfall krampfanfall epilepsie demenz  schizophrenie infektion infektionen entzundung
knochenbruch knochen gelenke knie urin harnwege allergie allergien unterzuckerung diagnose syndrom 
  krankenhaus notaufnahme embolie thrombose blutvergiftung gelbsucht windpocken masern mumps
grippe erkaltung verstopfung migrane ubelkeit kopfschmerzen bauchschmerzen brustschmerzen ruckenschmerzen
halsschmerzen zahnschmerzen magenschmerzen atemnot kurzatmigkeit herzrasen herzschwache nierenversagen
`;

export type TermStrength = 'strong' | 'common' | 'figurative' | 'weak';

export const TERM_WEIGHT: Record<TermStrength, number> = { strong: 2, common: 1, figurative: 0.6, weak: 0.4 };

function words(block: string): string[] {
  return block.split(/\s+/).filter((word) => word.length > 0);
}

/** Every term with its strength; a hyphenated entry is a two-word phrase ("back-pain" = "back pain"). */
export function medicalTerms(): Map<string, TermStrength> {
  const terms = new Map<string, TermStrength>();
  // Later blocks never downgrade an earlier, stronger entry.
  const add = (block: string, strength: TermStrength) => {
    for (const word of words(block)) {
      const key = word.replace(/-/g, ' ');
      if (!terms.has(key)) terms.set(key, strength);
    }
  };
  add(STRONG, 'strong');
  add(STRONG_OTHER, 'strong');
  // Figurative eponyms (Graves, Turner…) go before the strong systematic lists so they stay figurative.
  add(SYSTEMATIC_FIGURATIVE, 'figurative');
  add(SYSTEMATIC_STRONG, 'strong');
  add(COMMON, 'common');
  add(SYSTEMATIC_COMMON, 'common');
  add(FIGURATIVE, 'figurative');
  add(WEAK, 'weak');
  add(SYSTEMATIC_WEAK, 'weak');
  return terms;
}
