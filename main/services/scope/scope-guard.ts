// The rule-based scope guard: strips injection text and idioms, applies non-medical senses (animals as patients,
// other fields' abbreviations included), sums the weights of the medical evidence (everyday body words too) and
// labels the question medical when the score reaches 1, or when it needs a safety notice.
import { isBlankText } from '../../../preload/contract/blank-text';
import { assessSafety, type SafetyAssessment } from '../safety';
import { readAnimals } from './animals';
import { competingDomain, isFieldWord, personHealth } from './competing-domain';
import { everydayEvidence } from './everyday-frames';
import { figureAt } from './figures';
import { stripInjection } from './injection';
import { anyCaseAbbreviations, sharedAbbreviations } from './lexicon/abbreviations';
import { MEDICINE_WORDS } from './lexicon/animals';
import { tokenize, type Token } from './normalize';
import { describeSafetyFlag, safetyFlag, withoutLearnedFromMeta, type SafetyFlag } from './safety-first';
import { IDIOMS } from './lexicon/idioms';
import { wordSet } from './lexicon/word-set';
import { namesIn } from './names';
import { ABBREVIATION_SENSES, ANIMAL_SENSE, SENSE_RULES, type SenseRule } from './senses';
import { TermMatcher, type TermMatch } from './term-matcher';
import type { ScopeClassifier, ScopeDecision, ScopeLabel } from './types';

/** The rules' decision with the two facts that no other reader may overrule. */
export interface RuleDecision extends ScopeDecision {
  /** A safety notice made or kept it medical: declining it would hide the notice. */
  needsNotice: boolean;
  /** Injection text, keyword stuffing or a listed run was removed: the question was written at the classifier. */
  aimedAtClassifier: boolean;
}

/** Thrown for empty, whitespace-only or zero-width-only input, before any scoring. */
export class BlankQuestionError extends Error {
  constructor() {
    super('The question is empty.');
    this.name = 'BlankQuestionError';
  }
}

/** One strong term (a disease, a drug, an abbreviation) or two common ones make a question medical. */
export const MEDICAL_THRESHOLD = 1;
const MAX_TERMS_IN_REASON = 6;
/** A medical word at least this strong ("patient", "recovery", "tired") keeps an abbreviation medical. */
const ABBREVIATION_CONTEXT_WEIGHT = 0.4;
/** A capitalised term that reads as an acronym ("PMS", "GCS"): as open to another field as an abbreviation. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

// Sentence ends, colons, dashes, brackets and line breaks separate a label or keyword list from the ask.
const SEGMENT_BREAK = /[:—–|[\]\n]+|\s-\s|(?<=[.!?;])\s+/;
/** A keyword list needs this many topic words, and the unrelated ask this many words, to count as stuffing. */
const STUFFING_MIN_TERMS = 2;
const STUFFING_MIN_ASK_WORDS = 2;
/** Three topic words in a row are a keyword list wherever they stand; prose never reads like that. */
const STUFFING_RUN = 3;
/** Names of fields, places and roles: they say what a text claims to be about, not what it asks. */
const TOPIC_WORDS = wordSet(`medicine medical clinical health healthcare doctor doctors physician nurse nursing hospital
  clinic patient patients surgery surgeon disease illness anatomy physiology pathology pharmacology biochemistry
  histology medicina medecine medizin sante salud gesundheit`);

/** A segment made only of topic words: "Medical, clinical, hospital:". */
function isTopicList(segment: Omit<Segment, 'words'>): boolean {
  return segment.allTerms && segment.matches.every(isTopicWord);
}

/** True for a topic word: a field ("cardiology"), a role ("cardiologist"), a place or a generic word. */
function isTopicWord(match: TermMatch): boolean {
  return TOPIC_WORDS.has(match.key) || match.weight < 1 || /(?:ology|ologist|iatry|iatrist)$/.test(match.key);
}

interface Segment {
  /** Matches in a run of topic words ("medical doctor health hospital"): stuffing, never evidence. */
  listed: Set<TermMatch>;
  tokens: Token[];
  /** Words before idioms were removed. */
  words: number;
  idioms: string[];
  matches: TermMatch[];
  allTerms: boolean;
}

/**
 * Segments that only list medical words ("medical doctor health hospital: who won the Super Bowl?")
 * next to a request of several words with no medical term at all: the list is stuffing, not a topic.
 */
function keywordStuffing(segments: readonly Segment[], counts: (match: TermMatch) => boolean): Set<Segment> {
  const lists = segments.filter(isTopicList);
  const listedTerms = lists.reduce((sum, segment) => sum + segment.matches.length, 0);
  // "Unrelated": what the ask itself contains would not make it medical (after non-medical senses).
  const evidence = (segment: Segment) => segment.matches.filter(counts).reduce((sum, match) => sum + match.weight, 0);
  const unrelatedAsk = segments.some(
    (segment) =>
      !lists.includes(segment) && evidence(segment) < MEDICAL_THRESHOLD && segment.words >= STUFFING_MIN_ASK_WORDS,
  );
  return listedTerms >= STUFFING_MIN_TERMS && unrelatedAsk ? new Set(lists) : new Set();
}

