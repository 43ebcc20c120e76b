// Names and titles in a question ("the band Placebo", "the game Iron Lung"): their medical words name
// something, they do not ask about health.
import { wordSet } from './lexicon/word-set';
import type { Token } from './normalize';

/** Words that introduce a name or title: "the band Placebo", "the game Iron Lung", "la película Contagio". */
const NAMING = wordSet(`the band group film movie game song album track show series novel book play el la le les die
  der das banda grupo pelicula juego cancion groupe jeu chanson spiel`);

/**
 * Names and titles in a question: a word typed with a capital (not in capitals only) after a naming word or
 * after another such name ("the Iron Lung", "the band Placebo"); "died of Pancreatic Cancer" names nothing.
 */
export function namesIn(segments: readonly { tokens: Token[] }[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of segments) {
    let previousIsName = false;
    for (const [index, token] of tokens.entries()) {
      const capitalised = index > 0 && /^\p{Lu}\p{Ll}/u.test(token.original);
      const named: boolean = capitalised && (previousIsName || NAMING.has(tokens[index - 1]?.word ?? ''));
      if (named) names.add(token.original);
      previousIsName = named || (capitalised && tokens[index - 1]?.word === 'the');
    }
  }
  return names;
}
