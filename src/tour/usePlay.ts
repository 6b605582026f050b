// Plays the scenario's arrivals in real time: one simulated minute per MS_PER_MINUTE, so the
// whole wave arrives in about ten seconds. With reduced motion asked for, everything is there at
// once. `replay` starts again from an empty inbox.
import { useCallback, useEffect, useState } from 'preact/hooks'
import { TOUR_MAILS } from './scenario.ts'

export const MS_PER_MINUTE = 600

export function usePlay(instant: boolean): { arrived: number; replay: () => void } {
  const [run, setRun] = useState(0)
  const [arrived, setArrived] = useState(instant ? TOUR_MAILS.length : 0)
  useEffect(() => {
    if (instant) return setArrived(TOUR_MAILS.length)
    setArrived(0)
    const timers = TOUR_MAILS.map((mail, i) =>
      setTimeout(() => setArrived(i + 1), mail.minute * MS_PER_MINUTE),
    )
    return () => timers.forEach(clearTimeout)
  }, [run, instant])
  return { arrived, replay: useCallback(() => setRun((n) => n + 1), []) }
}
