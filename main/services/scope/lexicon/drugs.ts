// Drug names: common generics and brands that no stem rule catches, and INN stems (WHO naming
// suffixes) that make an unknown word a drug: "-olol" beta blockers, "-pril" ACE inhibitors…

const DRUG_NAMES = `
metformin insulin aspirin ibuprofen paracetamol acetaminophen naproxen diclofenac ketorolac celecoxib warfarin
heparin digoxin amiodarone adenosine atropine furosemide bumetanide torsemide spironolactone eplerenone
hydrochlorothiazide chlorthalidone indapamide levothyroxine thyroxine liothyronine methimazole propylthiouracil
prednisone prednisolone methylprednisolone dexamethasone hydrocortisone budesonide fludrocortisone morphine fentanyl
oxycodone hydrocodone codeine tramadol methadone buprenorphine naloxone naltrexone ketamine propofol midazolam
lidocaine bupivacaine succinylcholine rocuronium vecuronium neostigmine glycopyrrolate ondansetron metoclopramide
domperidone loperamide lactulose senna bisacodyl omeprazole pantoprazole esomeprazole lansoprazole ranitidine
famotidine sucralfate misoprostol mesalamine sulfasalazine azathioprine methotrexate cyclosporine tacrolimus
mycophenolate hydroxychloroquine chloroquine colchicine allopurinol febuxostat probenecid alendronate
vancomycin gentamicin amikacin tobramycin doxycycline tetracycline minocycline ceftriaxone cefazolin cefuroxime
cephalexin cefepime meropenem imipenem ertapenem aztreonam clindamycin linezolid daptomycin metronidazole
nitrofurantoin trimethoprim sulfamethoxazole cotrimoxazole rifampicin rifampin isoniazid pyrazinamide ethambutol
fluconazole itraconazole voriconazole amphotericin nystatin terbinafine acyclovir aciclovir valacyclovir oseltamivir
zidovudine tenofovir emtricitabine dolutegravir efavirenz ritonavir remdesivir ivermectin albendazole mebendazole
praziquantel artemether quinine primaquine mefloquine atovaquone salbutamol albuterol salmeterol formoterol
tiotropium ipratropium montelukast theophylline cromolyn epinephrine adrenaline norepinephrine noradrenaline
dopamine dobutamine vasopressin phenylephrine nitroglycerin glyceryl isosorbide hydralazine clonidine methyldopa
minoxidil verapamil diltiazem ivabradine ranolazine clopidogrel prasugrel ticagrelor dipyridamole abciximab
alteplase tenecteplase streptokinase apixaban rivaroxaban dabigatran edoxaban fondaparinux enoxaparin dalteparin
protamine vitamin-k phytonadione desmopressin oxytocin misoprostol mifepristone clomiphene letrozole anastrozole
tamoxifen raloxifene finasteride dutasteride tamsulosin sildenafil tadalafil estradiol progesterone medroxyprogesterone
levonorgestrel testosterone glipizide glyburide glibenclamide gliclazide glimepiride pioglitazone sitagliptin
empagliflozin dapagliflozin canagliflozin liraglutide semaglutide dulaglutide exenatide tirzepatide acarbose
levetiracetam valproate phenytoin carbamazepine lamotrigine topiramate gabapentin pregabalin phenobarbital
lithium haloperidol olanzapine quetiapine risperidone aripiprazole clozapine ziprasidone chlorpromazine
fluoxetine sertraline paroxetine citalopram escitalopram venlafaxine duloxetine bupropion mirtazapine trazodone
amitriptyline nortriptyline imipramine clomipramine phenelzine diazepam lorazepam alprazolam clonazepam zolpidem
buspirone methylphenidate amphetamine atomoxetine donepezil memantine rivastigmine galantamine levodopa carbidopa
pramipexole ropinirole selegiline rasagiline benztropine sumatriptan propranolol metoprolol atenolol carvedilol
bisoprolol labetalol esmolol nebivolol lisinopril enalapril ramipril captopril losartan valsartan irbesartan
candesartan telmisartan amlodipine nifedipine felodipine atorvastatin simvastatin rosuvastatin pravastatin ezetimibe
fenofibrate gemfibrozil niacin cholestyramine amoxicillin ampicillin penicillin flucloxacillin piperacillin
azithromycin clarithromycin erythromycin ciprofloxacin levofloxacin moxifloxacin cetirizine loratadine fexofenadine
diphenhydramine chlorpheniramine promethazine hydroxyzine adalimumab infliximab etanercept rituximab trastuzumab
bevacizumab pembrolizumab nivolumab imatinib cisplatin carboplatin doxorubicin cyclophosphamide vincristine
fluorouracil paclitaxel docetaxel tamoxifen hydroxyurea filgrastim epoetin iron-sulfate ferrous folate folic-acid
cyanocobalamin thiamine magnesium-sulfate potassium-chloride calcium-gluconate sodium-bicarbonate mannitol
dextrose saline glucagon acetylcysteine flumazenil physostigmine pralidoxime deferoxamine dimercaprol
botox tylenol advil motrin aleve panadol nurofen lipitor zocor crestor plavix eliquis xarelto pradaxa coumadin
lasix synthroid glucophage januvia jardiance farxiga ozempic wegovy mounjaro victoza trulicity lantus humalog
novolog ventolin symbicort advair singulair prozac zoloft lexapro paxil celexa wellbutrin effexor cymbalta xanax
valium ativan klonopin ambien adderall ritalin concerta seroquel abilify zyprexa risperdal lamictal keppra depakote
tegretol neurontin lyrica viagra cialis flomax proscar nexium prilosec protonix zantac pepcid imodium zofran
augmentin zithromax cipro levaquin bactrim keflex flagyl diflucan valtrex tamiflu paxlovid humira remicade
enbrel keytruda opdivo herceptin avastin gleevec narcan suboxone oxycontin percocet vicodin dilaudid
ibuprofeno paracetamol aspirina amoxicilina omeprazol metformina insulina
meloxicam cyclobenzaprine methocarbamol tizanidine baclofen varenicline acamprosate doxylamine dextromethorphan
guaifenesin pseudoephedrine desloratadine levocetirizine simethicone bismuth-subsalicylate docusate macrogol
desvenlafaxine vortioxetine cariprazine lurasidone lisdexamfetamine guanfacine modafinil armodafinil oxcarbazepine
zonisamide lacosamide sacubitril glargine degludec isotretinoin tretinoin clobetasol mupirocin permethrin leflunomide
tofacitinib metamizole metamizol dipyrone dexketoprofen nicotine-patch nicotine-gum
claritin zyrtec mucinex dayquil nyquil excedrin pepto-bismol gaviscon lemsip calpol canesten dulcolax
miralax metamucil epipen norvasc toprol cozaar rybelsus saxenda zepbound dupixent stelara aricept
namenda sinemet imitrex topamax flexeril robaxin chantix nicorette vyvanse strattera entresto
accutane benadryl sudafed zovirax celebrex toradol tenormin zestril antabuse buspar
doliprane dafalgan efferalgan spasfon smecta aspegic kardegic levothyrox lexomil stilnox clamoxyl mopral inexium
tiorfan aerius ventoline voltarene
novaminsulfon thomapyrin iberogast l-thyroxin ass-100 voltaren
nolotil gelocatil frenadol enantyum dexketoprofeno espidifen buscapina apiretal morfina levotiroxina
kortison cortisona
dronedarone oxybutynin tolterodine mirabegron norethisterone drospirenone fingolimod teriflunomide glatiramer
amantadine riluzole dantrolene zopiclone eszopiclone agomelatine moclobemide dexamfetamine nalmefene tapentadol
dihydrocodeine pethidine cyclizine hyoscine mebeverine ursodiol ursodeoxycholic-acid rifaximin lactitol
zoledronic-acid teriparatide calcitriol hydroxocobalamin co-amoxiclav teicoplanin
`;

