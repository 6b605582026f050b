// Entry of the bundled CLI (dist/cli/relay-shield.mjs).
import { run } from './main.ts'

run(process.argv.slice(2), process.stdout, process.stderr).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `relay-shield: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
