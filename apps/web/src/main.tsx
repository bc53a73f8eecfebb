import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { I18nProvider } from './app/i18n/i18n';
import { createAppRouter } from './app/routes';
import { SessionProvider } from './modules/auth/session';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={createAppRouter()} />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
