// Animals and how they meet people, in English, Spanish, French and German (folded; a hyphen joins the words of
// a phrase): the animals a question may be about, the verbs of a bite or a scratch, of swallowing and of catching
// an infection, and the phrases where an animal's name is food, a disease or a figure of speech.
import { phraseSet } from './word-set';

const words = phraseSet;

/** Pets, farm animals and wild mammals or reptiles: with no person concerned, the animal is the patient. */
export const ANIMALS = words(`
dog dogs puppy puppies pup cat cats kitten kittens kitty pet pets horse horses pony ponies foal cow cows cattle
heifer sheep lamb lambs ewe goat goats pig pigs piglet swine chicken chickens hen hens rooster poultry duck
ducks parrot parrots budgie budgies cockatiel canary hamster hamsters guinea-pig guinea-pigs rabbit rabbits bunny
ferret ferrets gerbil gerbils chinchilla aquarium goldfish tortoise turtle turtles terrapin lizard gecko iguana
snake snakes cobra viper donkey alpaca livestock fox foxes monkey monkeys elephant elephants lion lions tiger tigers
giraffe giraffes zebra zebras whale whales dolphin dolphins gorilla gorillas chimpanzee chimpanzees panda pandas
kangaroo kangaroos koala koalas camel camels llama llamas stallion stallions mare mares gelding geldings
ewes piglets heifers ox oxen bearded-dragon axolotl axolotls tarantula tarantulas
cockatoo cockatoos koi feline ovine shark sharks
macaque squirrel squirrels raccoon raccoons boar deer wolf wolves coyote skunk possum opossum hedgehog badger
rat rats labrador labradors retriever retrievers poodle spaniel terrier beagle bulldog collie german-shepherd
husky chihuahua dachshund pug rottweiler greyhound whippet siamese maine-coon
perro perros perra perrito cachorro gato gatos gata gatito mascota mascotas caballo caballos vaca vacas oveja
ovejas cabra cabras cerdo cerdos gallina gallinas conejo conejos loro tortuga serpiente serpientes vibora zorro
mono monos ardilla jabali rata ratas murcielago
chien chiens chienne chiot chiots mon-chat le-chat un-chat ma-chatte chats chaton chatons cheval chevaux vache
vaches mouton moutons chevre chevres cochon cochons poule poules lapin lapins perroquet tortue serpent vipere
renard singe ecureuil sanglier rats animal animaux
hund hunde hundes welpe welpen katze katzen katzchen haustier haustiere pferd pferde pferdes kuh kuhe schaf
schafe ziege ziegen schwein schweine huhn huhner kaninchen meerschweinchen papagei wellensittich schildkrote
schlange kreuzotter fuchs affe eichhornchen wildschwein ratte marder tier tiere
`);

/** Animals whose name has a common other sense (baseball bat, seal a jar): counted only in a bite or a visit. */
export const EXPOSURE_ONLY_ANIMALS = words(`
bat bats seal seals bear mouse mice dolphin murcielagos chauve-souris chauves-souris fledermaus
fledermause
`);

/** Where a bat met a sleeping person: "a bat flew into my bedroom" is an exposure, not a zoology question. */
export const BAT_CONTACT = words(`
room bedroom house home attic flew flying touched woke asleep slept sleeping landed habitacion casa dormia
dormido chambre maison dormait zimmer schlafzimmer haus schlief
brushed grazed face skin rozo rozado rozaron toco cara piel frole frolee touche visage peau beruhrt gestreift
gesicht haut
`);

/** Touching or tending an animal: how a person catches something "en caressant un cochon d'Inde". */
export const ANIMAL_CONTACT = words(`
petting stroking touching handling cleaning feeding kissing caressant touchant nettoyant acariciar acariciando
tocar tocando limpiar limpiando streicheln anfassen ausmisten
`);

/** A bite, a scratch, goring: as verbs (the one hurt follows or precedes) or nouns ("a dog bite"). */
export const INJURY_VERBS = words(`
bit bitten scratched gored kicked attacked mauled nipped clawed trampled stung
mordio mordido mordida arano aranado aranada ataco
mordu mordue griffe griffee attaque
gebissen gekratzt angegriffen
`);

