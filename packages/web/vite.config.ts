import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [provinceAreas(), react()],
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
