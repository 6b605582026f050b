// Every input path turned into a stream of records, or of problems with their position.
import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { describe, fileError, type SourceEvent, type SourceOptions } from './events.ts'
import { readEml } from './read-eml.ts'
import { readJsonl } from './read-jsonl.ts'
import { readMbox } from './read-mbox.ts'

export type { SourceEvent, SourceOptions } from './events.ts'

/** Names of entries a folder scan leaves out that are listed in its warning. */
const LISTED_NAMES = 3

export async function* readInputs(
  paths: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceEvent> {
  for (const path of paths) yield* readPath(path, options)
}

async function* readPath(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`)
    return
  }
  if (info.isDirectory()) {
    yield* readFolder(path, options)
    return
  }
  const kind = extname(path).toLowerCase()
  if (kind === '.jsonl') yield* readJsonl(path, options)
  else if (kind === '.mbox') yield* readMbox(path, options)
  else if (kind === '.eml') yield* readEml(path, options)
  else yield fileError(path, 'not an .eml, .mbox or .jsonl file, nor a folder')
}

/** The .eml files of a folder (not its subfolders), in name order; the rest is named, not read. */
async function* readFolder(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let names: string[]
  try {
    names = (await readdir(path)).sort()
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`)
    return
  }
  const eml = names.filter(isEml)
  const others = names.filter((name) => !isEml(name))
  if (others.length > 0) {
    const listed = others.slice(0, LISTED_NAMES).join(', ')
    const more = others.length > LISTED_NAMES ? `, … ${others.length - LISTED_NAMES} more` : ''
    yield {
      kind: 'warning',
      source: path,
      position: path,
      message: `${others.length} entries not named .eml were not read (${listed}${more})`,
    }
  }
  for (const name of eml) yield* readEml(join(path, name), options, path)
}

function isEml(name: string): boolean {
  return extname(name).toLowerCase() === '.eml'
}

/** Bytes the inputs hold, for the progress bar: file sizes, and a folder's .eml files. */
export async function inputBytes(paths: readonly string[]): Promise<number> {
  let total = 0
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (!info.isDirectory()) total += info.size
      else
        for (const name of (await readdir(path)).filter(isEml))
          total += (await stat(join(path, name))).size
    } catch {
      // Reported when the path is read; the bar just counts without it.
    }
  }
  return total
}
