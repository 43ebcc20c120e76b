// The application menu replaces Electron's default (whose Help menu opens web sites): standard editing
// and window commands, About inside the app, nothing that leaves it.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ app: { name: 'Medical Education Assistant' } }));
const { appMenuTemplate } = await import('../../../main/shell/app-menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

// Roles that only act inside the app; none of them opens a URL.
const LOCAL_ROLES = new Set([
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'minimize',
  'close',
  'quit',
  'hide',
  'hideOthers',
  'unhide',
  'help',
]);

describe.each(['linux', 'win32', 'darwin'] as const)('application menu on %s', (platform) => {
  const showAbout = vi.fn();
  const template = appMenuTemplate(platform, { showAbout });
  const all = items(template);

  it('uses only local roles and its own About (no web links, no reload, no DevTools)', () => {
    for (const item of all) {
      if (item.role) expect(LOCAL_ROLES).toContain(item.role);
      else if (item.click) expect(item.label).toBe('About Medical Education Assistant');
      else expect(item.type === 'separator' || Array.isArray(item.submenu)).toBe(true);
    }
    expect(all.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(false);
  });

  it('keeps copy and paste and a way to quit', () => {
    const roles = all.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'quit']));
  });

  it('shows About from the menu', () => {
    const about = all.find((item) => item.label === 'About Medical Education Assistant');
    about?.click?.({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalledTimes(1);
  });
});
