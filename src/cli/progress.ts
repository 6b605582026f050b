// A one-line progress bar on stderr, shown only on a terminal and redrawn at most 4 times a second.
export class Progress {
  private readBytes = 0
  private mails = 0
  private lastDraw = 0
  private drawn = false
  private readonly tty: boolean

  constructor(private readonly stream: NodeJS.WritableStream & { isTTY?: boolean }) {
    this.tty = Boolean(stream.isTTY)
  }

  bytes(count: number): void {
    this.readBytes += count
    this.draw()
  }

  count(mails: number): void {
    this.mails = mails
    this.draw()
  }

  clear(): void {
    if (!this.drawn) return
    this.stream.write('\r\x1b[2K')
    this.drawn = false
  }

  private draw(): void {
    const now = Date.now()
    if (!this.tty || now - this.lastDraw < 250) return
    this.lastDraw = now
    this.drawn = true
    const megabytes = (this.readBytes / 1_048_576).toFixed(1)
    this.stream.write(`\r\x1b[2Kreading: ${this.mails} mails, ${megabytes} MB`)
  }
}
