// Lines of a .jsonl file as it streams in (src/cli/lines.ts): a break may be cut between two
// chunks, and a file may end without one.
import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../src/cli/lines.ts'

function split(chunks: string[]): string[] {
  const splitter = new LineSplitter()
  const lines = chunks.flatMap((chunk) => splitter.push(chunk))
  const last = splitter.end()
  return last === null ? lines : [...lines, last]
}

describe('lines across chunks', () => {
  it('joins a line cut between chunks', () => {
    expect(split(['{"a":', '1}\n{"b":2}\n'])).toEqual(['{"a":1}', '{"b":2}'])
  })

  it('takes "\\r\\n" cut between chunks as one break', () => {
    expect(split(['one\r', '\ntwo\r\n'])).toEqual(['one', 'two'])
  })

  it('takes a lone "\\r" as a break, as readline does', () => {
    expect(split(['one\rtwo\r', 'three'])).toEqual(['one', 'two', 'three'])
  })

  it('keeps the last line without a break, and blank lines where they are', () => {
    expect(split(['a\n\nb'])).toEqual(['a', '', 'b'])
    expect(split(['a\n'])).toEqual(['a'])
    expect(split([''])).toEqual([])
  })

  it('gives the same lines whatever the chunk size', () => {
    const text = Array.from({ length: 50 }, (_, i) => `{"id":"m${i}"}`).join('\r\n')
    const whole = split([text])
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      )
      expect(split(chunks)).toEqual(whole)
    }
    expect(whole).toHaveLength(50)
  })
})
