import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Paths the service worker never answers from its cache: the API, the files, the health checks. */
const SERVER_PATHS = [/^\/graphql/, /^\/api\//, /^\/(livez|readyz|healthz)/];

export default defineConfig({
  plugins: [
    react(),
    // The installable app (docs: README "Aplikasi di ponsel"): Workbox precaches the built shell,
    // so the portal opens without signal; a new build waits until the officer says "reload"
    // (registerType 'prompt', the prompt in shared/ui/UpdatePrompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon-180.png'],
      manifest: {
        id: '/',
        name: 'Portal Kemitraan Jaminan Sosial DIY',
        short_name: 'Jamsos DIY',
        description: 'Kunjungan lapangan dan pendataan pekerja untuk perluasan kepesertaan BPJS Ketenagakerjaan.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0b5d3b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [{ name: 'Kunjungan saya', url: '/field' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: SERVER_PATHS,
        cleanupOutdatedCaches: true,
        // Data is never cached by the worker: GraphQL answers are kept by the app (graphcache's
        // IndexedDB storage), which knows whose they are and when to forget them.
        runtimeCaching: [],
      },
    }),
  ],
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