/**
 * The evidence that counts. Topic words ("medical", "health", "doctor") claim a topic, often in text addressed
 * to the guard; beside everyday words alone ("medical" + "binge") they prove nothing, so they are left out.
 */
function withoutTopicClaims(found: readonly TermMatch[]): TermMatch[] {
  const claims = found.filter((match) => TOPIC_WORDS.has(match.key) && match.weight < MEDICAL_THRESHOLD);
  const rest = found.filter((match) => !claims.includes(match));
  return rest.length > 0 && rest.every((match) => match.everyday === true) ? rest : [...found];
}

/** "radiators" → "radiator"; short words ("gas", "bus") stay as they are. */
function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Tests whether a clue is in the tokens: a word, or a phrase in the joined text ("guinea pig", "mon chat"). */
function presence(tokens: readonly Token[]): (clue: string) => boolean {
  // A plural names the field as well as the singular: "radiators", "routers".
  const words = new Set(
    tokens.flatMap((token) => [token.word, ...token.word.split('-')]).flatMap((word) => [word, singular(word)]),
  );
  const joined = ` ${tokens.map((token) => token.word.replace(/-/g, ' ')).join(' ')} `;
  return (clue) => (clue.includes(' ') ? joined.includes(` ${clue} `) : words.has(clue));
}

interface ActiveSense {
  rule: SenseRule;
  clues: string[];
}

export class RuleScopeGuard implements ScopeClassifier {
  /** Idioms as word lists, indexed by their first word. */
  private readonly idiomsByFirstWord = new Map<string, string[][]>();
  /** The fixed idioms, joined; anything else removed as an idiom is a figure from figures.ts. */
  private readonly fixedIdioms = new Set<string>();
  private readonly anyCase = anyCaseAbbreviations();
  private readonly shared = sharedAbbreviations();

  /**
   * assess: the safety detector whose notices make a question medical (tests pass a stand-in, or one that finds
   * nothing to measure the guard's own reading).
   */
  constructor(
    private readonly matcher: TermMatcher = new TermMatcher(),
    private readonly assess: (text: string) => SafetyAssessment = assessSafety,
  ) {
    for (const idiom of IDIOMS) {
      const words = tokenize(idiom).map((token) => token.word);
      const first = words[0];
      if (first === undefined) continue;
      this.fixedIdioms.add(words.join(' '));
      this.idiomsByFirstWord.set(first, [...(this.idiomsByFirstWord.get(first) ?? []), words]);
    }
  }

  classify(text: string): ScopeDecision {
    const { needsNotice: _notice, aimedAtClassifier: _aimed, ...decision } = this.classifyInDetail(text);
    return decision;
  }

  /** The decision with what a second reader must respect: a needed notice, and text aimed at the classifier. */
  classifyInDetail(text: string): RuleDecision {
    if (isBlankText(text)) throw new BlankQuestionError();
    const { text: cleaned, removedMeta } = stripInjection(text);
    const segments = cleaned.split(SEGMENT_BREAK).map((segment) => {
      const tokens = tokenize(segment);
      const scanned = this.scan(this.withoutIdioms(tokens));
      return { ...scanned, matches: [...scanned.matches, ...everydayEvidence(scanned.tokens)], words: tokens.length };
    });
    const allTokens = segments.flatMap((segment) => segment.tokens);
    // A human-medical cue ("patient", "bite") inside a bare keyword list does not undo a non-medical sense.
    const cueTokens = segments.filter((segment) => !isTopicList(segment)).flatMap((segment) => segment.tokens);
    const animals = this.readAnimals(allTokens);
    const senses = this.activeSenses(allTokens, cueTokens);
    const animalPatient = animals.animals.length > 0 && animals.person === undefined;
    if (animalPatient) senses.push({ rule: ANIMAL_SENSE, clues: animals.animals });
    const names = namesIn(segments);
    const senseOf = (match: TermMatch) => senses.find(({ rule }) => applies(rule, match, names));
    const stuffed = keywordStuffing(segments, (match) => senseOf(match) === undefined);
    const found: TermMatch[] = [];
    const neutralised: { match: TermMatch; sense: ActiveSense }[] = [];
    const seen = new Set<string>();
    const evidence = segments.flatMap((segment) =>
      stuffed.has(segment) ? [] : segment.matches.filter((match) => !segment.listed.has(match)),
    );
    evidence.push(...animals.evidence);
    const listedRuns = segments.some((segment) => segment.listed.size > 0);
    for (const match of evidence) {
      if (seen.has(match.key)) continue;
      seen.add(match.key);
      const sense = senseOf(match);
      if (sense) neutralised.push({ match, sense });
      else found.push(match);
    }
    this.applyAbbreviationSenses(allTokens, found, neutralised);
    this.applyFieldFigures(allTokens, found, neutralised);
    const idioms = segments.flatMap((segment) => segment.idioms);
    const counted = withoutTopicClaims(found);
    const score = Math.round(counted.reduce((sum, match) => sum + match.weight, 0) * 100) / 100;
    const figures = idioms.filter((idiom) => !this.fixedIdioms.has(idiom));
    const assessed = this.assess(text);
    const safety = removedMeta ? withoutLearnedFromMeta(assessed, this.assess(cleaned)) : assessed;
    const flag = safetyFlag(safety, { animalPatient, otherField: senses.length > 0, figures });
    const label: ScopeLabel = score >= MEDICAL_THRESHOLD || flag ? 'medical' : 'out_of_scope';
    const meta = removedMeta || stuffed.size > 0 || listedRuns;
    const reason = this.reason(label, counted, neutralised, idioms, meta, flag);
    const matched =
      label === 'medical'
        ? [...counted.map((match) => match.shown), ...(flag?.matched ?? [])]
        : [...neutralised.map((n) => n.match.shown), ...idioms];
    const shownScore = flag ? Math.max(score, MEDICAL_THRESHOLD) : score;
    return { label, score: shownScore, reason, matched, needsNotice: flag !== undefined, aimedAtClassifier: meta };
  }

