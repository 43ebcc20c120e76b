// Non-medical senses of medical-looking words: idioms removed before scoring, and context words
// that show "virus", "cell", "disease"… are about computers, phones, plants, animals or money.

import { COMPETING_DOMAINS } from './lexicon/competing-domains';
import { ABBREVIATION_DOMAINS } from './lexicon/domains';
import { phraseSet } from './lexicon/word-set';

/** A non-medical sense: if any context word appears, the trigger words lose their medical weight. */
export interface SenseRule {
  /** Shown in the reason: "'virus' here is about computers (malware, antivirus)." */
  sense: string;
  /**
   * Folded medical-looking words this rule neutralises; '*' neutralises every term (veterinary questions);
   * 'abbreviations' the abbreviations another field shares, when nothing else in the question is medical.
   */
  triggers: ReadonlySet<string> | '*' | 'abbreviations';
  /** Folded context words that reveal the sense. */
  context: ReadonlySet<string>;
  /** Added to the reason after the clues. */
  note?: string;
  /** Folded words that keep a human-medical reading even with the context ("mold exposure", "ACL tear"). */
  unless?: ReadonlySet<string>;
  /** Also neutralises everyday body words ("my laptop is tired", "the plant's skin"). */
  everyday?: boolean;
  /** How many context words it takes (one by default): a broad field needs more than one to be the topic. */
  minClues?: number;
  /** Also neutralises capitalised words within the question (titles and names: "the band Placebo", "Iron Lung"). */
  names?: boolean;
}

/** Medical words used as metaphors for machines, software, money and plants. */
const FIGURATIVE_TRIGGERS = `cough coughing fever sick sickness pain painful bleeding bleed cure cured treatment treat
  diagnose diagnosis diagnostic symptom symptoms heart health healthy dose doses virus viruses viral infection
  infections infected immune immunity immune-system injection prescribe prescription surgery transplant side-effects
  disease diseases vaccine quarantine contagious outbreak epidemic pandemic recovery healing heal cell cells
  corazon coeur herz tos toux husten prognosis heartbeat heartbeats pacemaker pacemakers pill pills pulse pulses poisoning overdose overdosed graft
  grafting anatomy operation inject injected wheezing wheeze choking stuttering transfusion haemorrhaging
  hemorrhaging haemorrhage hemorrhage`;

/** Words of a block; a hyphen joins a phrase ("guinea-pig" is matched as "guinea pig"). */
const set = phraseSet;

