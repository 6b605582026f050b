// Runs a Node script and reports its peak resident memory (VmHWM from /proc), for benchmarks.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

const child = spawn('node', process.argv.slice(2), { stdio: ['ignore', 'ignore', 'inherit'] })
let peak = 0
const timer = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0))
  } catch {
    // the process has just ended
  }
}, 50)
child.on('exit', (code) => {
  clearInterval(timer)
  console.log(`peak-rss-kb=${peak}`)
  process.exit(code ?? 1)
})
