import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { App } from './app/App';
import { createClient } from './app/client';
import { initI18n } from './i18n';
import { UpdatePrompt } from './shared/ui/UpdatePrompt';
// The style sheets, in the order of the cascade (later sheets win on equal specificity): all are
// loaded here, not by the lazy pages, so the order never depends on which page loads first.
import './styles/base.css';
import './styles/shell.css';
import './styles/layout.css';
import './styles/registry.css';
import './styles/tasks.css';
import './styles/dashboard.css';
import './styles/task-pages.css';
import './styles/home.css';
import './styles/words.css';
import './styles/dashboard-tables.css';
import './styles/field.css';
import './styles/jobs.css';
import './styles/enrolment.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

await initI18n();
createRoot(root).render(
  <StrictMode>
    <Provider value={createClient()}>
      <BrowserRouter>
        <App />
        <UpdatePrompt />
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
