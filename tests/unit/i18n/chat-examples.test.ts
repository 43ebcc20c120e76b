// The empty chat's example questions are asked in the UI language with one click, so each must pass the scope
// guard in every language, or a first click would be declined.
import { describe, expect, it } from 'vitest';
import { createScopeGuard } from '../../../main/services/scope';
import { EXAMPLE_QUESTIONS } from '../../../renderer/src/features/chat/state/exampleQuestions';
import { SUPPORTED_LANGUAGES, i18n } from '../../../renderer/src/i18n';

describe('example questions', () => {
  const guard = createScopeGuard();

  it.each(SUPPORTED_LANGUAGES)('pass the scope guard in %s', (language) => {
    const t = i18n.getFixedT(language, 'chat');
    const declined = EXAMPLE_QUESTIONS.map((key) => t(`empty.examples.${key}`)).filter(
      (question) => guard.classify(question).label !== 'medical',
    );
    expect(declined).toEqual([]);
  });
});