/** INN stems (suffixes) with the drug class they name; a word ending in one is taken as a drug. */
export const DRUG_STEMS: ReadonlyArray<readonly [string, string]> = [
  ['olol', 'beta blocker'],
  ['alol', 'beta blocker'],
  ['pril', 'ACE inhibitor'],
  ['prilat', 'ACE inhibitor'],
  ['sartan', 'angiotensin receptor blocker'],
  ['statin', 'statin'],
  ['vastatin', 'statin'],
  ['mab', 'monoclonal antibody'],
  ['cillin', 'penicillin'],
  ['mycin', 'antibiotic'],
  ['micin', 'antibiotic'],
  ['floxacin', 'fluoroquinolone'],
  ['oxacin', 'fluoroquinolone'],
  ['cycline', 'tetracycline'],
  ['penem', 'carbapenem'],
  ['azole', 'azole'],
  ['prazole', 'proton pump inhibitor'],
  ['tidine', 'H2 blocker'],
  ['gliptin', 'DPP-4 inhibitor'],
  ['gliflozin', 'SGLT2 inhibitor'],
  ['glutide', 'GLP-1 agonist'],
  ['glitazone', 'thiazolidinedione'],
  ['parin', 'heparin'],
  ['xaban', 'factor Xa inhibitor'],
  ['gatran', 'thrombin inhibitor'],
  ['vir', 'antiviral'],
  ['afil', 'PDE5 inhibitor'],
  ['triptan', 'triptan'],
  ['oxetine', 'antidepressant'],
  ['xetine', 'antidepressant'],
  ['azepam', 'benzodiazepine'],
  ['diazepine', 'benzodiazepine'],
  ['diazepines', 'benzodiazepine'],
  ['azolam', 'benzodiazepine'],
  ['dipine', 'calcium channel blocker'],
  ['tinib', 'kinase inhibitor'],
  ['ciclib', 'kinase inhibitor'],
  ['platin', 'platinum chemotherapy'],
  ['rubicin', 'anthracycline'],
  ['dronate', 'bisphosphonate'],
  ['lukast', 'leukotriene antagonist'],
  ['setron', 'antiemetic'],
  ['caine', 'local anaesthetic'],
  ['terol', 'beta agonist'],
  ['thiazide', 'thiazide diuretic'],
  ['semide', 'loop diuretic'],
  ['barbital', 'barbiturate'],
  ['triptyline', 'tricyclic antidepressant'],
  ['profen', 'NSAID'],
  ['conazole', 'antifungal'],
  ['tropium', 'antimuscarinic'],
  ['olone', 'corticosteroid'],
  ['sonide', 'corticosteroid'],
  ['methasone', 'corticosteroid'],
  ['nisone', 'corticosteroid'],
  ['peridol', 'antipsychotic'],
  ['apine', 'antipsychotic'],
  ['idone', 'antipsychotic'],
  ['curium', 'neuromuscular blocker'],
  ['curonium', 'neuromuscular blocker'],
  ['vudine', 'antiretroviral'],
  ['navir', 'protease inhibitor'],
  ['tegravir', 'integrase inhibitor'],
  ['amivir', 'neuraminidase inhibitor'],
  ['ciclovir', 'antiviral'],
  ['clovir', 'antiviral'],
  ['zosin', 'alpha blocker'],
  ['osin', 'alpha blocker'],
  ['teplase', 'thrombolytic'],
  ['gliptine', 'DPP-4 inhibitor'],
  ['asone', 'corticosteroid'],
  ['relin', 'GnRH analogue'],
  ['lutamide', 'antiandrogen'],
  ['fenacin', 'antimuscarinic'],
];

