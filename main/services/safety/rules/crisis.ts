// Crisis red flags (en/es/fr/de): suicidal thoughts, wanting to die, self-harm, no reason to live.
// "I could die of embarrassment" / "dying to see" do not match: only a wish to die or to end one's
// life does, not figures of speech about dying.
import { MED } from './lexicon';
import { pillsToEndItTagged } from './pill-counts';
import { crisisToldPlainly } from './told-plainly';
import type { SafetyRuleSet } from './types';

export const crisisRules: SafetyRuleSet = {
  kind: 'crisis',
  patterns: [
    // A place to end it ("somewhere quiet to end things"); belongings given away beside a plan or a calm.
    /\b(?:somewhere|a place|a spot|anywhere) (?:[\w']+ ){0,3}?to end (?:it|it all|things|everything|my life)\b/,
    /\b(?:gave|given|giving|give) away (?:[\w']+ ){0,6}?.{0,60}\b(?:made a plan|have a plan|my plan|(?:feel|felt|i'm|im) (?:so |really )?(?:calm|at peace)|won't (?:be )?need(?:ing)? (?:it|them)|when i'm gone)\b/,
    /\bsuicid\w*/, // en suicide/suicidal, es suicidio/suicidas, fr suicider
    // Common misspellings and the euphemisms of social media ("unalive myself", "sewerslide").
    /\b(?:sucide|suicde|suiside|sucidal|suicidial|sewerslide|unalive\w*)\b/,
    /\b(?:want|wants|wanted|wanting|wish|wished) to (?:die|be dead|end (?:my|his|her|their|it) (?:life|all)?)\b/,
    /\b(?:i wish i was|i wish i were|better off) dead\b|\bbetter off without me\b/,
    /\b(?:don't|do not|never) want to wake up\b|\bnot (?:to )?wake up (?:ever )?again\b/,
    /\bkill(?:ing)? (?:myself|himself|herself|themselves|yourself|ourselves)\b/,
    /\bend (?:my|his|her|their) (?:own )?life\b|\bend it all\b|\btake (?:my|his|her|their) own life\b/,
    /\bself ?harm\w*|\bselfharm\w*|\bself injur\w*/,
    /\b(?:cutting|cuts|cut|hurting|hurts|hurt|harming|harms|harm|burning|burns) (?:myself|himself|herself|themselves)\b/,
    /\b(?:cut|cuts|cutting|slit|slitting|burn|burning) (?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b/,
    /\b(?:don't|do not|can't|cannot) see (?:the |any )?point in (?:living|life|going on|being alive|being here)\b|\bwhat's the point (?:of|in) (?:living|life|being alive|going on)\b/,
    /\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on)\b|\bdon't want to (?:live|be alive)\b/,
    // Indirect wording: a burden, better off without me, tired of living, wanting it all to stop, not waking up.
    /\b(?:be|are|is|was|were|would be|'d be|d be) (?:so much |much |all |a lot )?better (?:off )?without me\b|\b(?:a|such a) burden (?:to|on|for) (?:everyone|every one|my|them|all)\b.{0,40}\b(?:out|gone|dead|disappear|end|anymore)\b/,
    /\b(?:tired|sick|exhausted) of (?:living|being alive|life|existing|waking up)\b|\b(?:don't|dont|do not|no longer|never) (?:want|wanna) to (?:exist|be here|live|wake up)\b/,
    /\b(?:want|wish|need) (?:it|everything|the pain|this|life) (?:all )?to (?:stop|end) (?:for good|forever|permanently)\b|\bi (?:just )?want (?:it|everything) (?:all )?to (?:stop|end)\b(?! (?:raining|snowing|ringing|buffering|crashing|lagging|beeping|itching|hurting|aching|bleeding))/,
    /\b(?:want to|wanna|wish i could|going to|gonna) disappear (?:forever|for good|and never)\b|\bwant out for good\b|\bnever wake up\b(?! (?:in time|early|on time))|\bthinking (?:about|of) not waking up\b/,
    /\b(?:can't|cant|cannot|can not) (?:go on|keep going|carry on|do this) (?:like this|anymore|any more|any longer|living)\b|\bi can't go on\b(?! (?:holiday|vacation|the|a|an|with|to|without|my|social|tour))/,
    /\b(?:don't|dont|do not|can't|cant|cannot|no longer) see (?:the |any )?point (?:anymore|any more|in anything|of anything|in going on|in trying)\b|\bno point (?:in )?(?:living|going on|anymore|any more)\b|\bnothing (?:left )?to live for\b/,
    /\b(?:least painful|painless|quickest|easiest|quietest|surest) ways? to (?:go|die|end it|end things|kill (?:myself|yourself|oneself))\b|\bhow to die (?:painlessly|quickly|peacefully|in my sleep)\b/,
    // Means and plans: jumping, hanging, stockpiling pills, taking them all at once, a farewell note.
    /\b(?:jump|jumping|throw myself|throwing myself|leap|leaping) (?:off|from|in front of|under) (?:a |an |the |my |our |that |this )?(?:[\w']+ )?(?:bridge|building|roof|rooftop|balcony|cliff|window|tower|train|car|bus|truck|overpass|parking garage|car park)\b|\bthinking (?:of|about) jumping\b/,
    /\b(?:hang|hanging|hanged|strangle|strangling|shoot|shooting|drown|drowning|gas|gassing|poison|poisoning) myself\b|\bnoose\b(?! (?:knot|in (?:fishing|sailing)))|\bdriv\w* (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|cliff|bridge|river|lake|oncoming)\b.{0,30}\bon purpose\b/,
    /\b(?:collecting|saving up|saving|stockpiling|hoarding|stashing) (?:up )?(?:all )?(?:my |of my )?(?:pills|tablets|meds|medication|medicines|sleeping pills|painkillers|prescriptions)\b(?!.{0,15}\b(?:from|at) (?:the )?(?:pharmacy|chemist|drugstore|apotheke|farmacia|pharmacie|doctor|gp|hospital|clinic)\b)/,
    /\btake (?:all|every one|the whole bottle|the whole box) (?:of )?(?:my |the )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b(?: (?:at once|together|in one go))?|\b(?:would it take|do i need) to (?:not wake up|never wake up|die|not be here)\b/,
    /\b(?:goodbye|farewell|suicide) (?:letter|note|message|video)s?\b|\bgave away (?:all )?(?:his|her|my|their) (?:stuff|things|belongings|possessions)\b|\b(?:tonight|today) is the night (?:i|he|she|they) (?:end|ends|do|does)\b/,
    /\b(?:burn|burned|burnt|burns|scratch|scratching|scratched|punch|punching|hit|hitting|bite|biting|carve|carving|scar|scarring) (?:myself|himself|herself|themselves)\b(?! (?:on|with) (?:the|a) (?:stove|oven|iron|pan|kettle))|\b(?:razor|blade) (?:on|to|against) my (?:skin|arm|wrist|leg|thigh)s?\b/,
    /\bkms\b|\bwanna die\b|\bwant to die\b/,
    // Not deserving to live, a knife held to oneself, hoping not to wake, thoughts of dying, an attempt, scouting a
    // high place, giving one's things away, a whole supply at once.
    /\b(?:don't|do not|doesn't|does not) deserve to (?:live|be alive|exist|be here)\b|\bhope (?:that )?i (?:don't|do not|never|won't) wake\b/,
    // Goodbyes said, a peaceful way not to exist, wanting out of life, hurting oneself because one deserves it, a
    // burden for whom it's time to go, how many of one's own tablets would be fatal.
    /\bsaid (?:my )?goodbyes? to (?:everyone|everybody|my family|them all|all my friends)\b.{0,40}\b(?:time|forever|for good|last time|tonight|before i (?:go|die))\b|\bwant out of (?:this |my )?life\b|\b(?:most )?(?:peaceful|gentlest|quietest) ways? to (?:die|go|not exist|stop existing|end it)\b/,
    /\b(?:punch|hit|bang)\w* (?:walls?|my head|myself)\b.{0,30}\b(?:bleed\w*|bruis\w*|deserve)|\bi deserve (?:the |this )?(?:pain|to (?:hurt|suffer|die|be hurt))\b/,
    /\b(?:i'm|i am|i feel like|feel like) (?:such |just )?a burden\b.{0,40}\b(?:time to go|to go|gone|leave|end|die|better off|anymore)\b/,
    /\bhow (?:much|many) (?:of )?my (?:[\w']+ ){0,2}(?:pills|tablets|meds|medication|antidepressants|painkillers|prescription)\b.{0,30}\b(?:fatal|lethal|kill me|deadly|to die|to overdose)\b/,
    // Stepping off a high place, wanting it over, no way out, cutting or scratching with a blade.
    /\b(?:jump\w*|step(?:ping)? off|leap\w*|throw\w* myself)\b.{0,30}\b(?:bridge|building|roof|rooftop|balcony|cliff|ledge|car park|parking garage|tower|overpass)\b|\b(?:bridge|roof|rooftop|balcony|cliff|ledge|car park|parking garage|overpass)\b.{0,40}\b(?:jump\w*|step(?:ping)? off)\b/,
    // Leaving this world, a pointless life, never existing, a note left with pills, one's funeral "if I did it",
    // driving off a cliff on purpose.
    /\b(?:leave|leaving|left) this world\b(?! of\b)|\bready to die\b|\blife (?:feels|is|seems) (?:so |completely |totally )?(?:pointless|meaningless|hopeless|worthless)\b(?! (?:without|with no|unless)\b)|\bnever exist\b/,
    /\b(?:pills|tablets|overdose)\b.{0,30}\bleft a (?:note|letter)\b|\bmy (?:own )?funeral\b.{0,30}\bif i\b|\bif i (?:did|do|went through with) it\b.{0,30}\b(?:funeral|miss me|care|notice)\b/,
    /\b(?:going to|gonna|want to|wanna|thinking (?:of|about)|plan(?:ning)? to) driv\w* (?:my car |the car )?(?:off|into) (?:a |the )?(?:cliff|bridge|wall|tree|river|lake|oncoming)\w*/,
    /\bwant (?:it|this|everything|it all|all this) (?:all )?to be over\b|\bno (?:other )?way out (?:except|but|other than)\b/,
    /\b(?:scratch\w*|cut\w*|carv\w*|slash\w*)\b (?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin)\b.{0,20}\b(?:razor|blade|knife|glass|scissors|compass)\b/,
    /\b(?:knife|blade|razor|scissors|glass)\b (?:to|on|against|across) (?:my|her|his|their) (?:wrists?|throat|arms?|skin|neck)\b/,
    /\b(?:thinking|thought|think|thoughts|dreaming) (?:a lot )?(?:about|of) (?:dying|death|being dead|not being here|not existing)\b(?! (?:my|her|his|the|your|our) (?:hair|clothes|shirt|fabric|beard|eggs|jeans))/,
    /\b(?:tried|attempted|attempting|trying) to (?:kill|hang|drown|shoot|poison|suffocate|gas) (?:myself|herself|himself|themselves)\b|\b(?:hang|hanging|hanged) (?:herself|himself|themselves|yourself)\b|\bsuicide attempts?\b/,
    /\b(?:researching|looking up|googling|searching|scouting)\b.{0,30}\b(?:(?:highest|tallest)\b.{0,20}\b(?:bridges?|buildings?|cliffs?|towers?|car parks?)|(?:bridges?|buildings?|cliffs?|towers?|car parks?)\b.{0,20}\b(?:highest|tallest))\b|\b(?:highest|tallest) (?:bridges?|buildings?|cliffs?) (?:near me|near my|in my (?:town|city|area))\b.{0,40}\b(?:jump|fall|survive)/,
    /\bgiv(?:e|es|ing|en) (?:away )?(?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions|pets?) away\b|\bgiv(?:e|es|ing|en) away (?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions)\b(?!.{0,40}\b(?:mov\w*|relocat\w*|declutter\w*|charity|sell\w*|downsiz\w*|emigrat\w*|abroad)\b)/,
    /\b(?:take|taking|took|swallow\w*) (?:all of |all |the whole |my whole |my entire |every )(?:my |the |his |her )?(?:[\w']+ )?(?:pills|tablets|meds|medication|prescription|bottle|box|packet|supply|stash)\b.{0,20}\b(?:at once|in one go|together)\b/,
    /\b(?:want|wanting|urges?|need) to (?:hurt|harm|cut|burn|punish) (?:myself|yourself|herself|himself|themselves)\b/,
    // Means ready, bleeding out from the wrist, no future, giving up on life, others happier if I were gone.
    /\b(?:rope|noose|pills|gun|razor|blade)s? (?:is |are )?(?:ready|set up|in place|tied)\b|\bbleed(?:ing)? out\b.{0,20}\b(?:wrists?|arms?|myself)\b|\bwrists?\b.{0,20}\bbleed(?:ing)? out\b/,
    /\b(?:can't|cannot|cant|don't|do not|dont) see (?:a|any) future\b|\bno future for me\b|\bgiv(?:e|ing|en) up on (?:life|living|myself)\b|\b(?:sleep|fall asleep) and (?:not|never) wake(?: up)?\b/,
    /\b(?:everyone|everybody|they|my family|the world|people|my kids|he|she) (?:would|will|'d) be (?:so much |much |a lot )?(?:happier|better|better off|fine|relieved) (?:if|when) i(?:'m| am| was| were)? (?:gone|dead|not here|not around|disappeared|died)\b/,
    /\b(?:scared|afraid|frightened|terrified) of (?:myself|what i (?:might|could|will|would) do)\b|\b(?:don't|dont|do not|can't) trust myself (?:anymore|any more|alone|around (?:pills|knives|my meds))\b/,
    // Ending one's life in any tense, a death wish, wanting to stop existing, a gun to one's head, a plan.
    /\bend(?:s|ed|ing)? (?:my|his|her|their) (?:own )?life\b|\b(?:feel like|felt like|thought about|thinking (?:about|of)|want to|wanna|going to|gonna) end(?:ing)? it(?: all)?\b(?! with)/,
    /\b(?:i have|i've got|i've had|having|i've been having|with) (?:a |this )?(?:passive )?death wish\b|\bpassive (?:suicidal|death)\w*|\b(?:rather|sooner) be dead\b|\b(?:want|wanna|wish i could|to) (?:just )?stop existing\b|\bcease to exist\b|\bnot (?:to )?exist any ?more\b/,
    /\beat(?:ing|s)? (?:his|my|her|their|a) gun\b|\b(?:put|putting|hold\w*) (?:a|the|my|his|her) gun to (?:my|his|her|their) head\b|\bplanning (?:how|when|where) (?:i'd|i would|i will|i'll|i'm going to|to) do it\b|\bdone with (?:everything|life|it all|living)\b(?! (?:on|in|for|at|from|that|we|you|i|the|my|this|today|by|before|and then|except)\b)/,
    /\b(?:fresh|new|deep|hidden|secret) cuts on (?:my|her|his|their) (?:arms?|wrists?|thighs?|legs?|stomach|hips?)\b|\bcuts on (?:my|her|his|their) (?:wrists?|thighs?)\b/,
    // Not being missed or around, life not worth it, wishing for an accident, sleeping forever, an urge to cut,
    // overdosing on purpose, how high a fall kills.
    /\b(?:no one|nobody|no body) (?:would|will|is going to|gonna) (?:even |really |ever )?(?:miss|notice|care about) me\b|\b(?:no one|nobody) would (?:even |really |ever )?(?:care|notice|miss me) if i (?:just )?(?:died|was gone|were gone|disappeared|vanished|left|wasn't here|weren't here|was dead)\b/,
    /\b(?:won't|will not|wont|not going to) be (?:around|here) (?:much longer|for long|anymore|any more|next (?:week|month|year))\b|\bin case i'm not (?:around|here)\b/,
    /\b(?:life|living|my life) (?:isn't|is not|isnt|ain't|not|no longer) worth (?:living|it anymore|it any more)\b|\bnot worth living\b/,
    /\bwish (?:that )?(?:a |the |some )?(?:car|bus|truck|lorry|train|someone|somebody|something) would (?:just )?(?:hit|kill|run over|run me over) me\b|\b(?:want|wanna|wish) (?:to |i could )?(?:go to |fall a)?sleep forever\b/,
    /\burges? to (?:cut|burn|self harm)\b|\burges? to (?:hurt|harm|kill|cut|burn) myself\b|\b(?:scratch|pick|cut|hit|burn|bang|punch|bite)\w* (?:my|her|his) (?:skin|arms?|head|wrists?|legs?|thighs?)\b.{0,20}\b(?:till|until|so) (?:it|they|i) (?:bleeds?|bruises?|hurts?)\b/,
    /\boverdos\w* (?:on purpose|deliberately|intentionally)\b|\b(?:going to|gonna|wants? to|threaten\w* to|plan\w* to) overdose\b|\bways? to end (?:it|things|it all)\b(?! with)|\bhow high\b.{0,40}\b(?:not survive|to die|survive the fall|fatal fall)/,
    // Spanish.
    /\b(?:no le veo|no le encuentro|no tiene|sin) sentido (?:a )?(?:nada|la vida|vivir|seguir(?: viviendo)?)\b|\bquitar(?:me|se|te) la vida\b|\b(?:estarian|estaria|estarais|estarian todos) mejor sin mi\b|\bquiero desaparecer\b|\bcansad[oa] de vivir\b|\bno puedo (?:mas|seguir) (?:con|asi)\b/,
    /\b(?:tirarme|tirarse|lanzarme|lanzarse|arrojarme|arrojarse|me tiro|me voy a tirar) (?:por|de|desde|al|a las|bajo|delante)(?: (?:el|la|un|una|del|de la))? (?:puente|balcon|ventana|edificio|tren|metro|vias|azotea|tejado|precipicio|acantilado|coche|camion)\b|\b(?:ahorcarme|matarme|suicidarme)\b|\bme quiero (?:morir|matar)\b|\bno (?:merezco|merece|mereces) vivir\b|\bquitarme de en medio\b|\bdesaparecer (?:para siempre|del mundo)\b|\bno vale la pena vivir\b|\bvivir no vale la pena\b|\bno quiero (?:estar|seguir) (?:aqui|aca|en este mundo)\b|\bme (?:he estado|estoy|sigo) cortando\b|\bcortandome\b|\bmejor no existir\b|\bdejar de (?:existir|vivir)\b|\b(?:me voy|se va|te vas) a matar\b|\bse quiere matar\b|\b(?:se|me|te) (?:hace|hago|haces|hacia) cortes\b|\bse corta (?:los brazos|las piernas|las munecas)\b|\bcarta de despedida\b|\bnadie me (?:echaria|echara|va a echar) de menos\b|\bnadie me extra\w*\b|\b(?:me corto|me quemo|me lastimo|me hago cortes)\b/,
    // French.
    /\b(?:ne vois|vois) (?:plus|pas) (?:l'interet|le sens|de sens|d'interet|de raison) (?:de|a) (?:vivre|la vie|continuer)\b|\bmieux sans moi\b|\bdisparaitre (?:pour toujours|a jamais|definitivement)\b|\bpersonne ne me (?:regretterait|manquerait|regrettera)\b|\b(?:plus|aucune|pas) (?:de )?raisons? de vivre\b|\bne (?:merite|merites) (?:pas|plus) de vivre\b|\bne (?:veux|veut) plus (?:etre la|vivre|exister)\b|\bn'en (?:peux|peut) plus de vivre\b|\bmettre fin a (?:ses|mes|tes|leurs) jours\b|\b(?:se|me|te) (?:fait|fais|faire) du mal\b|\btout (?:s'arrete|s'arreter|finisse) (?:pour de bon|pour toujours|definitivement)\b|\bpense\w* (?:souvent |tous les jours |sans cesse )?a (?:mourir|la mort|me tuer|en finir)\b|\b(?:me|se|te) (?:fais|fait|faire) des (?:entailles|coupures)\b|\blettre d'adieu\b|\bje ne manquerais a personne\b|\bplus envie de vivre\b|\bmarre de (?:vivre|la vie)\b/,
    /\b(?:me jeter|me lancer|sauter) (?:sous|du|d'un|par|de la|depuis)\b|\bme pendre\b|\bme tuer\b|\bje me (?:coupe|scarifie|brule)\b|\bscarifi\w*/,
    // German.
    /\bkeinen sinn (?:mehr )?(?:im leben|zu leben|mehr)\b|\bbesser (?:dran )?ohne mich\b|\blebensmude\w*|\bniemand (?:wurde|wird) mich vermissen\b|\b(?:ich|er|sie) (?:bringe|bringt) (?:mich|sich) um\b|\bbringt sich um\b|\bnie (?:wieder|mehr) aufwachen\b|\b(?:fugt|fuge|fugen) (?:sich|mir|dir) (?:selbst )?verletzungen zu\b|\b(?:will|mochte|ware lieber|wunschte ich ware) (?:einfach |lieber )?tot\b|\bschneide\w* (?:mir|sich|dir) (?:die |den |in die )?(?:arme?|handgelenke?|haut|beine?|pulsadern)\b|\b(?:mich|sich|dich) (?:umzubringen|zu toten)\b|\b(?:tabletten|pillen|medikamente)\b.{0,20}\bgesammelt\b|\bum es zu beenden\b|\b(?:mir|sich|dir) (?:etwas|was) (?:anzutun|antun|angetan)\b|\britz\w* (?:mich|sich|dich)\b|\bverdien\w* (?:es )?nicht (?:zu leben|mehr zu leben)\b|\bkeine lust mehr (?:zu leben|auf das leben|auf leben)\b|\bverletz\w* (?:sich|mich|dich) selbst\b|\b(?:will|mochte) (?:es|alles) beenden\b|\bdenke (?:standig |oft |nur noch |immer )?an (?:den tod|selbstmord|suizid)\b|\babschiedsbrief\b|\b(?:will|mochte|wurde gern|wunsche mir) (?:(?!nicht)[\w']+ ){0,3}sterben\b|\bnicht mehr (?:da sein|aufwachen|hier sein)\b/,
    /\b(?:springen|springe|sturzen|werfen) .{0,20}\b(?:brucke|dach|hochhaus|balkon|zug|fenster)\b|\b(?:von|vor) (?:der|die|den|einen|dem|einer) (?:brucke|dach|hochhaus|balkon|zug)\w* (?:zu )?(?:springen|werfen)\b|\bmich (?:aufhangen|erhangen|umbringen)\b|\bschneide mich\b|\bverletze mich selbst\b/,
    // Spanish.
    /\bquiero morir\w*|\bquiere morir\w*|\bganas de morir\b|\bquitarme la vida\b|\bno quiero vivir\b/,
    /\bno despertar(?:me)? (?:nunca )?mas\b|\bno volver a despertar\b|\bno quiero seguir (?:viviendo|aqui|adelante)\b|\bacabar con (?:mi vida|todo)\b/,
    /\bautolesi\w*|\bhacerme dano\b|\bcortarme\b/,
    // French.
    /\benvie de mourir\b(?! de (?:rire|honte|faim|froid|chaud|ennui|fatigue))|\b(?:veux|veut|voulais) mourir\b|\ben finir\b|\bautomutil\w*|\bme faire du mal\b/,
    // German.
    /selbstmord|suizid|\b(?:will|mochte) (?:nicht mehr leben|sterben)\b|\bsterben will\b|\bnicht mehr leben\b/,
    /\bmir das leben (?:zu )?nehmen\b|\bmich (?:umzubringen|zu toten)\b|\bmich umbringen\b|\bselbstverletz\w*|\britze mich\b|\b(?:will|mochte) (?:einfach )?nicht mehr aufwachen\b/,
    // Txt-speak for suicide and self-harm: "ctb" (catch the bus), "sh" beside a relapse, urges, cuts or scars.
    /\bctb\b|\bkys myself\b|\b(?:relaps\w*|urges?|days?|weeks?|months?|clean|free|stopped|quit)\b (?:on |from |of |with )?sh\b|\bsh\b (?:again|relapse|urges?|scars?|cuts?|wounds?)\b/,
    // Wanting it over in the third person or with a plan: "wants to end it", "a plan to end things this weekend".
    /\b(?:wants?|wanted|wanting|wish\w*|plans?|planned|planning|plan on|going|gonna|tries|tried|trying|talks? about|talked about|thinks? about|thought about) (?:to )?end(?:ing)? (?:it|it all|things|everything|(?:my|his|her|their) (?:own )?life)\b(?! (?:with|there|here|now|early|on a|on good|on a high|amicabl\w*)\b)/,
    /\bwish(?:es|ed)? (?:i|he|she|they) (?:was|were|had|'d|hadn't|had not) never (?:been )?born\b/,
    // Not being around: "won't be here tomorrow", "talks about not being around next year".
    /\b(?:won't|will not|wont|not going to|not gonna|might not|may not) be (?:(?:here|around) (?:much longer|anymore|any more|for long|(?:tomorrow|tonight)\b(?=.{0,60}\b(?:take care of|look after|feed (?:my|her|his)|tell (?:everyone|mum|mom|dad)|love you|goodbye|i'm sorry|forgive me)\b))|alive (?:tomorrow|tonight|next|by|much longer|anymore|any more|for long))\b|\b(?:talk\w*|say\w*|said|joke\w*|post\w*|text\w*) (?:about )?not being (?:here|around|alive)\b/,
    // A farewell without the word: letters to everyone "just in case", giving away one's pet "when I'm gone".
    /\b(?:wrote|writing|written|write|left) (?:goodbye |farewell )?(?:letters|notes|messages) (?:to|for) (?:everyone|everybody|all|each|my (?:family|kids|children|parents|friends|loved ones))\b.{0,40}\b(?:just in case|in case|before i|when i'm gone|goodbye)\b|\btake care of (?:my|her|his|their) (?:cat|dog|pets?|kids|children)\b.{0,30}\b(?:when|after|once|if) (?:i'm|i am|she's|he's|they're) gone\b/,
    // Means acquired "just in case" or without a reason one can say.
    /\b(?:bought|buying|got|ordered) (?:a |some |the )?(?:rope|noose|gun|razor blades|blades|charcoal)\b(?!.{0,40}\b(?:camping|climb\w*|hik\w*|boat|sail\w*|tow\w*|swing|gym|workout|skipping|hunting|range|barbecue|bbq|grill\w*)\b).{0,40}\b(?:don't know why|just in case|for myself|to use on myself)\b/,
    // Waiting on a bridge or ledge; hoping to be hit or not to survive.
    /\b(?:stood|standing|stand|sat|sitting|went) (?:on|at|to|by) (?:the |a |that )?(?:edge of (?:the |a )?)?(?:bridge|ledge|train tracks|railway tracks|tracks|cliff edge|cliff)\b.{0,30}\b(?:for (?:an|a|hours?|\d+)|thinking|wondering|again|last night|yesterday|tonight|alone|couldn't|didn't)\b(?!.{0,40}\b(?:watch\w*|view|sunset|sunrise|photos?|pictures|fishing|waiting for|tourists?|with (?:my|a|the|our) (?!thoughts))\b)/,
    /\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i|i'd|i would|i'll) (?:just )?(?:get|got|would get|gets) (?:hit by (?:a |the |some )?(?:car|bus|truck|lorry|train|tram|drunk driver)|run over|killed)\b/,
    /\b(?:it would|would it|it'd|does it|it will|it'll) take (?:for me )?to (?:not wake up|never wake up|die|not be here|end it|kill me)\b|\b(?:no|don't|can't|cannot|what's|what is|see|any|the) point (?:of|in) (?:going on|living|carrying on|being alive|being here)\b(?! (?:in|on|at|with|a|an|the|to|abroad|here|there|this|that|holiday|vacation|trip)\b)/,
    // Spanish, French, German: more ways to say wanting to die, a bridge or train, a plan.
    /\b(?:tirarme|tirarse|lanzarme|lanzarse|arrojarme|arrojarse) (?:del|de la|al|a la|por el|por la) (?:puente|balcon|ventana|edificio|tren|metro|vias|azotea|tejado|precipicio|acantilado)\b|\bno quiero (?:despertar|existir|estar viv[oa])\b|\bpensando en (?:morir|matarme|quitarme|suicid\w*|acabar con todo)\b|\bya no quiero (?:seguir|vivir)\b/,
    /\bveux (?:disparaitre|plus exister|plus me reveiller|plus etre la)\b|\bpense (?:a|au) (?:suicide|me jeter|sauter)\b|\bsauter (?:du|d'un|de la) (?:pont|toit|balcon|immeuble|fenetre)\b|\bplus la force de vivre\b/,
    /\b(?:will|mochte|wurde|ware) (?:am liebsten |lieber )?(?:nicht mehr (?:da|hier)|verschwinden fur immer|einfach weg sein)\b|\bmich vor (?:den|einen) zug\b|\bvon (?:der|einer) brucke springen\b|\bkeinen ausweg\b|\bwill,? dass alles vorbei ist\b/,
    // Tenth round, by concept. Others happier without me; a goodbye text; a relapse after weeks clean; a plan made;
    // not being a burden much longer; a whole pack taken to make it stop; crashing a car on purpose.
    /\b(?:family|everyone|everybody|they|kids|parents|friends|wife|husband|partner|people|world|he|she) (?:would|will|'d) be (?:so |much |a lot |way )?(?:happier|better|easier|better off|fine|relieved|lighter) without me\b|\b(?:goodbye|farewell) (?:text|txt|voicemail|voice ?note|snap|dm)s?\b(?=.{0,40}\b(?:isn't|not|won't|no longer|can't reach|answering|responding|picking up|worried|scared)\b)/,
    /(?!.*\b(?:hair|grass|lawn|hedges?|carbs|sugar|calories|costs|wood|fabric|bangs|fringe|nails|back on)\b)\b(?:cutting|cut|burning|burnt|burned|harming|hurting) (?:myself |herself |himself )?again\b(?=.{0,30}\b(?:clean|months?|weeks?|days?|years?|relaps\w*|after|since)\b)|\b(?:cutting|cut|burning|burn|harming|sh|self harm\w*)\b.{0,25}\b(?:\d+|a|one|two|three|four|five|six|several|few) (?:days?|weeks?|months?|years?) clean\b/,
    /\b(?:plann?\w*|figured out|worked out|decided|know) (?:exactly )?(?:how|when|where) (?:i'd|i would|i will|i'll|i'm going to|i could|he'd|she'd|he would|she would) do it\b/,
    /\b(?:won't|will not|wont|not going to) be (?:a (?:problem|burden|bother|worry|nuisance)|(?:in|on) (?:your|the|their|anyone's) way) (?:to|for|on) (?:[\w']+ ){0,2}?(?:much longer|for long|anymore|any more)\b(?!.{0,40}\b(?:mov\w*|graduat\w*|new job|apartment|flat|house|lease|semester|contract)\b)/,
    /\b(?:no|don't|can't|cannot|what's|what is|see|any|the) point (?:of|in) (?:me |my )(?:going on|living|carrying on|being alive|being here|existing|staying alive)\b/,
    /\b(?:took|ate|swallowed|taken|take|taking|eat|swallow)\b (?:(?:a whole|the whole|all (?:of )?(?:my|the)|every) (?:pack|packet|bottle|box|strip|blister|tub)s? of (?:my |the |his |her )?|(?:all (?:of )?(?:my|the)|every|(?:[2-9]\d|\d{3})) )(?:[\w']+ )?(?:pills|tablets|meds|medication|paracetamol|ibuprofen|aspirin|tylenol|sleeping pills|painkillers|antidepressants|capsules)\b.{0,30}\b(?:to make (?:it|everything|this) (?:all )?stop|to end (?:it|things|everything)|to die|so i (?:would|could|'d|wouldn't|won't) (?:die|wake))\b/,
    /\b(?:thinking (?:about|of)|want to|wanna|going to|gonna|plan\w* to|urges? to|tempted to|think about) (?:crash\w*|driv\w*|steer\w*|swerv\w*) (?:my |the |our )?(?:car |truck |bike )?(?:into|off|in front of|under) (?:a |the |an )?(?:tree|wall|bridge|cliff|river|lake|truck|lorry|oncoming|pole|barrier|traffic|train)\b/,
    // es/fr/de: sleeping and not waking, ending one's life in any person, opening the veins, swallowing the whole box.
    /\bdormir(?:me)? y no (?:volver a )?despertar\w*|\bm'endormir et ne (?:jamais|plus) (?:me )?reveiller\b|\bne (?:jamais|plus) me reveiller\b|\beinschlafen und nicht mehr aufwachen\b|\b(?:me|se|te)\b.{0,12}\bquitar la vida\b/,
    /\b(?:s'ouvrir|m'ouvrir|s'est ouvert|me suis ouvert|ouvert) les veines\b|\bcortar(?:me|se|te) las venas\b|\bse corto las venas\b|\bpulsadern (?:auf)?(?:zu)?(?:schneiden|geschnitten|aufgeschnitten)\b/,
    /\bavaler (?:toute la boite|toute la plaquette|tout le tube|toutes les|tous les) (?:de )?(?:mes )?(?:medicaments|comprimes|cachets|pilules|somniferes)\b|\btomar(?:me|se)? todas las (?:pastillas|pildoras)\b|\balle (?:meine |meiner )?(?:tabletten|pillen) (?:auf einmal )?(?:nehmen|schlucken|genommen|geschluckt)\b/,
    /\bich will (?:einfach )?nicht mehr\b(?=$| (?:alles|es|das leben|mein leben|leben)\b)|\b(?:mein leben|das leben|mein dasein) (?:ist|scheint|fuhlt sich) (?:so |total |vollig )?(?:sinnlos|hoffnungslos)\b/,
    // Eleventh round, by concept: a will written young, an online farewell, scars to hide, a blade kept for bad
    // days, wanting to vanish, joining someone who died, rather not exist, "tonight's the night" after "I'm done".
    /\b(?:writing|wrote|making|made|written) (?:my|a) (?:own )?will\b.{0,40}\b(?:at (?:1\d|2[0-5])\b|who gets|who will get|give away|just in case)|\bsee you on the other side\b.{0,60}\bdelet\w*|\bdelet\w* (?:all )?(?:his|her|my|their) (?:accounts|social media|profiles?)\b.{0,60}\b(?:goodbye|other side|farewell|sorry)\b/,
    /\b(?:wrists?|thighs?|forearms?) (?:are |is )?(?:covered in|full of|all) (?:scars|cuts)\b|\bhide (?:my |her |his |the )?(?:self ?harm |sh )?(?:scars|cuts) (?:on|from)\b.{0,20}\b(?:wrists?|thighs?|forearms?)\b|\b(?:keeps?|kept|keeping|carr(?:y|ies|ied|ying)|hides?|hid|hiding|ha(?:ve|s))\b (?:a |my |her |his )?(?:blade|razor|razor blade|sharpener blade)s?\b.{0,40}\b(?:bad days|in case i need|for when i need)\b/,
    /\bi (?:just |really )?(?:want|wanna) to (?:vanish|disappear)\b(?=$| and (?:never|not)\b| forever| for good| from (?:this|the) (?:world|earth|planet))|\bwaste of (?:space|oxygen|air)\b.{0,60}\b(?:vanish|disappear|gone|die|dead|not be here|better off)\b/,
    /\b(?:died|passed away|overdosed|killed (?:himself|herself|themselves)|suicide|funeral|is dead|was killed)\b.{0,60}\b(?:want|wanna|wish i could|ready|going) to (?:join|be with) (?:him|her|them)\b(?! (?:at|in|for|on|during|when|while|to|and)\b)/,
    /\brather not (?:exist|be alive|be here|wake up|live)\b(?! (?:on|in|at|online|there|near|with)\b)|\b(?:i'm|im|i am) done\b.{0,20}\btonight(?:'s| is) the night\b/,
    /\bsi (?:me muero|desaparezco|me mato|muero|me fuera)\b.{0,30}\bnadie\b|\bnadie (?:lo |me )?(?:notaria|notara|se daria cuenta)\b|\b(?:hart[oa]|cansad[oa]) de (?:vivir|la vida|existir|estar viv[oa])\b|\b(?:cicatrices|cortes)\b.{0,50}\b(?:se lo merece|me lo merezco|lo merezco|se lo merecia)\b/,
    /\bidees noires\b|\b(?:sich|mir|dir|uns) das leben (?:zu )?nehmen\b|\b(?:halte|ertrage|ertrag) das leben nicht mehr(?: aus)?\b/,
    ...crisisToldPlainly,
  ],
  tagged: [
    ...pillsToEndItTagged,
    // Saving up medicine, or taking all of it at once: "stockpiling my antidepressants".
    new RegExp(
      `\\b(?:collect\\w*|sav(?:e|ing) up|stockpil\\w*|hoard\\w*|stash\\w*|gesammelt|sammle|acumul\\w*|guardando|amass\\w*) (?:up )?(?:all )?(?:(?:my|of my|mis|meine|mes) )?(?:[\\w']+ )?${MED}\\b(?!.{0,15}\\b(?:from|at) (?:the )?(?:pharmacy|chemist|drugstore|apotheke|farmacia|pharmacie|doctor|gp|hospital|clinic)\\b)`,
    ),
    new RegExp(
      `\\b(?:take|taking|took|swallow\\w*) (?:all|every one) (?:of )?(?:my |the |his |her )?(?:[\\w']+ )?${MED}\\b.{0,20}\\b(?:at once|in one go|together)\\b`,
    ),
  ],
};
