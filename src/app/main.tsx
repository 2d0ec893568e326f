// Mounts the app: react-query owns the asynchronous state (analyses in the worker, articles).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AnnounceProvider } from './lib/announce';
import '../index.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AnnounceProvider>
          <App />
        </AnnounceProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