/** Injury nouns: with no animal named as the one hurt, the hurt one is a person ("rabies after a dog bite"). */
export const INJURY_NOUNS = words(`
bite bites scratch scratches mordedura mordeduras aranazo morsure morsures griffure griffures biss bisswunde kratzer
kratzwunde
`);

/** Auxiliaries of a passive: "was bitten", "got scratched", "a été griffé", "wurde gebissen". */
export const PASSIVE_AUXILIARIES = words(`
was were got get gets getting been be is am are fue fui fueron sido ete wurde wurden worden
`);

/** Auxiliaries of a compound past and adverbs, skipped before a verb: "has just bitten", "m'a griffé". */
export const PERFECT_AUXILIARIES = words(`
has have had just accidentally recently badly also ha he a ai as avons hat habe
`);

/** Object pronouns of the asker before a verb: "me mordió", "m'a griffé", "hat mich gebissen". */
export const SELF_CLITICS = words(`
me m mich mir nous uns nos
`);

/** Words skipped between an injury verb and the one hurt: "bit my hand", "mordió a mi padre", "hat meinen Sohn". */
export const DETERMINERS = words(`
a an the my your his her our their on in at into to one of
a al la el los las mi mis su sus un una
le la les l un une mon ma mes son sa ses du de des au aux sur
der die das den dem des ein eine einen einem einer meinen meine meinem meiner mein am im
`);

/** Swallowing or taking: "I took my dog's tramadol", "mon fils a avalé des comprimés du chien". */
export const INGEST_VERBS = words(`
took take taken taking swallowed swallow ate eaten eat drank drunk chewed tome tomo tomado trague trago comio
avale avalait pris prise mange genommen geschluckt gegessen nahm
`);

/** Medicine words that make an ingestion about a drug: tablets, pills, flea treatment. */
export const MEDICINE_WORDS = words(`
pill pills tablet tablets chewable chewables capsule capsules medicine medicines medication medications meds
drug drugs dose wormer dewormer flea-treatment pastilla pastillas comprimido comprimidos medicamento
medicamentos comprime comprimes medicament medicaments cachets gelules tablette tabletten pille pillen
medikament medikamente antihistamine antihistamines antibiotic antibiotics painkiller painkillers laxative
laxatives steroid steroids sedative sedatives antidepressant antidepressants inhaler ointment cream vitamins
supplements
`);

/** Catching an infection from an animal: with a person as subject, a zoonosis. */
export const CATCH_VERBS = words(`
catch caught contract contracted transmit transmitted transmissible spread infect contagious zoonotic
zoonosis zoonoses contagiar contagiarme contagiarse contagio transmitir transmite attraper transmettre
transmissible contagieux contaminer anstecken ansteckend ubertragen ubertragbar
`);

/** Having or living with an animal, or an animal as therapy: the person's health is the topic. */
export const OWNING = words(`
owning having adopting own tener avoir haben
`);

export const ANIMAL_THERAPY = words(`
pet-therapy emotional-support support-animal animal-assisted
`);

/** Growing up or living with animals, or in contact with them: a person's exposure ("grow up with pets"). */
export const LIVING_WITH = words(`
grow-up-with grew-up-with growing-up-with live-with living-with lives-with exposure-to exposed-to contact-with
`);

/** Words after an animal's name that make it food, a disease or a phrase: "chicken soup", "mad cow disease". */
export const NOT_ANIMAL_AFTER = words(`
soup broth breast breasts wings nuggets meat salad sandwich curry stock pox flu poison food days scan scans
  peeve project projects
`);

/** Words before an animal's name with the same effect: "raw chicken", "hot dog", "mad cow", "cat-scratch". */
export const NOT_ANIMAL_BEFORE = words(`
raw undercooked cooked fried roast roasted grilled eat eating ate hot mad bird swine lab
`);
