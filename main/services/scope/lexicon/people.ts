// Words that show a person is the one concerned, in English, Spanish, French and German (folded): the asker
// ("I", "my", "me"), people and relatives, body parts and how a body feels. The scope guard uses them to tell
// a question about one's own body from one about a machine, a plant or a pet.
import { wordSet } from './word-set';

const words = wordSet;

/** The asker or the reader as subject or object: "I", "me", "je", "ich", "yo". */
export const SELF = words(`
i me myself we us you yourself
yo me mi nosotros tengo estoy
je j moi m nous ai-je suis-je dois-je puis-je
ich mich mir wir uns
`);

/** Possessives of a person: "my legs", "her period", "mis manos", "mes pieds", "meine Haut". */
export const POSSESSIVES = words(`
my your his her our their
mi mis tu tus su sus nuestro nuestra
mon ma mes ton ta tes son sa ses notre nos
mein meine meinen meinem meiner meines dein deine deinen deinem deiner
`);

/** People, relatives and roles: who may have been bitten, or have taken a pill. */
export const PERSON_WORDS = words(`
person persons people human humans man men woman women child children kid kids baby babies toddler toddlers
infant newborn son sons daughter daughters husband wife partner boyfriend girlfriend father dad daddy mother
mom mum mommy mummy grandfather grandpa grandmother grandma granny brother sister friend friends neighbour
neighbor teenager teen boy girl family nephew niece uncle aunt cousin roommate flatmate colleague coworker
hiker owner owners patient
persona personas humano humanos hombre mujer nino nina ninos bebe hijo hija hijos padre madre papa mama abuelo
abuela hermano hermana marido esposo esposa amigo amiga vecino vecina dueno
personne personnes humain humains homme femme enfant enfants fils fille pere mere maman frere soeur mari ami
amie voisin voisine proprietaire
mensch menschen frau kind kinder sohn tochter vater mutter opa oma bruder schwester freund freundin nachbar
nachbarin besitzer
`);

/**
 * Body parts and body products a person talks about as their own: "my fingers go wrinkly", "j'ai les pieds
 * froids". Hair, nails, skin and face are left out: "my hair" is as often about a haircut.
 */
export const BODY = words(`
finger fingers fingertip fingertips thumb thumbs toe toes knuckle knuckles joint joints wrist wrists ankle ankles
knee knees elbow elbows hip hips thigh thighs calf calves shin shins leg legs foot feet heel heels arm arms
armpit armpits hand hands shoulder shoulders belly tummy stomach abdomen navel gums gum tooth teeth
tongue throat mouth cheek cheeks chin jaw neck nose nostril nostrils ear ears eye eyes eyelid eyelids lips
back spine chest breast breasts nipple nipples groin bladder bowels bowel pee urine poo poop stool period
periods cycle breath breathing heartbeat pulse blood muscles muscle bones body weight sleep mood eyesight
vision hearing memory scalp forehead head vagina penis testicles posture mole moles freckle freckles wart
warts
mano manos dedo dedos pie pies pierna piernas rodilla rodillas tobillo tobillos codo codos hombro hombros
cadera espalda cuello garganta boca labios encias dientes muela lengua nariz oreja orejas oido oidos ojos
barriga tripa vientre pecho pechos regla sangre musculos huesos cuerpo axilas mejillas cabeza
main mains doigt doigts pied pieds jambe jambes genou genoux cheville chevilles poignet coude epaule epaules
hanche cou gorge bouche levres gencives dents langue nez oreille oreilles yeux oeil ventre poitrine seins
regles sang muscles corps aisselles joues tete
hand hande finger zeh zehen fuss fusse bein beine knie knochel handgelenk ellbogen schulter schultern hufte
rucken nacken hals mund lippen zahne zunge nase ohr ohren auge augen bauch brust blut muskeln knochen korper
achseln wangen kopf periode
`);

/** How a body feels or what it does: "I'm always cold", "I wake up at 4", "je suis épuisé", "mir ist übel". */
export const STATES = words(`
tired exhausted sleepy drowsy groggy dizzy lightheaded queasy nauseous nauseated bloated itchy sore stiff achy
aching feverish shaky faint fainted sick ill unwell breathless numb constipated sweaty hungover wheezy cold thirsty
freezing sweat sweating sweats snore snoring yawn yawning sneeze sneezing cough coughing wake waking pee peeing
bleed bleeding bruise bruised bruising shiver shivering tremble trembling itch itching ache aching hurt hurts
burp burping fart farting vomit vomiting allergic pregnant
cansado cansada agotado agotada mareado mareada hinchado hinchada duele duelen pica sudan sudo ronco resfriado
resfriada enfermo enferma embarazada sed despierto duermo pican
fatigue fatiguee epuise epuisee ballonne ballonnee froid sommeil transpire ronfle malade enceinte soif dors
mude erschopft schwindelig ubel kalt schlapp schwitze schnarche juckt krank schwanger durst durstig
einschlafen durchschlafen
`);

/** Words after a body word that make it something else: "my back garden", "my memory card", "my vision for". */
export const NOT_BODY_AFTER = words(`
garden yard door seat seats porch pocket pockets card cards stick sticks drive office account rest of for end
  ends paragraph paragraphs text copy shop kit
`);

/** Words after a state word that make it something else: "a cold drink", "tired of waiting". */
export const NOT_STATE_AFTER = words(`
of drink drinks beer water brew weather day days night nights war case call calls feet shoulder storage start
boot email front snap spell turkey blooded hearted air wind climate read beat beats burn joke
`);
