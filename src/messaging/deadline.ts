// An answer in bounded time, for both ends of a message: the worker answers a page's rows from
// memory when browser storage does not answer in time (background/storage-deadline.ts), and a
// page answers the worker's automatic action with what it did so far when the rest must wait for
// the user (content/actions/automatic-actions.ts). A plain timer: no browser API.

/**
 * The work's own outcome when it settles within `ms`; else, at `ms`, what `atDeadline` gives then
 * (a value, or a rejected promise or a throw for an error). The timer is cleared as soon as the
 * work settles, so nothing is left pending.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  atDeadline: () => T | PromiseLike<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(atDeadline())
      } catch (error) {
        reject(error)
      }
    }, ms)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
