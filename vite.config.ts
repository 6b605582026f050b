// Builds one unpacked extension per browser: TARGET=chrome -> dist/chrome, TARGET=firefox -> dist/firefox.
import { defineConfig } from 'vite'
import { crx } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import manifestSource from './manifest.json' with { type: 'json' }
import { manifestFor, type Target } from './scripts/manifest-target.ts'
import { noInnerHtml } from './scripts/vite/no-inner-html.ts'

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'

export default defineConfig({
  plugins: [
    noInnerHtml(),
    preact(),
    crx({
      manifest: manifestFor(manifestSource, target),
      browser: target,
      // Standalone IIFE content scripts: no loader file and no web_accessible_resources on the mail
      // hosts, so a page cannot probe for the extension (docs/toolchain.md, "One manifest, two
      // targets").
      contentScripts: { standaloneFiles: ['src/content/gmail.ts', 'src/content/outlook.ts'] },
      liveReload: false,
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    // Extension pages no manifest key names: opened by the background or linked from another page.
    rollupOptions: {
      input: {
        welcome: 'src/welcome/index.html',
        tour: 'src/tour/index.html',
        privacy: 'src/privacy/index.html',
      },
    },
  },
})
