// npm run build: one unpacked extension per browser, dist/chrome and dist/firefox.
import { execFileSync } from 'node:child_process'

for (const target of ['chrome', 'firefox']) {
  const started = Date.now()
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  })
  // The popup again as one script (scripts/vite/popup.config.ts).
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'scripts/vite/popup.config.ts', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, TARGET: target },
    },
  )
  console.log(`built dist/${target} in ${Date.now() - started} ms`)
}

execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' })
