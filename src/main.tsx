import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { App, prepareStory } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { startOfflineCache } from './offline/updates.ts';
import { installGlobalRecovery, loadWithRetry } from './recovery/recovery.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installGlobalRecovery();

// The history is data, shipped as its own chunk (validated at build time), loaded in parallel with the code.
loadWithRetry(() => import('virtual:geo')).then(({ default: data }) => {
  const story = prepareStory(data);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary message="Something went wrong. The map is restarting… / Что-то пошло не так. Карта перезапускается…">
        <App story={story} />
      </ErrorBoundary>
    </StrictMode>,
  );
});

// Offline: once loaded, the app keeps working without a network (kiosks, classrooms). A kiosk takes
// a new build at its idle reset (see App), anything else at the next load.
if (import.meta.env.PROD) startOfflineCache({ kiosk: new URLSearchParams(window.location.search).get('kiosk') === '1' });
