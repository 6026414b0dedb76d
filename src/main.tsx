import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { App, prepareStory } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The history is data, shipped as its own chunk (validated at build time), loaded in parallel with the code.
import('virtual:geo').then(({ default: data }) => {
  const story = prepareStory(data);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary message="Something went wrong. The map is restarting… / Что-то пошло не так. Карта перезапускается…">
        <App story={story} />
      </ErrorBoundary>
    </StrictMode>,
  );
});