// Words that happen to end like a stem but are not drugs (folded).
export const STEM_EXCEPTIONS = new Set(
  `
  abab kebab scrab mab cab tab grab slab crab stab jab dab nab fab lab rab
  elvir sovir tvir nevir  devir revir
  hurricane
  petrol control patrol
  protein pollution
  ostrich
  kinase
  cycline
  `
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** Names whose other-language spelling is an ordinary word ("salina" is a salt flat). */
const NO_SPELLING_VARIANTS = new Set(['saline', 'singulair']);
/** Generics shorter than this keep their English spelling only. */
const MIN_VARIANT_LENGTH = 6;

/**
 * The French, Spanish and German spellings of a generic name: "metformine", "metformina", "omeprazol",
 * "amlodipin" (a final "e" dropped or turned into "a", or an "e" or "a" added after a consonant).
 */
function spellings(name: string): string[] {
  if (name.includes(' ') || name.length < MIN_VARIANT_LENGTH || NO_SPELLING_VARIANTS.has(name)) return [name];
  if (name.endsWith('e')) return [name, name.slice(0, -1), `${name.slice(0, -1)}a`];
  if (/[aiouy]$/.test(name)) return [name];
  return [name, `${name}e`, `${name}a`];
}

/** Folded drug names (a hyphen joins a two-word name). */
export function drugNames(): Set<string> {
  return new Set(
    DRUG_NAMES.split(/\s+/)
      .filter((word) => word.length > 0)
      .map((word) => word.replace(/-/g, ' ')),
  );
}

/**
 * The other-language spellings of the names, matched exactly and never as misspellings: as typo targets they
 * would make ordinary words ("argentina", "accurate") look like misspelt drugs.
 */
export function drugSpellings(): Set<string> {
  const names = drugNames();
  return new Set([...names].flatMap(spellings).filter((spelling) => !names.has(spelling)));
}
