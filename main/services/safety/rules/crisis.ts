// Crisis red flags (en/es/fr/de): suicidal thoughts, wanting to die, self-harm, no reason to live.
// "I could die of embarrassment" / "dying to see" do not match: only a wish to die or to end one's
// life does, not figures of speech about dying.
import type { SafetyRuleSet } from './types';

export const crisisRules: SafetyRuleSet = {
  kind: 'crisis',
  patterns: [
    /\bsuicid\w*/, // en suicide/suicidal, es suicidio/suicidas, fr suicider
    // Common misspellings and the euphemisms of social media ("unalive myself", "sewerslide").
    /\b(?:sucide|suicde|suiside|sucidal|suicidial|sewerslide|unalive\w*)\b/,
    /\b(?:want|wants|wanted|wanting|wish|wished) to (?:die|be dead|end (?:my|his|her|their|it) (?:life|all)?)\b/,
    /\b(?:i wish i was|i wish i were|better off) dead\b|\bbetter off without me\b/,
    /\b(?:don't|do not|never) want to wake up\b|\bnot (?:to )?wake up (?:ever )?again\b/,
    /\bkill(?:ing)? (?:myself|himself|herself|themselves|yourself|ourselves)\b/,
    /\bend (?:my|his|her|their) (?:own )?life\b|\bend it all\b|\btake (?:my|his|her|their) own life\b/,
    /\bself ?harm\w*|\bselfharm\w*|\bself injur\w*/,
    /\b(?:cutting|cut|hurting|hurt|harming|harm|burning) (?:myself|himself|herself|themselves)\b/,
    /\b(?:cut|cuts|cutting|slit|slitting|burn|burning) (?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b/,
    /\b(?:don't|do not|can't|cannot) see (?:the |any )?point in (?:living|life|going on|being alive|being here)\b|\bwhat's the point (?:of|in) (?:living|life|being alive|going on)\b/,
    /\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on)\b|\bdon't want to (?:live|be alive)\b/,
    // Spanish.
    /\bquiero morir\w*|\bquiere morir\w*|\bganas de morir\b|\bquitarme la vida\b|\bno quiero vivir\b/,
    /\bno despertar(?:me)? (?:nunca )?mas\b|\bno volver a despertar\b|\bno quiero seguir (?:viviendo|aqui|adelante)\b|\bacabar con (?:mi vida|todo)\b/,
    /\bautolesi\w*|\bhacerme dano\b|\bcortarme\b/,
    // French.
    /\benvie de mourir\b|\b(?:veux|veut|voulais) mourir\b|\ben finir\b|\bautomutil\w*|\bme faire du mal\b/,
    // German.
    /selbstmord|suizid|\b(?:will|mochte) (?:nicht mehr leben|sterben)\b|\bsterben will\b|\bnicht mehr leben\b/,
    /\bmir das leben (?:zu )?nehmen\b|\bmich (?:umzubringen|zu toten)\b|\bmich umbringen\b|\bselbstverletz\w*|\britze mich\b|\b(?:will|mochte) (?:einfach )?nicht mehr aufwachen\b/,
  ],
};