  /** Animals in the question and whether a person is concerned, with the term matcher's view of each word. */
  private readAnimals(tokens: readonly Token[]) {
    const at = (index: number) => (index >= 0 && index < tokens.length ? this.matcher.match(tokens, index) : undefined);
    const isDrug = (index: number) => at(index)?.kind.startsWith('drug') ?? false;
    // A condition or body word ("asthma", "risk"), not a drug, a medicine or a field's name ("medical", "health").
    const isCondition = (index: number) => {
      const match = at(index);
      if (!match || match.kind.startsWith('drug') || match.kind === 'abbreviation') return false;
      return !MEDICINE_WORDS.has(tokens[index]?.word ?? '') && !TOPIC_WORDS.has(match.key);
    };
    return readAnimals(tokens, isDrug, isCondition);
  }

  /**
   * Abbreviations another field shares (ACL, AST, PE, ER…) in a question that names that field (router,
   * compiler, stock, TV series…) and has no other medical word: they are that field's jargon.
   */
  private applyAbbreviationSenses(
    tokens: readonly Token[],
    found: TermMatch[],
    neutralised: { match: TermMatch; sense: ActiveSense }[],
  ): void {
    const shared = found.filter((match) => this.isSharedAbbreviation(match));
    if (shared.length === 0) return;
    // "medical", "health", "doctor" claim a topic (often in injected text); they are not context.
    // WordNet's later senses ("bump") are too loose to be context either.
    const context = found.some(
      (match) =>
        !shared.includes(match) &&
        !TOPIC_WORDS.has(match.key) &&
        match.wordnet !== true &&
        match.weight >= ABBREVIATION_CONTEXT_WEIGHT,
    );
    if (context) return;
    const present = presence(tokens);
    for (const rule of ABBREVIATION_SENSES) {
      const clues = [...rule.context].filter(present);
      if (clues.length === 0 || clues.length < (rule.minClues ?? 1)) continue;
      for (const match of shared) {
        found.splice(found.indexOf(match), 1);
        neutralised.push({ match, sense: { rule, clues } });
      }
      return;
    }
  }

  /**
   * Medicine's figures of speech in a question that names another field (software, money, machines…) and has
   * no person's health in it: "a stock in a coma", "a heartbeat protocol", "haemorrhaging cash".
   */
  private applyFieldFigures(
    tokens: readonly Token[],
    found: TermMatch[],
    neutralised: { match: TermMatch; sense: ActiveSense }[],
  ): void {
    if (found.length === 0) return;
    const domain = competingDomain(tokens, new Set(found.map((match) => match.key)));
    if (!domain || domain.nearHealth || personHealth(tokens, found, domain)) return;
    const rule: SenseRule = {
      sense: domain.name,
      triggers: new Set(),
      context: domain.cueSet,
      note: 'a figure of speech in that field',
    };
    for (const match of found.filter((candidate) => isFieldWord(candidate, domain))) {
      found.splice(found.indexOf(match), 1);
      neutralised.push({ match, sense: { rule, clues: domain.clues } });
    }
  }

