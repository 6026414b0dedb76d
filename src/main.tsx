import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { App, prepareStory } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { startOfflineCache } from './offline/updates.ts';
import { installGlobalRecovery, loadWithRetry, recover } from './recovery/recovery.ts';
import { loadKioskConfig, parseKioskConfig, setKioskConfig } from './kiosk/config.ts';
import { lockKioskPage } from './kiosk/lockdown.ts';
import { quietUncancelableTouches } from './kiosk/quiet-touches.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installGlobalRecovery();
quietUncancelableTouches();

// The configuration is read once, from the address as the page was opened (and kiosk.json on a
// kiosk), while the history loads: it is a chunk of its own (validated at build time). What the
// address says is known at once, so that a kiosk is locked, and a recovery returns to its address,
// even when the history never loads; kiosk.json completes it before the app starts.
const search = window.location.search;
const fromAddress = parseKioskConfig(search).config;
setKioskConfig(fromAddress, search);
if (fromAddress.kiosk) lockKioskPage();
const configLoaded = loadKioskConfig(search).then(({ config, warnings }) => {
  for (const warning of warnings) console.warn(`Petrograd 1917 kiosk set-up: ${warning}`);
  setKioskConfig(config, search);
});
Promise.all([loadWithRetry(() => import('virtual:geo')), configLoaded]).then(([{ default: data }]) => {
  const story = prepareStory(data);
  const reactRoot = createRoot(root, {
    // React rendered again and succeeded: nothing to recover from, only to note.
    onRecoverableError: (error) => console.warn('Petrograd 1917 recovered from an error while rendering:', error),
    // An error no boundary caught has emptied the screen.
    onUncaughtError: (error) => recover(error),
  });
  // A transition: React renders the app in slices of a few milliseconds, so the first render does
  // not hold the main thread (and a tablet's first touch) for its whole length.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary message="Something went wrong. The map is restarting… / Что-то пошло не так. Карта перезапускается…">
          <App story={story} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
});

// Offline: once loaded, the app keeps working without a network (kiosks, classrooms). A kiosk takes
// a new build at its idle reset (app/idle-reset.ts), anything else at the next load.
if (import.meta.env.PROD) startOfflineCache({ kiosk: fromAddress.kiosk });
