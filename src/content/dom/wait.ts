// Waiting on the page: resolve when a DOM condition holds, reject at a deadline. Never a fixed
// sleep: the webmail decides how long it takes, the deadline only bounds it.

export class DeadlineError extends Error {
  override name = 'DeadlineError'
}

export function waitFor<T>(
  doc: Document,
  condition: () => T | null | undefined | false,
  deadlineMs: number,
  what: string,
): Promise<T> {
  const first = condition()
  if (first) return Promise.resolve(first)
  return new Promise((resolve, reject) => {
    const view = doc.defaultView ?? globalThis
    const check = () => {
      const value = condition()
      if (!value) return
      finish()
      resolve(value)
    }
    const observer = new (view as typeof globalThis).MutationObserver(check)
    const timer = view.setTimeout(() => {
      finish()
      reject(new DeadlineError(`${what}: not within ${deadlineMs} ms`))
    }, deadlineMs)
    const finish = () => {
      observer.disconnect()
      view.clearTimeout(timer)
    }
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    })
  })
}
