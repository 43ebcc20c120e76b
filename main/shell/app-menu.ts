// The application menu: the standard editing and window commands, and a Help menu that stays inside
// the app (Electron's default Help menu opens web sites; this app makes no network requests).
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showAbout(): void;
}

/** The menu as data, so its contents are checked by a unit test. */
export function appMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'About Medical Education Assistant', click: actions.showAbout };
  const macAppMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [
          {
            label: app.name,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          },
        ]
      : [];
  return [
    ...macAppMenu,
    ...(platform === 'darwin'
      ? []
      : [{ label: 'File', submenu: [{ role: 'quit' }] } satisfies MenuItemConstructorOptions]),
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      // No reload: it would end an answer being written; a stuck window is reloaded by the app itself.
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: 'Help', role: 'help', submenu: platform === 'darwin' ? [] : [about] },
  ];
}

export function installAppMenu(getWindow: () => BrowserWindow | null): void {
  const showAbout = (): void => {
    const window = getWindow();
    const options = {
      type: 'info' as const,
      title: 'About Medical Education Assistant',
      message: `Medical Education Assistant ${app.getVersion()}`,
      detail:
        'A study aid for medical students that runs entirely on this computer. ' +
        'For education only: not medical advice, never for diagnosis, treatment or dosing decisions.',
      buttons: ['OK'],
    };
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, { showAbout })));
}
