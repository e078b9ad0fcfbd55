import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Paths the service worker never answers from its cache: the API, the files, the health checks. */
const SERVER_PATHS = [/^\/graphql/, /^\/api\//, /^\/(livez|readyz|healthz)/];

/**
 * The province the portal serves (PORTAL_PROVINCE, as for the server; 34 = DIY by default). DIY's
 * areas are committed in packages/schema (reference/areas/default.ts); for another province the
 * build reads that province's areas from the national register (idn-area-data) in their place,
 * so the bundle carries one province's villages, never all 83,762.
 */
function provinceAreas(): Plugin {
  const code = process.env.PORTAL_PROVINCE?.trim() || '34';
  return {
    name: 'portal-province-areas',
    enforce: 'pre',
    async load(id) {
      if (code === '34' || !id.replaceAll('\\', '/').endsWith('/reference/areas/default.ts')) return null;
      const { loadProvinceAreas } = await import('@jamsos/schema/register');
      return `export const DEFAULT_AREAS = ${JSON.stringify(await loadProvinceAreas(code))};\n`;
    },
  };
}

export default defineConfig({
  plugins: [
    provinceAreas(),
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