export const SENSE_RULES: readonly SenseRule[] = [
  {
    sense: 'computers',
    triggers: set(
      `${FIGURATIVE_TRIGGERS} surgical surgery skeleton worm worms trojan bug bugs type-i-error type-ii-error type-1-error type-2-error specificity`,
    ),
    context: set(`computer computers pc laptop laptops software malware antivirus anti-virus windows macos linux android
      iphone ios app apps email emails file files network wifi router hacker hackers ransomware spyware firewall
      browser website server servers programming code git repository commit commits cluster kubernetes internet connection printer printing print page pages usb hard-drive harddrive disk cpu gpu ram
      keyboard download downloaded install installed installer macro excel spreadsheet cybersecurity cyber phishing
      computadora ordenador ordinateur informatico informatica informatique informatik logiciel rechner computervirus software-virus datei dateien pilote treiber
      websocket dns cache api html database sql javascript java nodejs compiler thread threads kernel docker
      deploy deployment frontend backend npm microservice microservices portatil wi-fi plugin plugins`),
    // What long hours at a screen do to a person: "a stiff neck from my laptop", "eye strain".
    unless: set(`stiff-neck eye-strain posture headache headaches wrist wrists carpal-tunnel back-pain`),
    everyday: true,
  },
  {
    sense: 'phones and batteries',
    triggers: set(`cell cells lithium battery batteries charge charging health healthy drain dies dead swollen swelling
      celula celulas cellule cellules zelle zellen`),
    context: set(`phone phones smartphone mobile cellphone cellular iphone android samsung battery batteries charger
      charging solar fuel lipo volt volts voltage tower signal prison jail spreadsheet excel sheet table
      telefono movil celular portable telephone handy akku batterie bateria`),
    unless: set(`blood stem cancer immune tumor tumour t-cell sickle red white nerve muscle liver bone`),
    everyday: true,
  },
  {
    sense: 'plants and gardening',
    triggers: set(`${FIGURATIVE_TRIGGERS} blight rot fungus fungal fungi mold mould pest pests wilt wilting leaf
      enfermedad enfermedades maladie maladies krankheit krankheiten plaga pilz hongo hongos champignon
      jaunisse soigner bacteria bacterial microbes wound wounds`),
    context: set(`plant plants tomato tomatoes potato potatoes garden gardening crop crops tree trees leaf leaves rose
      roses lawn grass wheat corn maize rice-plant orchard vine vines vineyard grape grapes apple-tree citrus
      seedling seedlings soil fertilizer fertiliser compost houseplant houseplants cucumber zucchini squash
      orchid orchids fern succulent cactus algae alga seaweed photosynthesis chlorophyll chloroplast chloroplasts bark farm farming harvest planta plantas tomate tomates jardin cultivo
      cultivos arbol arboles hoja hojas plante plantes arbre arbres pflanze pflanzen tomaten garten baum baume
      blatter rasen kartoffel kartoffeln feuilles potager tulip tulips daffodil daffodils bulb bulbs bonsai bonsais sap pruning prune hedge shrub shrubs rosier rosiers mildiou limonero mildew
      olivier olive-tree olivo rempoter repot repotting`),
    // A gardener's own skin, eyes or breathing stay medical ("itchy rash after weeding").
    unless: set(`rash allergic allergy allergies itch itchy itching blister blisters skin hands eyes breathing asthma
      hay-fever pollen poisoning poisonous toxic children child kids baby tetanus cut wound`),
    everyday: true,
  },
  {
    sense: 'machines and vehicles',
    triggers: set(`${FIGURATIVE_TRIGGERS} transmission failure pressure fluid diagnostico diagnosticar
      diagnostique diagnose diagnostizieren diagnostiziere averia`),
    context: set(`car cars engine engines motor truck vehicle vehicles brake brakes tire tires tyre tyres
      gearbox clutch bike bicycle motorcycle boiler radiator coolant hydraulic dishwasher washing-machine
      fridge alternator steering power-steering coche motor voiture moteur auto autos fahrzeug bremsen`),
    // Injuries in a crash are a person's ("bleeding after a car crash").
    unless: set(`accident accidents crash crashed collision injured injury injuries hurt hospital whiplash accidente
      unfall verletzt`),
    everyday: true,
  },
  {
    sense: 'finance and the economy',
    triggers: set(`${FIGURATIVE_TRIGGERS} depression infusion pulse`),
    context: set(`economy economic economics market markets stock stocks gdp inflation recession bank banks
      company companies business investors wage wages salary salaries tax taxes unemployment team teams project projects management investment finance financial budget portfolio crypto bitcoin
      economia mercado economie bourse wirtschaft borse investor investing housing real-estate property immobilier immobiliere inmobiliario immobilienmarkt financiero
      financier finanz startup startups cash funding fundraising equipo equipe mannschaft`),
    everyday: true,
  },
  {
    sense: 'roads, books, mines and buildings',
    triggers:
      set(`lithium asbestos artery arteries arterial vein veins spine spines skeleton backbone shingles mold mould cure cured
      curing sick healthy health symptom symptoms diagnose diagnosis fracture fractures fractured`),
    context: set(`road roads highway highways motorway freeway traffic street streets city cities route routes
      book books hardcover paperback binding bookshelf novel shelf mine mines mining miner miners ore gold silver
      coal quartz mineral minerals roof roofs roofing house houses wall walls floor floors hardwood concrete epoxy
      resin paint bridge bridges building buildings steel basement carretera calle libro libros mina route rue
      livre livres strasse buch bucher rock rocks geologist geologists geology glass metal river rivers delta
      geography rio fleuve fluss`),
    everyday: true,
    // Health effects on people ("mold exposure at home", "miners' lungs") stay medical.
    unless: set(`patient patients people person child children blood pain bleeding exposure exposed poisoning
      asthma allergy allergic lung lungs breathing inhaled inhalation toxic`),
  },
  {
    sense: 'cooking and baking',
    triggers: set(
      `cure cured curing sick dose overdose sobredosis fever healthy infection infected mold mould bacteria pulse
      kidney kidneys liver livers tripe`,
    ),
    context: set(`recipe recipes cook cooking bake baking bread sourdough starter dough yeast skillet pan oven
      salmon gravlax bacon ham meat cheese ferment fermenting fermentation kombucha kimchi brine pickle pickles
      receta recette rezept cake cakes pastel tarta gateau kuchen torte flavour flavor sabor saveur chili stew
      soup casserole onions onion fry fried frying roast roasted grill grilled marinade marinate tender tough`),
    // Food safety is medical: "botulism from home-cured ham", "listeria in cheese when pregnant"; so is what a
    // food does to a person ("is liver good for anaemia").
    unless: set(`botulism listeria salmonella poisoning food-poisoning pregnant pregnancy allergy allergic risk
      exposure toxin toxins iron anemia anaemia cholesterol vitamin gout`),
  },
  {
    sense: 'law and politics',
    triggers: set(`immune immunity vaccine side-effects`),
    context: set(`president presidents legal law laws court courts prosecution prosecutor lawsuit diplomat diplomatic
      sovereign senator congress parliament judge judges policy policies government tax taxes immunidad inmunidad`),
  },
  {
    sense: 'the zodiac',
    triggers: set(`cancer`),
    context: set(`zodiac horoscope astrology sign signs star-sign gemini leo virgo aries taurus libra scorpio
      sagittarius capricorn aquarius pisces tropic constellation crab`),
  },
  {
    sense: 'sport',
    triggers: set(`stroke strokes injury injuries transfer pulse`),
    context: set(`swimming swim swimmer golf tennis rowing freestyle butterfly backstroke breaststroke paddle putt`),
    unless: set(`shoulder knee ankle tendon muscle sprain fracture concussion`),
  },
  {
    sense: 'races',
    triggers: set(`pacemaker pacemakers`),
    context: set(`marathon marathons race races runner runners cycling cyclist cyclists peloton athletics relay`),
    unless: set(`with-a-pacemaker my-pacemaker have-a-pacemaker heart cardiac arrhythmia`),
  },
  {
    sense: 'songs, films and games',
    triggers: set(`${FIGURATIVE_TRIGGERS} heart hearts skin skins cardiac cardiacs`),
    names: true,
    context: set(`sang sing singer song songs lyrics album band music musician movie movies film films series episode
      tv actor actress netflix guitarist drummer frontman gig gigs vinyl discography game games gaming video-game pokemon pac-man maze xbox playstation nintendo
      minecraft fortnite character characters cancion canciones chanson chansons lied lieder musica musique chess
      checkmate gambit`),
  },
  {
    // The history of an epidemic (wages after the Black Death, the 1918 flu in novels), not how a disease works.
    sense: 'history and literature',
    triggers: set(`black-death plague plagues peste pest pestilence gripe grippe flu influenza stethoscope
      stethoscopes thermometer microscope x-ray x-rays syringe surgeon surgeons doctor doctors nurse nurses physician spanish-flu pandemic epidemic
      epidemics outbreak cholera smallpox typhus leprosy`),
    context: set(`history historia histoire geschichte historian historians medieval middle-ages century centuries
      siglo siglos siecle siecles jahrhundert mittelalter feudal feudalism wages war wars guerra guerre krieg
      literature literatura litterature literatur novel novels novela roman romane poem poetry plot invented inventor
      invention referat costume costumes halloween cosplay`),
    unless: set(`symptoms symptom sintomas symptomes symptome treatment treat treated tratamiento traitement
      behandlung cause caused causes bacteria bacterium yersinia transmitted transmission spread spreads vaccine
      vaccines infectious pathogen incubation`),
  },
  {
    // Body words of things: a statue's nose, a table leg, the teeth of a saw, a doll's arm.
    sense: 'objects and artworks',
    triggers:
      set(`ct-scan ct-scans x-ray x-rays bone bones skull skeleton nose noses eye eyes chest leg legs arm arms hand hands teeth tooth head neck mouth foot feet spine
      finger fingers ear ears face skin fracture fractures fractured cracked crack broken heal healed blood stroke
      strokes`),
    context: set(`statue statues sculpture sculptures bust marble bronze painting portrait canvas conservator
      restoration restorer table tables chair chairs sofa couch furniture wood wooden glue saw blade blades gear
      gears cog comb zipper manuscript manuscripts mummy mummies artefact artefacts artifact artifacts museum fossil fossils dinosaur dinosaurs t-rex watercolor watercolour watercolors watercolours acrylic
      gouache guitar guitars violin cello fretboard drawers dresser cabinet doll dolls puppet mannequin figurine teddy vase pottery ceramic porcelain estatua
      escultura statue-en mesa silla mueble table-en chaise meuble statuette skulptur tisch stuhl puppe`),
    unless: set(`patient child children son daughter baby pain hurts hurt fell-off fell-over injured injury cut bleeding
      swollen`),
    everyday: true,
  },
  {
    // A hive's diseases are the bees', not a person's; a sting or an allergy is a person's.
    sense: 'bees and hives',
    triggers: set(`${FIGURATIVE_TRIGGERS} wing wings mite mites varroa`),
    context: set(`hive hives beehive beehives honeybee honeybees beekeeping beekeeper beekeepers apiary colony colonies
      ruche ruches apiculteur colmena colmenas apicultor bienenstock imker bienenvolk`),
    unless: set(`sting stings stung allergic allergy allergies anaphylaxis epipen swelling`),
  },
  {
    // Health-care schools, careers, shops and offices as such: fees, admissions, jobs, opening hours, software.
    sense: 'health-care schools, jobs and shops',
    triggers: set(`pharmacy pharmacies pharmacist pharmacists nursing nurse nurses physician physicians surgeon
      surgeons surgeon-general dental dentist dentists doctor doctors farmacia farmacias pharmacie pharmacies apotheke
      apotheken`),
    context: set(`school schools program programme programs degree degrees debt tuition job-security career careers
      admissions interview interviews application applications scholarship salary scheduling-software software
      opening-hours open opens close closes closing sundays sunday weekend horario guardia listado politically
      job jobs hiring`),
    unless: set(`symptom symptoms pain side-effects dose doses dosage prescription prescribed medicine medicines
      medication medications vaccine vaccines injury injured sick`),
  },
  {
    sense: 'light and signals',
    triggers: set(`pulse pulses pulsed`),
    context: set(`lighthouse beam laser radar sonar signal signals frequency wave waves oscillator circuit
      electronics`),
  },
];

/** Veterinary questions: decided by readAnimals (animals.ts), which names the animals as the clues. */
export const ANIMAL_SENSE: SenseRule = {
  sense: 'animals',
  note: 'veterinary questions are out of scope',
  triggers: '*',
  context: new Set(),
};

/** Abbreviations that another field shares, in a question that names that field (lexicon/domains.ts). */
/**
 * The named fields first: one of their words is enough. Then the broader fields of competing-domains.ts, whose
 * words ("business", "flight", "team") also turn up around a medical question: two of them are needed.
 */
export const ABBREVIATION_SENSES: readonly SenseRule[] = [
  ...ABBREVIATION_DOMAINS.map((domain) => ({ domain, minClues: 1 })),
  ...COMPETING_DOMAINS.map((domain) => ({ domain, minClues: 2 })),
].map(({ domain, minClues }) => ({
  sense: domain.name,
  triggers: 'abbreviations',
  context: set(domain.cues),
  note: 'an abbreviation of that field',
  minClues,
}));
