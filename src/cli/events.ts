// What reading the inputs produces: mail records, and the problems met on the way with where they
// were met. A bad line, message or file is reported and skipped; it never stops the scan.
import { open } from 'node:fs/promises'
import type { MailRecord } from './records.ts'
import { SAMPLE_BYTES } from './sniff.ts'

/** What a skipped item was, for the summary of a flood of them ("… and 40 more bad lines"). */
export type Unit = 'line' | 'message' | 'file'

export type SourceEvent =
  | { kind: 'record'; record: MailRecord }
  /** Several records read together (a .jsonl chunk's lines), in input order. */
  | { kind: 'records'; records: MailRecord[] }
  /** Skipped: not counted as a mail. */
  | { kind: 'error'; source: string; unit: Unit; position: string; message: string }
  /** Read anyway, but the user should know (a cut-short message, files not read in a folder). */
  | { kind: 'warning'; source: string; position: string; message: string }

export interface SourceOptions {
  /** Called with the number of bytes read, for the progress bar. */
  onBytes?: (bytes: number) => void
}

/** A skipped file; `source` is the folder it was found in, so a folder's problems count as one. */
export function fileError(path: string, message: string, source: string = path): SourceEvent {
  return { kind: 'error', source, unit: 'file', position: path, message }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The first `limit` bytes of a file (all of it when smaller), to see what it is before streaming
 * it or to read no more of it than is used; `whole` when that is the whole file, `size` its size.
 */
export async function readHead(
  path: string,
  limit: number = SAMPLE_BYTES,
): Promise<{ bytes: Uint8Array; whole: boolean; size: number }> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    const buffer = Buffer.alloc(Math.min(limit, size))
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0)
    return { bytes: buffer.subarray(0, bytesRead), whole: bytesRead >= size, size }
  } finally {
    await file.close()
  }
}
