// Harm-to-others red flags (en/es/fr/de): intent to hurt, kill, poison, drug or secretly sedate another person,
// tampering with their medicine, making them ill. An act needs a person as its target and, for violent verbs,
// a sign of intent ("I want to", "how do I", "thinking about"): "kill this process", "my boss is killing me",
// "beat my friend at chess", "the impostor kills crewmates" and "how antibiotics kill bacteria" do not match.
import { INTENT, VIOLENCE, HARMFUL, PURPOSE, ILL, SECRET } from './harm-to-others-phrases';
import { alt, BODY, FOOD, MED, near, PERSON, PERSON_POSS, SOMEONE, WORD } from './lexicon';
import type { SafetyRuleSet } from './types';

export const harmToOthersRules: SafetyRuleSet = {
  kind: 'harm_to_others',
  patterns: [
    // German: a lethal dose or a killing that the person must not notice.
    new RegExp(
      near(
        alt('todlich\\w*', 'umbringen', 'toten', 'vergift\\w*', 'dosis'),
        alt('(?:er|sie) soll(?:en)? es nicht merken', 'ohne dass (?:er|sie|es) (?:es )?merkt'),
        60,
      ),
    ),
    /\b(?:spike|spiked|spiking) (?:a|the|someone's|somebody's|her|his|their|my [\w']+'s) (?:[\w']+ )?(?:drinks?|glass|coffee|beer|food)\b|\broof(?:ie|y)\w*|\bdate rape drugs?\b/,
    new RegExp(
      `\\b${SECRET}\\b.{0,20}\\b(?:give|giving|gave|dose|dosing|drug|put|putting|chang\\w*|swap\\w*|switch\\w*|tamper\\w*|replac\\w*|add\\w*|mix\\w*)\\b`,
    ),
    new RegExp(
      `\\b(?:give|giving|drug|drugging|sedat\\w*|dose|dosing|put|slip|mix|knock \\w+ out)\\b.{0,40}\\b${SECRET}`,
    ),
    /\b(?:sedar|drogar|dormir|dar\w*|echar\w*|poner\w*|pone|ponen|puso)\b.{0,40}\bsin que (?:lo |se |le )?(?:(?:el|la|su|mi) \w+ )?(?:sepa|de cuenta|entere|note)\b/,
    /\b(?:poison\w*|kill\w*|overdose|toxins?|substances?|chemicals?|drugs?)\b.{0,40}\b(?:looks?|look) like (?:a |an )?(?:heart attack|natural causes|an accident|accident|suicide|a stroke)\b/,
    /\bpoison\w* (?:[\w']+ ){0,3}?(?:works?|kills?|acts?)\b.{0,20}\b(?:on|for) (?:a person|a human|someone|somebody|people|humans)\b|\bheimlich\b.{0,40}\b(?:geben|verabreichen|unterjubeln|mischen|ins (?:essen|getrank))\b/,
    /\bso it looks (?:natural|accidental|like an accident|like (?:a |an )?(?:suicide|natural|heart attack))\b|\blook (?:accidental|like an accident)\b/,
    /\bleaves? no (?:bruises|marks|trace)\b|\bwithout leaving (?:bruises|marks|a trace)\b/,
    /\b(?:bekomm\w*|bring\w*|krieg\w*)\b.{0,40}\bdazu\b.{0,5}\b(?:ohnmachtig|bewusstlos|krank|schlafrig|mude) zu werden\b|\bohnmachtig (?:zu )?machen\b/,
    // Knocking someone out on purpose: "para dejarlo inconsciente", "rendre quelqu'un inconscient", "bewusstlos machen".
    /\bhacer que (?:alguien|una persona|mi \w+|su \w+|el|ella) se (?:desmaye|duerma|enferme|maree|desvanezca)\b|\bfaire (?:dormir|vomir|s'evanouir|tomber malade) (?:quelqu'un|mon \w+|ma \w+|une personne)\b|\bdejar(?:lo|la|le|los|las)? inconsciente\b|\b(?:rendre|laisser) (?:quelqu'un |le |la )?inconscient\w*|\bassommer quelqu'un\b|\bfaire (?:perdre (?:connaissance|conscience)|s'evanouir) a\b|\b(?:jemanden|ihn|sie|meinen \w+|meine \w+|meinem \w+) (?:[\w']+ ){0,2}?(?:bewusstlos|krank|schlafrig|mude|gefugig|willenlos) (?:zu )?machen\b/,
    // Spanish.
    /\benvenenar (?:a |al |la |el |mi |su |sus |mis )|\bdrogar (?:a |al |la bebida|el vaso|la copa)|\bhacer(?:le)? dano a (?:alguien|mi|su|la|el|una?)\b|\bhacerle dano\b/,
    /\b(?:echa\w*|echo|eche|poner|pongo|ponga|puse|meter|meto|meta|mezcl\w*) (?:[\w']+ ){0,4}(?:en|a) (?:la |el |su )?(?:comida|bebida|cafe|copa|vaso|te|cerveza)\b/,
    /\b(?:dar|darle|doy|le doy) (?:a (?:alguien|mi \w+) )?una sobredosis\b|\bque (?:se ponga|caiga) enferm\w*/,
    // French.
    /\bempoisonner (?:quelqu'un|mon|ma|mes|son|sa|ses|un|une|le|la|les)\b|\bdroguer (?:quelqu'un|le verre|la boisson|mon|ma|une|un)\b|\bfaire du mal a (?:quelqu'un|mon|ma|mes|un|une)\b/,
    /\b(?:mettre|verser|glisser|ajouter)\b.{0,40}\bdans (?:le |la |son |sa |mon |ma |leur )?(?:verre|boisson|cafe|the|repas|nourriture|plat|biere|assiette)\b/,
    /\brendre (?:mon |ma |son |sa |quelqu'un )?(?:[\w']+ )?malade\b|\bsans qu'(?:il|elle) (?:le )?(?:sache|s'en rende compte|remarque)\b/,
    // German.
    /\bk ?o ?tropfen\b|\b(?:ins|in sein|in ihr|in das|in den|in die) (?:getrank|glas|essen|bier|kaffee|tee)\b.{0,20}\b(?:mischen|geben|tun|schutten)\b/,
    /\bohne dass (?:er|sie|es) (?:es )?(?:merkt|bemerkt|mitbekommt)\b.{0,40}\b(?:geben|mischen|krank|gift|tabletten|medikament)|\b(?:krank|mude|gift|vergift\w*|medikament\w*)\b.{0,50}\bohne dass (?:er|sie) es merkt\b/,
    /\bwelches gift\b.{0,60}\b(?:geben|nicht nachweisen|nachweisbar)\b|\bgift\b.{0,30}\bnicht nachweis\w*/,
    // Fear of harming the person one cares for, threats to put someone in hospital or burn a house with people in
    // it, a parent who hits a child and says he will kill him.
    /\b(?:ihr|ihm|ihnen|jemandem) (?:etwas|was) (?:antue|antun|antu)\b/,
    /\b(?:je vais|il va|elle va|on va) (?:la|le|les|lui) (?:faire payer|defoncer|tabasser|buter|crever|tuer)\b|\bva finir a l'hopital\b/,
    /\bquemar la casa con (?:nosotros|ellos|ella|el|todos|los ninos) (?:adentro|dentro)\b|\bburn the (?:house|place) down with (?:us|them|me|her|him|the kids) (?:in|inside)\b/,
    /\b(?:dijo|dice) que (?:un dia )?(?:lo|la|los|las|te|me) va a matar\b|\ble pega a (?:mi|su|nuestro|nuestra) (?:hij\w*|nen\w*|bebe|niet\w*)\b/,
    /\bwithout (?:him|her|them) (?:noticing|knowing|realising|realizing)\b.{0,5}$|\b(?:out cold|knocked out|asleep)\b.{0,40}\bwithout (?:him|her|them) (?:noticing|knowing)\b/,
  ],
  tagged: [
    // A violent act aimed at a person, with intent. The person is the object, not the owner of one ("shoot my
    // friend's wedding"), and games do not count ("beat my friend at chess").
    new RegExp(
      `\\b${INTENT} (?:${WORD}){0,3}?${VIOLENCE} ${PERSON}\\b(?!'|s'| (?:at|in) (?:chess|cards|a game|games|mario|fifa|tennis|a race))`,
    ),
    // Beating someone, with a manner that is not a game ("beat my kid until he listens", not "beat my dad at poker").
    new RegExp(
      `\\b${INTENT} (?:${WORD}){0,3}?beat(?:ing)? ${PERSON} (?:until|till|so (?:hard|badly)|black and blue|senseless|to death|with|badly|hard)\\b`,
    ),
    new RegExp(
      `\\b(?:would|will|could|to|enough to|going to) kill (?:${PERSON}|an? (?:adult|grown \\w+|human being|healthy \\w+))\\b(?!')`,
    ),
    new RegExp(`\\b${INTENT} (?:${WORD}){0,3}?${VIOLENCE} ${PERSON_POSS} (?:${WORD})?${BODY}\\b`),
    new RegExp(`\\b(?:knock|knocking|knocked) ${PERSON} (?:out|unconscious|senseless)\\b|\\bknock out ${PERSON}\\b`),
    new RegExp(
      `\\b(?:push|pushing|shove|shoving|throw|throwing) ${PERSON} (?:down|off|out of|into|onto|under|in front of|over)\\b`,
    ),
    // Poisoning or drugging someone, spiking a drink, putting something in their food.
    new RegExp(
      `\\b(?:poison|poisoning|drug|drugging|sedate|sedating|roofie|roofying|dose|dosing|spike|spiking) (?:${PERSON}|${PERSON_POSS} (?:${WORD})?${FOOD})\\b`,
    ),
    new RegExp(
      `\\b(?:slip|slipping|sneak|sneaking|lace|lacing|crush|crushing|dissolve|dissolving|spike|spiking)\\b.{0,40}\\b(?:in|into) ${PERSON_POSS} (?:${WORD}){0,2}?${FOOD}\\b`,
    ),
    new RegExp(
      `\\b${HARMFUL}\\b.{0,40}\\b(?:put|mix|add|inject|spray|pour|drop|sprinkle|hide|give)\\b.{0,30}\\b(?:in|into|on) ${PERSON_POSS} (?:${WORD}){0,2}?${FOOD}\\b`,
    ),
    new RegExp(
      `\\b(?:put|putting|mix|mixing|add|adding|inject|injecting|spray|spraying|pour|pouring|drop|dropping|sprinkle|sprinkling)\\b.{0,30}\\b${HARMFUL}\\b.{0,30}\\b(?:in|into|on|to) ${PERSON_POSS} (?:${WORD}){0,2}?${FOOD}\\b`,
    ),
    new RegExp(
      `\\b(?:put|mix|add|inject|spray|pour|drop|sprinkle)\\b.{0,30}\\b(?:in|into|on) ${PERSON_POSS} (?:${WORD}){0,2}?${FOOD}\\b.{0,20}\\b${PURPOSE}`,
    ),
    new RegExp(`\\binject\\w* (?:${WORD}){0,3}?(?:into|in) ${PERSON}\\b`),
    // A medicine put or ground into someone's food or a child's drink ("puts Piriton in the kids' squash so they
    // nap"), or given in secret ("donner du sirop pour dormir aux petits en cachette").
    new RegExp(
      `\\b(?:puts?|putting|grind\\w*|crush\\w*|slips?|slipping|stir\\w*) (?:up )?(?:${WORD}){0,3}?${MED}\\b.{0,10}\\b(?:in|into) (?:the |her |his |their |my |our )?(?:(?:CHILD|KIN)\\w*'?s?'? )?(?:(?!ANIMAL)${WORD})?(?:${FOOD}|squash|juice|bottle|pap|porridge|cereal|formula|milk|tea|coffee)\\b`,
    ),
    new RegExp(
      near(
        alt('en cachette', 'a escondidas', 'sin que (?:se den cuenta|lo sepan|sepa)', 'heimlich', 'secretly'),
        `(?:donner|donne|mettre|met|glisser|dar|darle|darles|poner|geben|gibt|give|gives|giving)\\b.{0,40}\\b${MED}`,
        50,
      ),
    ),
    new RegExp(
      `\\b(?:slip\\w*|sneak\\w*|put|mix\\w*|added|dissolv\\w*) (?:into|in) (?:[\\w']+ )?${FOOD}\\b.{0,30}\\b(?:unnoticed|undetected|without (?:them|him|her|anyone|someone|the person) (?:knowing|noticing|tasting))`,
    ),
    // Making someone ill, worse, unconscious; giving them an overdose or a disease.
    new RegExp(`\\b(?:get|getting) ${PERSON} to ${ILL}\\b`),
    new RegExp(
      `\\b(?:give|slip|feed) ${PERSON} (?:${WORD}){0,2}?so (?:that )?(?:he|she|they) (?:sleeps?|falls? asleep|passes out|pass out|stays? (?:knocked out|asleep|out cold|unconscious|sedated)|(?:is|are) (?:knocked out|out cold)|won't|doesn't|don't|can't|cannot|never|will not|stops? (?:nagging|talking|complaining|bothering me|whining|crying)|shuts? up|leaves? me alone)\\b`,
    ),
    // "My puppy swallowed a toy, should I make him vomit?": "him" is the animal named before, not a person.
    new RegExp(
      `\\bmak(?:e|es|ing) (?!(?:him|her|them|it) (?:[\\w']+ )?(?:vomit|throw up|puke|be sick|sick)\\b(?<=\\bANIMAL\\w*\\b.{0,120}))(?:${PERSON}|${PERSON_POSS} (?:${WORD}){0,2}?(?:illness|condition|disease|dementia|symptoms|asthma|diabetes|health|pain)) (?:so |really |very |too |seriously |violently )?${ILL}\\b`,
    ),
    new RegExp(
      `\\b(?:give|giving|gave|cause|causing|trigger|triggering|induce|inducing|provoke) ${PERSON} (?:${WORD})?(?:an overdose|too (?:much|many)|a lethal|a fatal|a (?:stroke|heart attack|seizure|disease|infection|allergic reaction)|diarrh\\w*|food poisoning|cancer|hiv|an std)`,
    ),
    new RegExp(
      `\\b(?:how (?:can|could|do|would|might) i|i (?:want|wanna|plan|intend|am going|'m going) to|ways? to) (?:${WORD}){0,2}?(?:trigger|cause|provoke|give)\\w* (?:${WORD}){0,3}?(?:in|on|to) ${PERSON}\\b`,
    ),
    new RegExp(
      near(
        `use (?:${WORD}){0,3}?against ${PERSON}`,
        alt('allerg\\w*', 'poison\\w*', MED, 'overdose', 'peanuts?', 'nuts?'),
        60,
      ),
    ),
    new RegExp(
      near(
        `use (?:it|this|that|them|those) on ${PERSON}`,
        alt('lethal', 'fatal', 'kill\\w*', 'poison\\w*', 'overdose', 'dose', 'deadly', 'toxic'),
        60,
      ),
    ),
    new RegExp(
      near(
        `without (?:${PERSON}|(?:the|his|her|their|my) (?:${WORD})?${SOMEONE}) (?:knowing|noticing|realising|realizing|finding out|suspecting|tasting|seeing)`,
        `(?:give|giving|put|putting|slip|slipping|mix|mixing|add|adding|drug|drugging|dose|dosing|sedate|make|making|get|getting) (?:${WORD}){0,2}?${PERSON}`,
        60,
      ),
    ),
    new RegExp(
      `\\b(?:swap|swapping|switch|switching|replace|replacing|substitut\\w*|tamper\\w* with|mess\\w* with|water\\w* down|hide|hiding|throw\\w* away|steal\\w*|empty\\w*) ${PERSON_POSS} (?:${WORD}){0,2}?${MED}\\b.{0,60}\\b(?:for|with|so|to|without|until)\\b`,
    ),
    new RegExp(`\\bget ${PERSON} (?:hooked|addicted) (?:on|to)\\b`),
    // "a lethal amount of insulin to give someone".
    new RegExp(
      near(alt('lethal', 'fatal', 'deadly', 'enough to kill'), `(?:give|inject|put in|slip|feed) ${PERSON}`, 40),
    ),
    new RegExp(`\\bi want it to happen to ${PERSON}\\b`),
    new RegExp(`\\bmak(?:e|ing) ${PERSON} (?:fall a)?sleep\\b.{0,20}\\bso (?:i|we) can\\b`),
    new RegExp(
      `\\b(?:make sure|ensure|so that|so) ${PERSON} (?:never|won't|will never|doesn't|does not) wakes?(?: up)?\\b`,
    ),
    // Shaking a baby, asked in the first person ("if I shook my baby hard would it hurt him").
    new RegExp(
      `\\b(?:if i|i|to|could i|can i|should i|urges? to|want to|wanna) (?:[\\w']+ )?(?:shake|shook|shaking) (?:my|the|a|our|her|his) (?:${WORD})?CHILD\\b`,
    ),
    // Getting back at whoever takes one's food: "my roommate steals my food, can I put laxatives in it".
    new RegExp(
      `\\b(?:steals?|stole|stealing|eats?|ate|eating|takes?|took|taking) my (?:[\\w']+ )?(?:${FOOD}|lunch|leftovers|snacks?)\\b.{0,60}\\b(?:${MED}|eye drops|visine|something)\\b (?:in|into|on) (?:it|them)\\b`,
    ),
    // "get rid of my stepdad" with a lethal dose, a poison or an overdose nearby.
    new RegExp(
      near(
        `(?:get|getting) rid of ${PERSON}`,
        alt(
          'lethal',
          'fatal',
          'deadly',
          'poison\\w*',
          'overdose',
          'dose',
          'kill\\w*',
          'untraceable',
          'undetectable',
          MED,
        ),
        80,
      ),
    ),
    new RegExp(
      `\\b(?:kills?|killing|knocks? out|paraly[sz]es?) ${PERSON} (?:instantly|immediately|quickly|fast|silently|in (?:one|a) \\w+|with (?:one|a) \\w+)\\b|\\bpressure points? (?:[\\w']+ ){0,4}?(?:kill|knock|paraly[sz]|black out|pass out)\\w*`,
    ),
    new RegExp(
      near(
        alt('poison\\w*', MED, 'substance', 'toxins?', 'chemicals?'),
        alt(
          'undetectable',
          'untraceable',
          "(?:wouldn't|won't|would not|will not|can't|cannot) be (?:detected|traced|found)",
          'hard(?:est)? to (?:detect|trace)',
          'not show up (?:in|on) (?:an? )?(?:autopsy|tox\\w* screen)',
        ),
        40,
      ),
    ),
    new RegExp(
      near(
        alt('get back at', 'revenge', 'payback', 'to punish (?:him|her|them)'),
        alt(
          'poison\\w*',
          FOOD,
          MED,
          'antifreeze',
          'bleach',
          'sick',
          'ill',
          'detectable',
          'physically',
          'ends? up in (?:the )?(?:hospital|icu|a ?(?:and|n) ?e|er)',
          'hurt\\w*',
          'beat\\w* (?:him|her|them) up',
        ),
        80,
      ),
    ),
    // Spanish, French, German with a person.
    new RegExp(`\\bmatar (?:a |al )(?:[\\w']+ ){0,2}?${SOMEONE}\\b|\\bpara matar (?:a |al )`),
    new RegExp(
      `\\b(?:sedar\\w*|pegar\\w*|golpear\\w*|apunalar\\w*|estrangular\\w*|herir\\w*|lastimar\\w*|matar\\w*|ahogar\\w*|envenenar\\w*|drogar\\w*) (?:a |al )(?:mi |su |tu |la |el |un |una |mis |sus )?(?:[\\w']+ )?${SOMEONE}\\b`,
    ),
    new RegExp(
      `\\b(?:tuer|frapper|blesser|etrangler|poignarder|empoisonner|droguer|tabasser|cogner|egorger|assommer) (?:mon |ma |mes |son |sa |un |une |le |la )?(?:[\\w']+ )?${SOMEONE}\\b`,
    ),
    new RegExp(
      `\\b(?:jemanden|jemandem|meinen|meine|meinem|ihn|sie|den|die|einen) (?:[\\w']+ ){0,2}?(?:${SOMEONE} |menschen )?(?:zu )?(?:umbringen|umzubringen|toten|vergiften|verletzen|schlagen|betauben|krank machen)\\b`,
    ),
    new RegExp(
      `\\b(?:meinem|meiner|jemandem|ihm|ihr|dem|der) (?:${SOMEONE} )?(?:(?:richtig|so|sehr|mal|ordentlich|schwer) )?(?:weh ?tun|wehzutun|schaden|etwas antun)\\b`,
    ),
    new RegExp(
      `\\b(?:macht|machen|mache) (?:meinen|meine|jemanden|ihn|sie|den|die) (?:${SOMEONE} )?(?:krank|mude|bewusstlos|schlafrig)\\b`,
    ),
    new RegExp(
      `\\b(?:vergifte|tote|verletze|schlage|betaube) (?:ich )?(?:jemanden|ihn|(?:meinen|meine|meinem|den|die|einen) ${SOMEONE})\\b`,
    ),
    new RegExp(`\\bbringe (?:ich )?(?:jemanden|meinen|meine|ihn|sie|den|die|einen) (?:${SOMEONE} )?(?:[\\w]+ )?um\\b`),
    // Revenge with menace: "teach him a lesson he won't forget", "make her pay for what she did", "get back at him,
    // I know where he parks". Not "teach my kids a lesson about money" nor "make him pay for the damage".
    new RegExp(
      `\\bteach\\w* ${PERSON} a lesson (?:(?:he|she|they)(?:'ll| will)? (?:won't|will never|never|wont) forget|by (?:hurting|beating|hitting))\\b|\\bmak(?:e|ing) ${PERSON} (?:pay for what|pay dearly|suffer|bleed|regret (?:ever )?(?:being born|it for the rest))`,
    ),
    new RegExp(
      near(
        alt(`get(?:ting)? back at ${PERSON}`, `(?:revenge|vengeance) on ${PERSON}`, `get even with ${PERSON}`),
        alt(
          'know where (?:he|she|they) (?:lives?|parks?|works?|sleeps?)',
          'so bad',
          'suffer',
          'pay',
          'physically',
          'weapon',
          'knife',
          'gun',
          'bat',
          'fists?',
          'car',
        ),
        60,
      ),
    ),
    // Hitting or choking someone until they pass out.
    new RegExp(
      `\\b(?:hit|punch|choke|strangle|squeeze|kick|smother)\\w* ${PERSON}\\b.{0,25}\\b(?:to knock (?:them|him|her) out|before (?:they|he|she) (?:pass|black|go|goes|passes|blacks)(?: out)?|until (?:they|he|she) (?:pass|black|go|passes|blacks|goes) out|(?:out )?cold|unconscious)\\b`,
    ),
    // Tampering with someone's brakes, car, insulin, inhaler or medicine.
    new RegExp(
      `\\b(?:tamper\\w*|mess\\w*|cut|cutting|loosen\\w*|sabotag\\w*|disabl\\w*) (?:with )?${PERSON_POSS} (?:${WORD}){0,2}?(?:brakes?|brake lines?|brake cables?|tyres?|tires?|seatbelt|steering|gas line|insulin pump|insulin|inhaler|epipen|oxygen|pacemaker|${MED})\\b(?!.{0,20}\\bmy (?:own )?(?:car|bike)\\b)`,
    ),
    // Fear of another's violence, or their threat: "scared my husband will hurt the kids", "he threatened them".
    new RegExp(
      `\\b(?:scared|afraid|worried|terrified|frightened|fear)\\b.{0,25}\\b(?:${SOMEONE}|he|she|they) (?:will|might|could|would|is going to|'s going to|'ll|may) (?:really )?${VIOLENCE} (?:me|us|${PERSON})\\b(?! (?:when|if|once|after|for) (?:she|he|they|i) (?:sees?|finds? out|hears?|learns?|gets? home|notices?|knows?|fail\\w*|get\\w*))|\\b(?:${SOMEONE}|he|she) (?:has )?(?:threaten\\w*) (?:to (?:kill|hurt|stab|shoot|beat|strangle|harm) (?!(?:himself|herself|themselves)\\b)|(?:me|us|them|the CHILDs?|my CHILDs?|the kids|my kids) with (?:a )?(?:knife|gun|weapon))`,
    ),
    new RegExp(
      `\\b${SOMEONE} (?:has )?threaten\\w*\\b.{0,30}\\b(?:kill|hurt|stab|shoot|beat|harm) (?:me|us|the CHILDs?|my CHILDs?|the kids|my kids|them)\\b|\\bthreaten\\w* (?:the CHILDs?|my CHILDs?|the kids|my kids)\\b`,
    ),
    // A school or workplace shooting.
    /\bshoot(?:ing)? up (?:a|the|his|her|my|their|our) (?:[\w']+ )?(?:school|class|classroom|office|workplace|church|mosque|synagogue|mall|college|campus|party|concert)\b|\bbring(?:ing)? (?:a )?(?:gun|knife|weapon) to (?:school|class|work)\b.{0,30}\b(?:use|shoot|hurt|kill|stab|teach|show|deal with|get (?:back at|them|him|her)|scare|handle|for (?:the|those|that) (?:bull\w*|kids?|guys?))\b/,
    // Threats in es/fr/de: "amenaza con matarme", "menace de me tuer", "droht mich umzubringen".
    /\bamenaz\w* (?:con )?(?:matar|pegar|hacer dano|apunalar)\w*|\bmenac\w* de (?:me |nous |le |la |les |l')?(?:tuer|frapper|buter|poignarder)\b|\bdroh\w* (?:mich|uns|ihn|sie|mir|ihr|den kindern)\b.{0,20}\b(?:umzubringen|zu toten|zu schlagen|zu verletzen|umbringen)\b/,
    // Revenge and "a lesson" in es/fr/de.
    /\bvengarme de\b.{0,40}\b(?:hacer(?:le)? dano|pegar\w*|golpe\w*|sufr\w*|pagar)\b|\bfaire payer\b.{0,30}\b(?:frapper|tuer|souffrir|casser|cogner)\b|\bje vais (?:le|la|les) (?:frapper|tuer|buter|cogner|tabasser|defoncer)\b|\blektion erteilen\b.{0,30}\b(?:leiden|weh|schlagen|verletzen|bereuen)\b|\b(?:er|sie) soll (?:dafur )?leiden\b/,
    // Tenth round, by concept: making someone vanish for good, a grip on one's throat, a beating in French, a person
    // not to wake, a knockout in German.
    new RegExp(
      `\\bmak\\w* ${PERSON} (?:disappear|vanish|go away) (?:for good|forever|permanently|without a trace)\\b|\\b(?:grabbed|choked|strangled|squeezed|held) (?:me by )?(?:my|her|his) (?:throat|neck)\\b|\\b(?:choked|strangled|throttled) (?:me|her|him)\\b(?! (?:up|with laughter))`,
    ),
    /\b(?:casser|peter|defoncer|exploser) la gueule\b(?! (?:a|au) (?:mon|ma|son|sa|ce|cet|cette|le|la) (?:pc|ordi\w*|voiture|telephone|portable|tele|television|machine|ecran|imprimante|jeu)\b)|\b(?:foutre|mettre|donner) une (?:raclee|rouste|droite)\b|\bpour (?:qu'il|qu'elle|qu'ils|qu'elles) ne se reveille\w* (?:pas|plus|jamais)\b|\bpara que no (?:se )?despierte (?:mas|nunca)\b|\bdamit (?:er|sie) nicht mehr aufwacht\b|\b(?:schlag\w*|haue?\w*) (?:ich )?(?:jemanden|ihn|sie|meinen \w+|einen \w+) (?:k ?o|bewusstlos|nieder|zusammen)\b/,
    // Eleventh round, by concept: a fire set with someone inside, jumping someone, a drug for compliance, another's
    // threat tied to the police or leaving, es/fr/de beatings, wishing someone suffers, stabbing in German.
    new RegExp(
      `\\bburn\\w* (?:the|our|his|her|their|my) (?:house|home|flat|apartment|car|room)(?: down)?\\b.{0,20}\\bwith ${PERSON}\\w* (?:inside|in it|in there)\\b|\\b(?:planning to|going to|gonna|want to|wanna|about to) jump (?:the|that|this) (?:${SOMEONE}|guy|dude)\\b|\\b(?:drugs?|pills?|substances?|something)\\b.{0,20}\\bmakes? (?:${PERSON}|a person) (?:do (?:what|anything|whatever)|obey|compliant|pass out|black out|unconscious)\\b`,
    ),
    /\b(?:he|she|they)(?:'ll| will|'s going to| is going to|'d| would) (?:kill|hurt|stab|shoot|beat|strangle) (?:me|us|my kids|my children)\b(?=.{0,40}\b(?:police|cops|report|divorce|leave (?:him|her|them)|take the kids)\b)/,
    /\b(?:partir(?:le)?|romper(?:le)?) la (?:cara|boca|crisma)\b|\bquiero que (?:mi |su |el |la |ese |esa )?(?:[\w']+ )?(?:sufra|se muera|muera)\b|\bje veux qu'(?:il|elle|ils) (?:souffre|meure|creve)\w*|\b(?:will|mochte),? dass (?:er|sie) (?:leidet|stirbt|verreckt)\b|\b(?:ihn|sie|jemanden|den|die|meinen|meine) (?:[\w]+ )?(?:abstechen|abzustechen|erstechen|zu erstechen|kaltmachen|kaltzumachen)\b/,
    // Pills crushed into a drink with the question of being found out.
    /\bcrush\w*\b.{0,50}\b(?:into|in) (?:[\w']+ ){0,2}?FOOD\b.{0,40}\b(?:show up|detect\w*|test|notice|find out|taste it)\b/,
  ],
};
