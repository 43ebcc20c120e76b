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
  // Quebec French "pu" for "plus", marks made with a compass, letters left "just in case", a bridge that "would be
  // easy", not planning to be there in June; pills saved up, "genug gelebt", ending things "on his own terms".
  /\b(?:pense\w*|envie|voudrais|veux|aimerais)\b.{0,20}\b(?:a |de )?(?:ne )?(?:pu|plus) (?:me |se )?reveiller\b/,
  /\bme (?:fais|suis fait|fait) des (?:marques|entailles|coupures|griffures)\b|\bau compas sur (?:le|les|mon|mes) (?:bras|poignets?|cuisses?|jambes?)\b/,
  /\b(?:ecris|ecrit|writing|wrote|written|escribiendo|escribi|escribo|schreibe|geschrieben)\b.{0,15}\b(?:des |de |some |unas |ein paar )?(?:lettres?|letters?|cartas?|briefe?)\b.{0,40}\b(?:au cas ou|just in case|in case (?:i'm|i am|i don't|i'm not|something happens|anything happens)|por si acaso|por si (?:me )?pasa algo|fur den fall|falls mir)\b/,
  /\b(?:pont|bridge|puente|brucke)\b.{0,80}\b(?:serait (?:si )?facile(?! de)|would be (?:so )?easy(?! to)|seria (?:tan )?facil(?! de)|ware (?:so )?(?:leicht|einfach))\b/,
  /\b(?:compte|pense|serai|vais) (?:pas|plus) (?:etre )?(?:encore )?la (?:en|a|dans|pour|d'ici)\b|\b(?:won't|wont|will not|not going to|not gonna) (?:be )?(?:around|here|alive) (?:by|in|for|at|come)\b/,
  /\b(?:sammelt|sammle|gesammelt|hortet|horte|gehortet)\b.{0,30}\b(?:schlaftabletten|tabletten|pillen|medikamente)\b|\bgenug gelebt\b|\b(?:stockpil\w*|hoard\w*|saving up) (?:[\w']+ ){0,2}?(?:pills|tablets|meds)\b|\b(?:juntando|guardando) (?:[\w']+ ){0,2}?(?:pastillas|pildoras)\b/,
  /\b(?:finish|end) (?:things|it all|it|everything) on (?:his|her|my|their) own terms\b/,
  /\b(?:a laisse|left|dejo|hat) (?:un mot|a note|una nota|einen (?:brief|zettel)|eine nachricht)\b.{0,60}\b(?:repond plus|won't answer|not answering|no contesta|geht nicht ran|pills|tablets|medocs|pastillas|tabletten)\b|\b(?:toute la boite|all (?:her|his|the) pills|todas las pastillas|alle tabletten)\b.{0,60}\b(?:a laisse un mot|left a note|dejo una nota|abschiedsbrief)\b/,
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
  // Someone who cannot be woken or does not react, lips swelling with trouble breathing, a sudden worst headache,
  // a face or hand that stops working (a coffee cup dropped, the mouth drooping).
  /\b(?:arrive|arrivons|arrivent) (?:pas|plus) a (?:le|la|les) reveiller\b|\bno (?:reacciona|responde|despierta)\b|\b(?:really |very |super )?hard to wake\b|\b(?:can't|cant|cannot|couldn't) (?:wake|rouse) (?:him|her|them)\b|\b(?:won't|wont) wake up properly\b|\bwacht nicht (?:mehr )?auf\b|\bnicht (?:mehr )?wach zu (?:kriegen|bekommen)\b|\b(?:esta )?muy dormido,? no contesta\b/,
  /\b(?:levres|langue|visage|gorge|labios|lengua|cara|lippen|zunge|lips|tongue)\b.{0,25}\b(?:enfl\w*|gonfl\w*|hinch\w*|geschwollen|schwillt|swell\w*|swollen)\b.{0,60}\b(?:respire mal|respire difficilement|du mal a respirer|peut pas respirer|le cuesta respirar|no puede respirar|respira mal|bekommt schlecht luft|kriegt keine luft|can't breathe|struggling to breathe|trouble breathing|hard to breathe)\b|\b(?:se hincho|s'est mis a gonfler)\b.{0,60}\b(?:respirar|respirer)\b/,
  /\b(?:mal de tete|migraine|headache|dolor de cabeza|kopfschmerz\w*)\b.{0,60}\b(?:(?:le )?pire de (?:ma|sa) vie|worst (?:of my life|ever)|(?:el )?peor de mi vida|schlimmsten meines lebens)\b/,
  /\b(?:aus dem mund (?:lauft|verliert|fallt)|tasse nicht mehr halten|mundwinkel hangt|one side (?:of (?:her|his|my) face )?(?:sort of )?(?:slid|dropped|drooped|droops|sagging)|se le cae (?:la boca|la cara) de un lado|la bouche de travers)\b/,
];
