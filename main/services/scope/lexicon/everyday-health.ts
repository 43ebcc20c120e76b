// Everyday words people use about their own body, in English, Spanish, French and German (folded; a hyphen
// joins the words of a phrase): symptoms, body products, sleep, periods, skin and hair, life stages, self-care,
// eating behaviour. Matched exactly, never as misspellings: they are short, common words.

/** Said almost only about a body: one is enough ("hangover", "goosebumps", "Muskelkater"). */
const CLEAR = `
bloated queasy snoring snore snores snored hangover hungover goosebumps goose-bumps dandruff pimple
pimples zits blackheads whiteheads sunburn sunburnt sunburned blisters constipated lightheaded light-headed
pins-and-needles night-sweats armpit armpits belly-button earwax ear-wax toenail toenails fingernails puberty
perimenopause menstrual-cup tampon tampons period-pain period-cramps late-period missed-period heavy-period
hair-loss hair-fall losing-hair bad-breath muscle-soreness sore-muscles jet-lag jetlag drowsiness
stretch-marks fall-asleep falling-asleep stay-asleep staying-asleep trouble-sleeping cant-sleep can-t-sleep
hours-of-sleep how-much-sleep enough-sleep lack-of-sleep sleep-deprivation sleep-deprived sleepless teething
diaper-rash nappy-rash cold-sweat cold-sweats dehydrated hydrated rehydrate sweating sweaty pee peeing poop pooping
poo urinate urinating bowel-movement bowel-movements dark-circles intermittent-fasting skipping-meals
skip-meals skipped-meals thinspo pro-ana pro-mia enema enemas diet-pills appetite-suppressant
appetite-suppressants make-myself-sick made-myself-sick myself-throw-up myself-vomit throw-up-after
have-a-cold has-a-cold had-a-cold got-a-cold catch-a-cold caught-a-cold help-a-cold cold-or-flu
child-abuse being-abused stiff-neck flat-feet side-stitch stitch-in-my cracked-lips chapped-lips oily-skin dry-skin greasy-hair ingrown
growth-spurt growth-spurts night-terrors night-terror wakes-up-screaming waking-up-screaming sleepwalking sleep-walking
spits-up spit-up spitting-up trying-for-a-baby trying-to-conceive get-pregnant getting-pregnant with-a-cold
bad-for-health dangerous-for-health harmful-to-health harmful-for-health for-your-health pour-la-sante
para-la-salud fur-die-gesundheit gesundheitsschadlich
yawning water-intake fluid-intake tired-all-the gall-stones chicken-pox chiken-pox in-your-system in-my-system wisdom-teeth wisdom-tooth bedwetting wet-the-bed erection erections wet-dream
piel-de-gallina hormigueo salen-granos sale-un-grano da-sueno resaca agujetas ronquidos roncar ronco pubertad menopausia caida-del-cabello caida-del-pelo encias sudoracion
insomnio estrenido estrenida hinchazon menstruacion deshidratado deshidratada caspa ojeras me-duele me-duelen
duele duelen dolor-de-regla
chair-de-poule des-fourmis-dans angine gueule-de-bois courbatures ronflement ronflements ronfler ronfle puberte chute-de-cheveux perte-de-cheveux
gencives transpiration transpirer sueurs insomnie constipe constipee ballonne ballonnee ballonnements deshydrate
deshydratee cernes mal-au mal-a-la mal-aux j-ai-mal
gansehaut kribbeln muskelkater schnarchen schnarche wechseljahre pubertat haarausfall pickel akne zahnfleisch nachtschweiss
schlaflosigkeit blahbauch blahungen mudigkeit menstruation dehydriert augenringe tut-weh tun-weh seitenstechen
rissige-lippen
`;

/** Lean towards the body but have other uses ("stress test", "healing crystals"): two of them, or one with more. */
const HINT = `
sleepy exhausting stress stressed heal heals healing healed sweat sweats fasting hydration sunscreen toothbrush
floss mouthwash deodorant skincare moisturiser moisturizer purge purging binge bingeing binging starving-myself
starve-myself starving-herself starving-himself starve-herself underweight calories-a-day discharge nap naps
stretching spots-on cramping puffy itchiness sneezing-fit abused
is-it-normal is-this-normal is-that-normal es-normal est-ce-normal c-est-normal ist-das-normal ist-es-normal
bad-for-me good-for-me bad-for-you good-for-you bad-for-your good-for-your should-i-worry be-worried is-that-bad
is-it-bad is-it-safe safe-to-share es-peligroso es-grave es-malo est-ce-grave c-est-grave ist-das-schlimm
ist-es-schlimm make-you-ill make-me-ill make-you-sick make-me-sick stressed torn tore ruptured sprained estres
dosis sudar tired-all cansancio espinillas hinchado hinchada sudor regime-alimentaire sommeil
schwitzen schweiss mude tabletten pillen kapseln pastillas comprimidos comprimes gelules cachets pilules
`;

/** Ambiguous alone ("period", "skin", "sleep"): evidence only with other words. */
const FAINT = `
sleep sleeping asleep tired tiredness period periods skin hair nails tattoo gym workout workouts diet dieta
dieting regime diat spots tanning tan cansado cansada dormir schlaf schlafen regla regle regles periode peau
cheveux piel pelo cabello haut haare ongles nagel schlaft einschlaft
`;

export const EVERYDAY_WEIGHT = { clear: 1, hint: 0.6, faint: 0.4 } as const;

function entries(block: string): string[] {
  return block
    .split(/\s+/)
    .filter((word) => word.length > 0 && !word.endsWith('-never'))
    .map((word) => word.replace(/-/g, ' '));
}

/** Every everyday-health word or phrase (spaces between phrase words) with its weight. */
export function everydayHealthTerms(): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [block, weight] of [
    [CLEAR, EVERYDAY_WEIGHT.clear],
    [HINT, EVERYDAY_WEIGHT.hint],
    [FAINT, EVERYDAY_WEIGHT.faint],
  ] as const) {
    for (const entry of entries(block)) if (!terms.has(entry)) terms.set(entry, weight);
  }
  return terms;
}
