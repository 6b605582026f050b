// Actions no one asked for in this tab (the automatic label) run only while the user is neither
// selecting nor typing here (user-activity.ts): one chunk at a time, each once the user is idle
// and checked again when its turn in the page's action queue comes, as another action may have
// run meanwhile. Waiting never holds the queue, so what the user asks for from the popup runs at
// once. The background is answered within ANSWER_WITHIN_MS with what was done by then; the rest is
// not dropped but goes on in this page when the user is idle, and reaches the action log through
// the page's progress reports.
import { ACTION_CHUNK, ACTION_PACE_MS } from '../webmail/adapter.ts'
import { pause } from '../webmail/paced-chunks.ts'
import type { UserActivity } from './user-activity.ts'

/** How long the background waits for the page's answer to an automatic action. */
export const ANSWER_WITHIN_MS = 20_000

/** Runs work in the page's one-at-a-time action queue. */
export type InTurn = <T>(work: () => Promise<T>) => Promise<T>

/**
 * Acts on `ids` in chunks, each only while the user is idle; resolves once every chunk ran.
 *
 * Chunk size and pace are the paced runner's (webmail/paced-chunks.ts), but not its loop: that one
 * runs a whole action inside one turn of the page's action queue, pausing in it between chunks;
 * here each chunk takes a turn of its own, after the user is idle and the pace's pause, so that
 * neither the wait for the user nor the pause holds the queue. A chunk the user's activity
 * stopped before its turn is tried again, whole.
 */
export async function inIdleChunks(
  doc: Document,
  ids: readonly string[],
  activity: UserActivity,
  inTurn: InTurn,
  act: (chunk: string[]) => Promise<void>,
): Promise<void> {
  let left = [...ids]
  while (left.length > 0) {
    await activity.idle()
    const chunk = left.slice(0, ACTION_CHUNK)
    const ran = await inTurn(async () => {
      if (activity.busy()) return false
      await activity.thenLeaveField(() => act(chunk))
      return true
    })
    if (!ran) continue
    left = left.slice(chunk.length)
    if (left.length > 0) await pause(doc, ACTION_PACE_MS)
  }
}
