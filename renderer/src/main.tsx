// Renderer entry: mounts the app with the preload-provided API, or explains why it cannot.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AnnouncerProvider } from './components/a11y/Announcer';
import { i18n } from './i18n';
import { startUiLanguage } from './i18n/ui-language';
import { ApiProvider, readWindowApi } from './lib/api';
import './index.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html is missing #root');

const api = readWindowApi();
void startUiLanguage(api);
createRoot(container).render(
  <StrictMode>
    {api === null ? (
      <p role="alert" className="p-8 text-sm">
        {i18n.t('bridgeMissing', { ns: 'shell' })}
      </p>
    ) : (
      <ApiProvider api={api}>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </ApiProvider>
    )}
  </StrictMode>,
);
