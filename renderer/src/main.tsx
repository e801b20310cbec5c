// First: zod reads its configuration when the contract's schemas are built, at import.
import './zod-config';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/app-context';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/lists.css';
import './styles/overlays.css';
import './styles/start.css';
import './styles/report.css';
import './styles/comparison.css';
import './styles/review.css';

createRoot(document.getElementById('root')!).render(
  <AppProvider>
    <App />
  </AppProvider>,
);
