import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { I18nProvider } from './i18n.js';
import { RouterProvider } from './router.js';
import { NoticeProvider } from './session.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider>
        <NoticeProvider>
          <App />
        </NoticeProvider>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
