// The renderer's own origin, app://renderer: kept free of Electron so pure policy code and tests can use it.
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
