// The wave rules a user may tune: how many companies within how long make a wave, fast and slow.
// Shown in minutes and hours; stored in milliseconds. A field the policy sets is locked.
import { useState } from 'preact/hooks'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/wave/thresholds.ts'
import type { Translate } from './i18n.ts'
import { HOUR_MS, MINUTE_MS } from '../core/time.ts'

interface Field {
  key: keyof Thresholds
  label: string
  /** Milliseconds per unit shown; 1 for counts. */
  unit: number
  min: number
  max: number
}

const FIELDS: Field[] = [
  { key: 'waveMinBrands', label: 'optionsWaveBrands', unit: 1, min: 2, max: 100 },
  { key: 'waveWindowMs', label: 'optionsWaveMinutes', unit: MINUTE_MS, min: 1, max: 240 },
  { key: 'slowWaveMinBrands', label: 'optionsSlowWaveBrands', unit: 1, min: 2, max: 500 },
  { key: 'slowWaveWindowMs', label: 'optionsSlowWaveHours', unit: HOUR_MS, min: 1, max: 72 },
]

export function ThresholdFields(props: {
  thresholds: Thresholds
  locked: Partial<Thresholds>
  onChange: (next: Thresholds) => void
  t: Translate
}) {
  const { thresholds, locked, onChange, t } = props
  return (
    <fieldset>
      <legend>{t('optionsThresholds')}</legend>
      <p class="hint">{t('optionsThresholdsHint')}</p>
      {FIELDS.map((field) => (
        <NumberField
          key={field.key}
          field={field}
          value={thresholds[field.key] / field.unit}
          locked={locked[field.key] !== undefined}
          onValid={(value) => onChange({ ...thresholds, [field.key]: value * field.unit })}
          t={t}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          const reset = { ...DEFAULT_THRESHOLDS, ...locked }
          onChange(reset)
        }}
      >
        {t('optionsThresholdsReset')}
      </button>
    </fieldset>
  )
}

function NumberField(props: {
  field: Field
  value: number
  locked: boolean
  onValid: (value: number) => void
  t: Translate
}) {
  const { field, value, locked, onValid, t } = props
  const [error, setError] = useState(false)
  const id = `threshold-${field.key}`
  return (
    <label for={id}>
      {t(field.label)}{' '}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={field.min}
        max={field.max}
        step={1}
        value={value}
        disabled={locked}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : locked ? `${id}-locked` : undefined}
        onInput={(event) => {
          const next = Number((event.target as HTMLInputElement).value)
          const valid = Number.isInteger(next) && next >= field.min && next <= field.max
          setError(!valid)
          if (valid) onValid(next)
        }}
      />
      {error && (
        <span id={`${id}-error`} class="error">
          {' '}
          {t('optionsNumberRange', [String(field.min), String(field.max)])}
        </span>
      )}
      {locked && (
        <span id={`${id}-locked`} class="locked">
          {' '}
          {t('optionsLocked')}
        </span>
      )}
    </label>
  )
}