  /** An abbreviation that is also another field's (capitals-only ones, or shared any-case ones like "icu"). */
  private isSharedAbbreviation(match: TermMatch): boolean {
    if (this.shared.has(match.key)) return true;
    if (match.kind === 'abbreviation') return !this.anyCase.has(match.key);
    return match.kind === 'term' && ACRONYM.test(match.shown);
  }

  /** The evidence in one segment, and whether every word of it is a medical term (a keyword list). */
  private scan({ kept, idioms }: { kept: Token[]; idioms: string[] }): Omit<Segment, 'words'> {
    const matches: TermMatch[] = [];
    const listed = new Set<TermMatch>();
    let run: TermMatch[] = [];
    let covered = 0;
    const endRun = () => {
      if (run.length >= STUFFING_RUN) for (const match of run) listed.add(match);
      run = [];
    };
    for (let index = 0; index < kept.length;) {
      const match = this.matcher.match(kept, index);
      if (!match) {
        endRun();
        index++;
        continue;
      }
      matches.push(match);
      if (isTopicWord(match)) run.push(match);
      else endRun();
      covered += match.length;
      index += match.length;
    }
    endRun();
    return { tokens: kept, idioms, matches, listed, allTerms: kept.length > 0 && covered === kept.length };
  }

  /** Drops idiom tokens ("heart of the matter") so their medical-looking words count for nothing. */
  private withoutIdioms(tokens: Token[]): { kept: Token[]; idioms: string[] } {
    const kept: Token[] = [];
    const idioms: string[] = [];
    for (let index = 0; index < tokens.length;) {
      const idiom = this.idiomsByFirstWord
        .get((tokens[index] as Token).word)
        ?.find((words) => words.every((word, offset) => tokens[index + offset]?.word === word));
      // Fixed idioms first, then figures with a varying word ("the heart of Paris", "gave the coach a heart attack").
      const figure = idiom ? idiom.length : figureAt(tokens, index);
      if (figure > 0) {
        idioms.push(
          tokens
            .slice(index, index + figure)
            .map((token) => token.word)
            .join(' '),
        );
        index += figure;
      } else {
        kept.push(tokens[index] as Token);
        index++;
      }
    }
    return { kept, idioms };
  }

  private activeSenses(tokens: readonly Token[], cueTokens: readonly Token[]): ActiveSense[] {
    const present = presence(tokens);
    const cuePresent = presence(cueTokens);
    const active: ActiveSense[] = [];
    for (const rule of SENSE_RULES) {
      const clues = [...rule.context].filter(present);
      if (clues.length === 0) continue;
      if (rule.unless && [...rule.unless].some(cuePresent)) continue;
      active.push({ rule, clues });
    }
    return active;
  }

  private reason(
    label: ScopeDecision['label'],
    found: readonly TermMatch[],
    neutralised: readonly { match: TermMatch; sense: ActiveSense }[],
    idioms: readonly string[],
    removedMeta: boolean,
    flag: SafetyFlag | undefined,
  ): string {
    const note = removedMeta ? ' Instructions addressed to the classifier were ignored.' : '';
    if (label === 'medical') {
      const safety = flag ? `Needs a safety notice: ${describeSafetyFlag(flag)}.` : '';
      if (found.length === 0 || (flag && found.reduce((sum, match) => sum + match.weight, 0) < MEDICAL_THRESHOLD)) {
        return `${safety} A question with a red flag is always answered, with its notice.${note}`;
      }
      // Strongest evidence first, so the reason leads with what decided it.
      const terms = [...found]
        .sort((a, b) => b.weight - a.weight)
        .slice(0, MAX_TERMS_IN_REASON)
        .map((match) => `${match.shown} (${match.kind})`)
        .join(', ');
      return `Medical terms: ${terms}.${safety ? ` ${safety}` : ''}${note}`;
    }
    const first = neutralised[0];
    if (first) {
      const clues = first.sense.clues.slice(0, 3).join(', ');
      const extra = first.sense.rule.note ? `; ${first.sense.rule.note}` : '';
      return `‘${first.match.shown}’ here is about ${first.sense.rule.sense} (${clues})${extra}.${note}`;
    }
    if (idioms.length > 0) return `‘${idioms[0]}’ is a figure of speech, not a medical term.${note}`;
    if (found.length > 0) {
      const words = found.map((match) => match.shown).join(', ');
      return `Only general words (${words}); not enough to make it a medical question.${note}`;
    }
    return `No medical terms found.${note}`;
  }
}

/** Whether a sense neutralises a match: its trigger words, every term ('*'), everyday body words, or names. */
function applies(rule: SenseRule, match: TermMatch, names: ReadonlySet<string>): boolean {
  if (rule.triggers === '*') return true;
  if (rule.triggers === 'abbreviations') return false;
  if (rule.names === true && match.shown.split(' ').some((word) => names.has(word))) return true;
  return rule.triggers.has(match.key) || (match.everyday === true && rule.everyday === true);
}
