// Text split into lines as it streams in: a line may end in one chunk and its break arrive in the
// next. Breaks are "\n", "\r\n" or a lone "\r", as Node's readline takes them. Each chunk is
// searched once, and a long line's pieces are joined once: linear in the input, however long a
// line is.

const BREAK = /\r\n|\n|\r/gu

export class LineSplitter {
  /** The pieces of the line not yet ended. */
  private pieces: string[] = []
  /** The last chunk ended in "\r": a "\n" opening the next one belongs to that break. */
  private afterReturn = false

  /** The lines this chunk completes. */
  push(chunk: string): string[] {
    const lines: string[] = []
    let from = this.afterReturn && chunk.startsWith('\n') ? 1 : 0
    this.afterReturn = false
    BREAK.lastIndex = from
    for (let found = BREAK.exec(chunk); found; found = BREAK.exec(chunk)) {
      lines.push(this.line(chunk.slice(from, found.index)))
      from = found.index + found[0].length
      if (found[0] === '\r' && from === chunk.length) this.afterReturn = true
    }
    if (from < chunk.length) this.pieces.push(chunk.slice(from))
    return lines
  }

  /** The last line, when the text did not end with a break. */
  end(): string | null {
    const last = this.line('')
    return last === '' ? null : last
  }

  private line(last: string): string {
    if (this.pieces.length === 0) return last
    const line = this.pieces.join('') + last
    this.pieces = []
    return line
  }
}
