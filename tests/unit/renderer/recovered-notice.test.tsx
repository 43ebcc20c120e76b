// After main reloads a crashed or hung window, the page says so instead of looking silently reset.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecoveredNotice } from '../../../renderer/src/features/window-recovery/RecoveredNotice';

describe('RecoveredNotice', () => {
  it('explains a reload after a crash and after a hang, as an alert', () => {
    const crashed = renderToStaticMarkup(<RecoveredNotice search="?recovered=crashed" />);
    expect(crashed).toContain('role="alert"');
    expect(crashed).toContain('stopped unexpectedly and was reloaded');
    expect(crashed).toContain('Your saved conversations and cards are safe');
    expect(renderToStaticMarkup(<RecoveredNotice search="?recovered=unresponsive" />)).toContain(
      'stopped responding and was reloaded',
    );
  });

  it('shows nothing on a normal start', () => {
    expect(renderToStaticMarkup(<RecoveredNotice search="" />)).toBe('');
    expect(renderToStaticMarkup(<RecoveredNotice search="?recovered=whatever" />)).toBe('');
  });
});
