// The popup in real Firefox ESR during a wave of 120 flagged mails (scenarios/popup.ts).
import { describe, it } from 'vitest'
import { useFirefox } from '../support/driver-firefox.ts'
import { popupDuringWave } from '../scenarios/popup.ts'

const firefox = useFirefox()

describe('Firefox: the popup during a wave', () => {
  it('shows the wave, passes axe, and cleans up one company with undo', async () => {
    await popupDuringWave(firefox.driver(), { wave: 120 })
  })
})
