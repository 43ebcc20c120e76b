// A renderer that dies is reloaded at once, unless it keeps dying within a minute.
import { describe, expect, it } from 'vitest';
import { CrashLoopGuard } from '../../../main/shell/crash-loop';
import { recoveredPagePath, recoveryReasonFrom } from '../../../preload/contract/window-recovery';

describe('CrashLoopGuard', () => {
  it('allows three reloads a minute, then asks, and forgets crashes older than a minute', () => {
    let now = 0;
    const guard = new CrashLoopGuard(3, 60_000, () => now);
    expect([guard.mayReload(), guard.mayReload(), guard.mayReload()]).toEqual([true, true, true]);
    now = 30_000;
    expect(guard.mayReload()).toBe(false);
    now = 95_000; // the first three are more than a minute old
    expect(guard.mayReload()).toBe(true);
  });
});

describe('the reload reason in the page address', () => {
  it('round-trips from main to the page, and nothing else is taken as a reason', () => {
    expect(recoveredPagePath('crashed')).toBe('/index.html?recovered=crashed');
    expect(recoveryReasonFrom(new URL(`app://renderer${recoveredPagePath('unresponsive')}`).search)).toBe(
      'unresponsive',
    );
    expect(recoveryReasonFrom('?recovered=<script>')).toBeNull();
    expect(recoveryReasonFrom('')).toBeNull();
  });
});
