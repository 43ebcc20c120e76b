// The notice trainer's look-alike fit: a look-alike that the first model scores above the threshold is refit away
// before the threshold is raised, and the threshold only rises when refitting is not allowed to fix it.
import { describe, expect, it } from 'vitest';
import type { NoticeExample } from '../../../bench/safety-model/data';
import { fitBelowLookAlikes } from '../../../bench/safety-model/look-alikes';
import { featureSets, trainLearnedModel, type LearnedSettings } from '../../../bench/safety-model/train';
import { normalizeForSafety } from '../../../main/services/safety';
import { LearnedModel } from '../../../main/services/safety/learned/model';

// Strong regularisation, so one sentence cannot be fit away by its own features on the first try.
const SETTINGS: LearnedSettings = { minCount: 1, l2: 0.01, steps: 300, minWeight: 0 };
const THRESHOLD = 0.2;
const LOOK_ALIKE = 'i stopped drinking beer to lose weight';

function example(q: string, notices: string[], source = 'build.jsonl'): NoticeExample {
  return { q, normalized: normalizeForSafety(q), source, lang: 'en', notices, labelled: true, rules: [], weight: 1 };
}

function examples(lookAlikeSource: string): NoticeExample[] {
  return [
    example('i stopped eating to lose weight', ['eating_disorder']),
    example('i make myself sick after dinner to lose weight', ['eating_disorder']),
    example('i skip every meal to lose weight fast', ['eating_disorder']),
    example('i stopped eating lunch and breakfast so i lose weight', ['eating_disorder']),
    example('how do i lose weight before summer', []),
    example('what is the boiling point of water', []),
    example('i stopped drinking coffee after noon', []),
    example('best beer to drink with pizza', []),
    example(LOOK_ALIKE, [], lookAlikeSource),
  ];
}

const probabilityOf = (model: ReturnType<typeof trainLearnedModel>, q: string) =>
  new LearnedModel(model).score(normalizeForSafety(q)).probability;

describe('fitting the notice model below the rule tests’ look-alikes', () => {
  const rules = examples('build-rule-tests.jsonl');
  const features = featureSets(rules);

  it('refits until the look-alike falls below the threshold, keeping the threshold and the real notices', () => {
    const first = trainLearnedModel(rules, features, 'eating_disorder', SETTINGS, THRESHOLD);
    expect(probabilityOf(first, LOOK_ALIKE)).toBeGreaterThanOrEqual(THRESHOLD);

    const fit = fitBelowLookAlikes(rules, features, 'eating_disorder', SETTINGS, THRESHOLD, {
      isLookAlike: (example) => example.source === 'build-rule-tests.jsonl',
    });
    expect(fit.refits).toBeGreaterThan(0);
    expect(fit.raisedFrom).toBeUndefined();
    expect(fit.model.threshold).toBe(THRESHOLD);
    expect(probabilityOf(fit.model, LOOK_ALIKE)).toBeLessThan(THRESHOLD);
    expect(probabilityOf(fit.model, 'i skip every meal to lose weight fast')).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('raises the threshold just above the look-alike when no refit is allowed', () => {
    const fit = fitBelowLookAlikes(rules, features, 'eating_disorder', SETTINGS, THRESHOLD, {
      isLookAlike: (example) => example.source === 'build-rule-tests.jsonl',
      rounds: 0,
    });
    const probability = probabilityOf(fit.model, LOOK_ALIKE);
    expect(fit.raisedFrom).toBe(THRESHOLD);
    expect(fit.model.threshold).toBeGreaterThan(probability);
    expect(fit.model.threshold - probability).toBeLessThanOrEqual(0.001);
  });

  it('leaves lines that are not look-alikes to the out-of-source threshold', () => {
    const other = examples('build-notices.jsonl');
    const fit = fitBelowLookAlikes(other, featureSets(other), 'eating_disorder', SETTINGS, THRESHOLD, {
      isLookAlike: (example) => example.source === 'build-rule-tests.jsonl',
    });
    expect(fit.refits).toBe(0);
    expect(fit.model).toEqual(trainLearnedModel(other, featureSets(other), 'eating_disorder', SETTINGS, THRESHOLD));
  });
});
