// Text split into lines as it streams in: a line may end in one chunk and its break arrive in the
// next. Breaks are "\n", "\r\n" or a lone "\r", as Node's readline takes them.

const BREAK = /\r\n|\n|\r/u

export class LineSplitter {
  private rest = ''

  /** The lines this chunk completes. */
  push(chunk: string): string[] {
    let text = this.rest + chunk
    // A "\r" at the end may be the first half of "\r\n": it waits for the next chunk.
    const held = text.endsWith('\r') ? '\r' : ''
    if (held) text = text.slice(0, -1)
    const lines = text.split(BREAK)
    this.rest = lines.pop()! + held
    return lines
  }

  /** The last line, when the text did not end with a break. */
  end(): string | null {
    const last = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest
    this.rest = ''
    return last === '' ? null : last
  }
}
