// Labeled questions for the retrieval eval: kind | question | facts that answer it (see eval-deck.ts;
// every card stating one of them is relevant). "none": no card in the deck answers it. Questions
// alternate between the dev half (even lines) and the test half (odd lines).
export const QUESTIONS = `
direct|What is the first-line treatment for myocardial infarction?|mi:treatment
direct|How is a pulmonary embolism diagnosed?|pe:diagnosis
direct|What causes infective endocarditis?|ie:cause
direct|What are the symptoms of aortic stenosis?|as_valve:presentation
direct|How do you treat cardiac tamponade?|tamponade:treatment
direct|What are the risk factors for abdominal aortic aneurysm?|aaa:risk
direct|Complications of Crohn disease|crohn:complication
direct|How is celiac disease diagnosed?|celiac:diagnosis
direct|What is the treatment of acute pancreatitis?|pancreatitis:treatment
direct|What causes Wilson disease?|wilson:cause
direct|How does nephrotic syndrome present?|nephrotic:presentation
direct|What is the treatment for hyperkalemia?|hyperk:treatment
direct|Management of diabetic ketoacidosis|dka:treatment
direct|How is Addison disease diagnosed?|addison:diagnosis
direct|What is Cushing syndrome?|cushing:def
direct|Treatment of pheochromocytoma|pheo:treatment
direct|What causes SIADH?|siadh:cause
direct|What is the treatment of status epilepticus?|status_epi:treatment
direct|How does subarachnoid hemorrhage present?|sah:presentation
direct|How is multiple sclerosis diagnosed?|ms:diagnosis
direct|What is the treatment of myasthenia gravis?|mg:treatment
direct|What causes Guillain-Barre syndrome?|gbs:cause
direct|Complications of sickle cell disease|sickle:complication
direct|How is hemophilia A diagnosed?|hemophilia:diagnosis
direct|What is the treatment of chronic myeloid leukemia?|cml:treatment
direct|How does multiple myeloma present?|myeloma:presentation
direct|What is the treatment of falciparum malaria?|malaria:treatment
direct|How is gout diagnosed?|gout:diagnosis
direct|Treatment of giant cell arteritis|gca:treatment
direct|What are the risk factors for osteoporosis?|osteoporosis:risk
direct|What is the treatment of anaphylaxis?|anaphylaxis:treatment
direct|How is paracetamol overdose treated?|paracetamol_od:treatment
direct|What is the treatment of pre-eclampsia?|preeclampsia:treatment
direct|Causes of postpartum hemorrhage|pph:cause
direct|How is PCOS diagnosed?|pcos:diagnosis
direct|What is the treatment of alcohol withdrawal?|alcohol_withdrawal:treatment
direct|Symptoms of Wernicke encephalopathy|wernicke:presentation
direct|How is psoriasis treated?|psoriasis:treatment
direct|What is the treatment of acute angle-closure glaucoma?|glaucoma:treatment
direct|What causes croup?|croup:cause
drug|What is the mechanism of action of metformin?|metformin:mechanism
drug|What are the side effects of amiodarone?|amiodarone:adverse
drug|What is the antidote for heparin?|heparin:monitoring
drug|How is warfarin reversed?|warfarin:monitoring vitamin_k:indication
drug|What are the adverse effects of lithium?|lithium:adverse
drug|What is clozapine used for?|clozapine:indication
drug|What should be monitored with clozapine?|clozapine:monitoring
drug|Mechanism of action of clopidogrel|clopidogrel:mechanism
drug|Contraindications of sildenafil|sildenafil:contraindication
drug|What class of drug is tamsulosin?|tamsulosin:class
drug|Side effects of phenytoin|phenytoin:adverse
drug|How does allopurinol work?|allopurinol:mechanism
drug|What is the reversal agent for dabigatran?|dabigatran:monitoring
drug|Adverse effects of methotrexate|methotrexate:adverse
drug|What is rifampicin used for?|rifampicin:indication
drug|Side effects of isoniazid|isoniazid:adverse
drug|Mechanism of furosemide|furosemide:mechanism
drug|What are the side effects of ACE inhibitors like ramipril?|ramipril:adverse
drug|How does digoxin work?|digoxin:mechanism
drug|What is the antidote to opioid overdose?|naloxone:indication morphine:monitoring
abbreviation|MI treatment|mi:treatment
abbreviation|tx of DKA|dka:treatment
abbreviation|What does COPD stand for?|copd:abbr
abbreviation|dx of PE|pe:diagnosis
abbreviation|risk factors for DVT|dvt:risk
abbreviation|AF anticoagulation|af:treatment
abbreviation|causes of AKI|aki:cause
abbreviation|CKD complications|ckd:complication
abbreviation|HTN treatment|htn:treatment
abbreviation|hypoK ECG changes|hypok:diagnosis
abbreviation|what causes hyperK|hyperk:cause
abbreviation|T2DM first line drug|t2dm:treatment metformin:indication
abbreviation|SLE symptoms|sle:presentation
abbreviation|RA treatment|ra:treatment
abbreviation|GBS presentation|gbs:presentation
abbreviation|TIA management|tia:treatment
abbreviation|UC vs Crohn: what is UC|uc:def
abbreviation|SAH diagnosis|sah:diagnosis
abbreviation|HCV treatment|hep_c:treatment
abbreviation|IE diagnosis Duke criteria|ie:diagnosis
abbreviation|ARDS causes|ards:cause
abbreviation|OSA treatment|osa:treatment
abbreviation|BPH meds|bph:treatment
abbreviation|ALL in children presentation|all:presentation
abbreviation|SSRI side effects|sertraline:adverse
abbreviation|MOA of PPI omeprazole|omeprazole:mechanism
abbreviation|NSAID adverse effects ibuprofen|ibuprofen:adverse
abbreviation|GERD tx|gerd:treatment
abbreviation|DIC labs|dic:diagnosis
abbreviation|ITP treatment|itp:treatment
misspelling|symtoms of apendicitis|appendicitis:presentation
misspelling|treatment of pnemonia|cap:treatment
misspelling|diagnosis of tuberculossis|tb:diagnosis
misspelling|causes of hyponatremia|hypona:cause
misspelling|schizophrenia treatmant|schizophrenia:treatment
misspelling|how to treat anaphylaxsis|anaphylaxis:treatment
misspelling|complications of cirrhossis|cirrhosis:complication
misspelling|presentation of hypothyroidisim|hypothyroid:presentation
misspelling|pheochromocytoma symptons|pheo:presentation
misspelling|causes of pancreatitus|pancreatitis:cause
misspelling|meningitis treatement|meningitis:treatment
misspelling|endometreosis diagnosis|endometriosis:diagnosis
misspelling|side efects of amitriptylline|amitriptyline:adverse
misspelling|mechanism of levothyroxin|levothyroxine:mechanism
misspelling|hemochromatosys treatment|hemochromatosis:treatment
misspelling|what is sarcoidossis|sarcoid:def
misspelling|parkinsons disease treatment|parkinson:treatment
misspelling|alzheimers risk factors|alzheimer:risk
misspelling|colecystitis treatment|cholecystitis:treatment
misspelling|diagnosis of gestational diabetis|gdm:diagnosis
lay|what to do for a heart attack|mi:treatment
lay|how do doctors find a blood clot in the lung|pe:diagnosis
lay|why do people get kidney stones|kidney_stones:cause
lay|what happens with high blood pressure long term|htn:complication
lay|signs of low potassium|hypok:presentation
lay|what is high potassium treated with|hyperk:treatment
lay|what causes a stomach ulcer|pud:cause
lay|bladder infection treatment|uti:treatment
lay|what causes an irregular heartbeat|af:cause
lay|signs of an underactive thyroid|hypothyroid:presentation
lay|overactive thyroid treatment|hyperthyroid:treatment
lay|low blood sugar treatment|hypoglyc:treatment
lay|what is a mini stroke|tia:def
lay|yellow skin and itching causes in the liver|cirrhosis:presentation
lay|treatment of a collapsed lung|ptx:treatment
lay|what is wear and tear arthritis|oa:def
lay|which water pill causes low potassium|furosemide:adverse bendroflumethiazide:adverse hypok:cause
lay|blood thinner for atrial fibrillation that works on factor Xa|apixaban:mechanism apixaban:indication
lay|what causes a nosebleed-like bleeding from gums and low platelets|itp:presentation
lay|why do diabetics get foot ulcers|t2dm:complication
lay|what is the painkiller antidote for paracetamol poisoning|paracetamol_od:treatment acetylcysteine:indication paracetamol:monitoring
lay|shortness of breath lying flat heart failure|hf:presentation
lay|baby with barking cough|croup:presentation
lay|sugar in pregnancy test|gdm:diagnosis
lay|heavy bleeding after giving birth treatment|pph:treatment
lay|chest infection antibiotics|cap:treatment
lay|fainting with chest pain on exercise heart valve|as_valve:presentation
lay|swollen painful big toe|gout:presentation
lay|itchy skin patches in the elbow creases of a child|eczema:presentation
lay|mole changing shape and color|melanoma:presentation
back|Which drug causes gingival hyperplasia and hirsutism?|phenytoin:adverse ciclosporin:adverse
back|Which drug causes orange urine?|rifampicin:adverse
back|Which antibiotic causes tendon rupture?|ciprofloxacin:adverse
back|Which drug can cause pulmonary fibrosis and thyroid problems?|amiodarone:adverse
back|drug that blocks the Na-K-2Cl cotransporter|furosemide:mechanism
back|which condition has Reed-Sternberg cells|hodgkin:diagnosis
back|Philadelphia chromosome is found in which leukemia|cml:cause cml:diagnosis
back|Kayser-Fleischer rings|wilson:presentation
back|Charcot triad|cholangitis:presentation
back|Beck triad|tamponade:presentation
back|saddle-shaped ST elevation|pericarditis:diagnosis
back|needle-shaped negatively birefringent crystals|gout:diagnosis
back|non-caseating granulomas with bilateral hilar lymphadenopathy|sarcoid:def sarcoid:presentation sarcoid:diagnosis
back|bull's-eye rash after a tick bite|lyme:presentation
back|thunderclap headache|sah:presentation
back|lucid interval after head injury|edh:presentation
back|which drug is given to prevent vasospasm after subarachnoid hemorrhage|sah:treatment
back|drug that inhibits xanthine oxidase|allopurinol:mechanism
back|which antiepileptic is teratogenic causing neural tube defects|valproate:adverse
back|which antibiotic gives a disulfiram-like reaction with alcohol|metronidazole:adverse
back|extrapyramidal side effects in young women antiemetic|metoclopramide:adverse
back|drug that needs regular full blood counts for agranulocytosis in schizophrenia|clozapine:monitoring clozapine:adverse
back|which drug gives yellow vision|digoxin:adverse
back|tyrosine kinase inhibitor for BCR-ABL|imatinib:mechanism cml:treatment
back|what reverses magnesium toxicity|magnesium_sulfate:monitoring
back|Virchow triad|dvt:cause
back|CURB-65|cap:diagnosis
back|Jones criteria|rheumatic:diagnosis
back|Rotterdam criteria|pcos:diagnosis
back|Duke criteria|ie:diagnosis
none|What is the treatment of Kawasaki disease?|
none|How is Huntington disease inherited?|
none|Symptoms of scarlet fever|
none|What causes hand, foot and mouth disease?|
none|Treatment of scabies|
none|How is narcolepsy diagnosed?|
none|What is Tourette syndrome?|
none|Management of placenta accreta|
none|Symptoms of carbon monoxide poisoning|
none|What is the mechanism of action of warfarin's competitor heparinoid fondaparinux?|
none|Side effects of isotretinoin|
none|What is the treatment of impetigo in children?|
none|Causes of Bell palsy|
none|Diagnosis of Marfan syndrome|
none|What is achalasia?|
none|Treatment of plantar fasciitis|
none|What causes cataracts?|
none|How is Turner syndrome diagnosed?|
none|Symptoms of rabies|
none|Management of frostbite|
none|What is the mechanism of action of botulinum toxin?|
none|Treatment of head lice|
none|What causes hiccups?|
none|How is dengue fever treated?|
none|What is the function of the spleen?|
none|Treatment of ingrown toenail|
none|Symptoms of scurvy|
none|What is trigeminal neuralgia?|
none|Risk factors for testicular cancer|
none|What causes vitiligo?|
none|What is the Apgar score?|
none|Treatment of hidradenitis suppurativa|
none|Causes of erythema multiforme|
none|What is the mechanism of montelukast's cousin zafirlukast?|
none|How is tetanus prevented?|
none|What is the treatment of osteosarcoma?|
none|What is restless legs syndrome?|
none|Diagnosis of pyloric stenosis in infants|
none|Treatment of seasonal affective disorder|
none|What is a Baker cyst?|
`;

export interface LabeledQuestion {
  kind: string;
  question: string;
  facts: string[];
  split: 'dev' | 'test';
}

export function labeledQuestions(): LabeledQuestion[] {
  return QUESTIONS.split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const [kind, question, facts] = line.split('|') as [string, string, string];
      return {
        kind,
        question,
        facts: facts.split(/\s+/).filter((fact) => fact.length > 0),
        split: index % 2 === 0 ? 'dev' : 'test',
      };
    });
}
