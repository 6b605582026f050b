// The value of a promise once it settles (undefined before, and after a rejection). A function is
// called once, on the first render, so a lazy import starts with the popup.
import { useEffect, useState } from 'preact/hooks'

export function useResolved<T>(source: Promise<T> | (() => Promise<T>) | undefined): T | undefined {
  const [promise] = useState(() => (typeof source === 'function' ? source() : source))
  const [value, setValue] = useState<{ value: T } | undefined>(undefined)
  useEffect(() => {
    let current = true
    promise?.then(
      (resolved) => current && setValue({ value: resolved }),
      () => {},
    )
    return () => void (current = false)
  }, [promise])
  return value?.value
}
