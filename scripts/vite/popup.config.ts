// The popup built again on its own, after the main build of the same target (scripts/build.mjs):
// one script and one stylesheet instead of the entry plus the chunks it shares with the other
// pages, so the browser fetches it in one round trip (docs/architecture.md, "The popup's first
// frame"). It overwrites the main build's src/popup/index.html; the chunks only that page used are
// then removed.
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'
import { noInnerHtml } from './no-inner-html.ts'
import { dropUnusedAssets } from './unused-assets.ts'

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'

export default defineConfig({
  publicDir: false,
  plugins: [noInnerHtml(), preact(), dropUnusedAssets()],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: { popup: 'src/popup/index.html' },
      output: {
        entryFileNames: 'assets/popup-page-[hash].js',
        assetFileNames: 'assets/popup-page-[hash][extname]',
      },
    },
  },
})
