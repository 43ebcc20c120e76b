// Every notice kind has a fixed, non-empty title and body.
import { describe, expect, it } from 'vitest';
import { SAFETY_NOTICE_TEXT, safetyNoticeKindSchema } from '../../../preload/contract/safety-notices';

describe('SAFETY_NOTICE_TEXT', () => {
  it.each(safetyNoticeKindSchema.options)('%s has a title and a body', (kind) => {
    expect(SAFETY_NOTICE_TEXT[kind].title.trim()).not.toBe('');
    expect(SAFETY_NOTICE_TEXT[kind].body.trim().length).toBeGreaterThan(40);
  });

  it('points to emergency numbers, crisis lines and poison control', () => {
    expect(SAFETY_NOTICE_TEXT.emergency.body).toContain('112');
    expect(SAFETY_NOTICE_TEXT.crisis.body).toContain('988');
    expect(SAFETY_NOTICE_TEXT.poisoning.body).toMatch(/poison control/i);
    expect(SAFETY_NOTICE_TEXT.dose.body).toMatch(/pharmacist/);
  });
});
