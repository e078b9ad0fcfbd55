import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    // In development the API runs separately (pnpm dev); the built client is served by the server.
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
      '/api': 'http://localhost:4000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
