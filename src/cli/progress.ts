// A one-line progress bar on stderr while a long scan reads its inputs. Only on a terminal: piped
// or redirected, stderr gets the report and the summary and nothing else. Short scans never show
// it, and it is redrawn at most 4 times a second so drawing costs nothing next to the scan.

export interface ProgressOptions {
  /** Whether stderr is a terminal. */
  tty: boolean
  /** Milliseconds; injected so tests run on a fake clock. */
  now: () => number
}

/** A scan that ends sooner shows no bar at all. */
export const FIRST_DRAW_MS = 500
const REDRAW_MS = 250
const BAR_CELLS = 24
const CLEAR_LINE = '\r\x1b[2K'

export class Progress {
  private totalBytes = 0
  private readBytes = 0
  private mails = 0
  private lastDraw = Number.NEGATIVE_INFINITY
  private drawn = false
  private readonly started: number

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly options: ProgressOptions,
  ) {
    this.started = options.now()
  }

  get shown(): boolean {
    return this.options.tty
  }

  /** Bytes of all inputs, when known: the bar shows a share of them, else only counts. */
  total(bytes: number): void {
    this.totalBytes = bytes
  }

  bytes(count: number): void {
    this.readBytes += count
    this.draw()
  }

  count(mails: number): void {
    this.mails = mails
    this.draw()
  }

  /** Reading is done; the replay through the engine follows, which takes a while on large inputs. */
  classifying(): void {
    if (!this.options.tty) return
    if (this.options.now() - this.started < FIRST_DRAW_MS) return
    this.drawn = true
    this.stream.write(`${CLEAR_LINE}classifying ${this.mails} mails…`)
  }

  clear(): void {
    if (!this.drawn) return
    this.stream.write(CLEAR_LINE)
    this.drawn = false
  }

  private draw(): void {
    if (!this.options.tty) return
    const now = this.options.now()
    if (now - this.started < FIRST_DRAW_MS || now - this.lastDraw < REDRAW_MS) return
    this.lastDraw = now
    this.drawn = true
    this.stream.write(`${CLEAR_LINE}${progressLine(this.readBytes, this.totalBytes, this.mails)}`)
  }
}

/** "[######------] 50% 12.0 of 24.0 MB, 1200 mails", or without a total only the counts. */
export function progressLine(readBytes: number, totalBytes: number, mails: number): string {
  const read = megabytes(readBytes)
  if (totalBytes <= 0) return `reading: ${mails} mails, ${read} MB`
  const share = Math.min(1, readBytes / totalBytes)
  const filled = Math.round(share * BAR_CELLS)
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_CELLS - filled)}`
  return `reading [${bar}] ${Math.floor(share * 100)}% ${read} of ${megabytes(totalBytes)} MB, ${mails} mails`
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1)
}
