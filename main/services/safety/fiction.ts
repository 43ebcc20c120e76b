// Poison in a story is not a poisoning: "Agatha Christie plots where the husband is poisoned", "who poisoned
// Joffrey", "the poisoned apple in Snow White", "un Krimi, in dem das Opfer vergiftet wird". A rule set's
// `outsideFiction` patterns are skipped when the question is about a work of fiction and names no real person
// close to the asker ("my son drank bleach after reading a mystery novel" still gets its notice).

const WORK =
  /\b(?:novels?|books?|(?:short )?stor(?:y|ies)|plots?|films?|movies?|tv (?:show|series)|series|episodes?|sitcom|soap opera|fairy ?tales?|fables?|myths?|mytholog\w*|legends?|plays?|operas?|musicals?|shakespeare\w*|hamlet|macbeth|romeo|agatha christie|christie|sherlock|poirot|miss marple|game of thrones|harry potter|snow white|sleeping beauty|disney|villains?|characters?|fictional|murder myster(?:y|ies)|whodunn?its?|detective|crime (?:novels?|fiction|drama)|thrillers?|comics?|manga|anime|video games?|board games?|card games?|games?|gaming|walkthrough|playthrough|speedrun|boss fight|quest|rpg|mmo|minecraft|pokemon|dark souls|zelda|skyrim|cluedo|princess bride|chess|scenes?|chapters?|novella|cartoons?|novela\w*|pelicula\w*|cuentos?|serie|roman|romans|polar|conte|contes|piece de theatre|krimi\w*|buch|marchen|theaterstuck|drehbuch)\b/;

// A real person close to the asker, or the asker taking or being given something.
const REAL =
  /\b(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|mein\w*|unser\w*) (?:[\w']+ )?(?:KIN|CHILD)|\b(?:i|i'm|i've|me|we|us)\b.{0,30}\b(?:poison\w*|overdos\w*|swallow\w*|drank|ate|took|ingest\w*|feel|felt)\b/;

/** True when the question is about a story, not about someone being poisoned now. */
export function isAboutFiction(normalized: string, tagged: string): boolean {
  return WORK.test(normalized) && !REAL.test(tagged);
}
