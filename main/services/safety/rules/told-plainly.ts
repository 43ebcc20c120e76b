// Crisis and emergency signs as people tell them (en/es/fr/de) rather than name them: belongings given away with
// a farewell, wishing not to wake up, thoughts of jumping or of a planned way, cutting oneself in German and
// Spanish slang; a tight chest spreading to the jaw or arm, a seizure going on for minutes, blood pumping out, a
// throat closing, "the worst headache of his life" in Spanish and French. The words "suicide" or "heart attack"
// are rarely there.

export const crisisToldPlainly: readonly RegExp[] = [
  // Belongings given away with a farewell ("won't be needing it where I'm headed", "gave away his watch").
  /\b(?:gave|given|giving|give|regale|regalo|donne|a donne|verschenkt)\b.{0,60}\b(?:won't be needing (?:it|them|any of it) where|where i'm (?:headed|going)|ready to go|when i'm gone|ya no lo (?:voy a )?necesit\w*|veut disparaitre|n'en aura plus besoin|brauche ich (?:eh )?nicht mehr)\b|\b(?:ready to go see|going to join|want to be with) (?:my|your|his|her) (?:late )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter)\b/,
  /\b(?:veut|voulait|voudrais|veux) dispara[iî]tre\b|\bquiere desaparecer\b|\bwill (?:einfach )?verschwinden\b/,
  // Not waking up, jumping, a way planned.
  /\b(?:preferiria|prefiero|quisiera|ojala) no (?:despertar(?:me)?|volver a despertar)\b|\b(?:prefererais|voudrais) ne (?:plus|pas) me reveiller\b|\b(?:lieber|will) nicht mehr aufwachen\b/,
  /\b(?:se jeter|me jeter|sauter) (?:par la fenetre|du pont|sous (?:un|le) (?:train|metro))\b|\btirarse (?:del|por el|por la|a las) (?:puente|ventana|vias)\b|\b(?:denke|dachte) (?:[\w']+ ){0,2}?(?:springen|vor den zug)\b|\bmit dem auto gegen (?:einen|den) baum\b/,
  /\b(?:uberlegt|nachgedacht|gedacht),? wie (?:er|sie|ich) (?:es|'s|s) (?:machen|tun) wurde\b|\bthought about how (?:i|he|she)(?:'d| would) do it\b/,
  /\b(?:shotgun|gun|rifle|rope)\b.{0,40}\b(?:looks like (?:an|the) answer|way out|end it)\b/,
  // Cutting oneself.
  /\britzen\b|\bgeritzt\b|\bcortandose\b|\bse corta (?:los brazos|las munecas|las piernas)\b|\bse scarifie\b|\bblades? in (?:my|her|his|their) (?:[\w']+ )?(?:pencil case|room|drawer|bag)\b/,
  /\b(?:scratch|pick|hit|burn)(?:ing|es|s)? (?:at )?(?:myself|my (?:[\w']+ )?(?:stomach|arms?|legs?|skin)) (?:till?|until) (?:it|they|i) bleeds?\b/,
  /\bme (?:volvi a cortar|corte otra vez|corte de nuevo|sigo cortando|vuelvo a cortar|corto) (?:el brazo|los brazos|las munecas|la muneca|las piernas|la pierna)\b/,
  // Better off gone, in French, Spanish and German; falling asleep and not waking; jumping in Mexican slang.
  /\bsi (?:je|il|elle) n'et(?:ais|ait) plus la\b|\bsi (?:ya )?no estuviera\b.{0,20}\b(?:mejor|facil|nadie)|\b(?:mejor|mas facil) (?:para todos )?si (?:ya )?no estuviera\b|\bwenn ich nicht mehr da (?:ware|bin)\b/,
  /\bs'endormir et ne (?:jamais|plus|pas) se reveiller\b|\bm'endormir et ne (?:jamais|plus|pas) me reveiller\b|\bdormir(?:me)? y no (?:volver a )?despertar\b|\beinschlafen und nicht mehr aufwachen\b/,
  /\b(?:se va a|me voy a|quiero|quiere|pienso|piensa) (?:aventar|tirar|lanzar)(?:se|me)? (?:desde|del|de la|de un|por la|al)\b/,
  /\b(?:redet|spricht|reden|sprechen)\b.{0,25}\bvom sterben\b|\bvom sterben\b.{0,60}\bverschenkt\b/,
];

export const emergencyToldPlainly: readonly RegExp[] = [
  // A tight chest spreading to the jaw, arm or back, or with sweating.
  /\b(?:tight|tightness|heavy|pressure|squeez\w*|oppress\w*|enge)\b.{0,40}\b(?:chest|poitrine|pecho|brust)\b.{0,80}\b(?:jaw|left arm|arm|back|sweat\w*|sweaty|clammy|machoire|bras gauche|mandibula|brazo izquierdo|kiefer|linken arm|schweiss\w*)\b|\b(?:chest|poitrine|pecho|brust)\b.{0,20}\b(?:tight|heavy|oppressee?|enge)\b/,
  /\b(?:brazo izquierdo (?:entumid\w*|dormid\w*|adormecid\w*)|bras gauche (?:engourdi|lourd))\b|\b(?:left arm is (?:heavy|numb)|my left arm (?:feels )?(?:heavy|numb))\b/,
  // A seizure that goes on, blood pumping out, a closing throat, a sudden worst headache.
  /\b(?:fitting|seizing|convulsing|having a (?:fit|seizure)|krampft|convulsiona\w*|convulse)\b.{0,30}\b(?:\d+|five|six|seven|eight|ten|several) ?(?:minutes|mins|minuten|minutos)\b/,
  /\bblood (?:is )?(?:\w+ )?(?:pumping|spurting|gushing|pouring)\b|\b(?:pumping|spurting|gushing) blood\b/,
  // A tourniquet is for bleeding that will not stop; breathing oddly after a fall or collapse.
  /\b(?:tourniquets?|torniquetes?|garrots?)\b/,
  /\batmet (?:[\w']+ )?(?:komisch|kaum|nicht mehr|rochelnd|ganz flach)\b|\brespira (?:muy )?(?:raro|apenas|con mucha dificultad)\b|\bne respire (?:plus|presque plus)\b|\brespire (?:bizarrement|a peine)\b|\b(?:breathing (?:really )?(?:weird|funny|strangely|oddly)|barely breathing)\b/,
  // A heart attack by its ECG name.
  /\b(?:inferior|anterior|lateral|posterior|septal|acute|wall|silent) (?:wall )?mi\b(?! (?:band|note|phone|casa|vida)\b)|\bmi on (?:the )?(?:ecg|ekg)\b/,
  /\b(?:se me esta cerrando|se le esta cerrando|se me cierra) la garganta\b|\bma gorge se (?:ferme|serre)\b|\b(?:hals|kehle) (?:schnurt sich zu|schwillt zu)\b|\b(?:kriegt|bekommt) (?:schlecht|keine) luft\b|\bno (?:puede|puedo) respirar\b|\brespir\w* fatal\b/,
  /\b(?:el|la) peor (?:dolor de cabeza )?de su vida\b|\bpire (?:mal de tete|migraine) de (?:sa|ma) vie\b|\bschlimmsten kopfschmerzen (?:seines|ihres|meines) lebens\b/,
];
