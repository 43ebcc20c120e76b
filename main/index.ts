// Entry of the Electron main process: everything Electron lives in main/shell/, everything else in
// main/services/ (composed by services/app/create-app.ts, which the tests and the CLI use too).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDesktopApp } from './shell/desktop-app';

startDesktopApp(dirname(fileURLToPath(import.meta.url)));
