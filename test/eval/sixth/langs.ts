// The sixth set's languages: the harness's seven, plus two that no earlier set used as a wave
// language (Swedish and Polish), reported on their own as the held-out-language group.
import { LANGUAGES, type Lang } from '../types.ts'

export const HELD_OUT_LANGS = ['sv', 'pl'] as const
export type HeldOutLang = (typeof HELD_OUT_LANGS)[number]
export type SixthLang = Lang | HeldOutLang
export const SIXTH_LANGS: readonly SixthLang[] = [...LANGUAGES, ...HELD_OUT_LANGS]

export function isHarnessLang(lang: SixthLang): lang is Lang {
  return (LANGUAGES as readonly string[]).includes(lang)
}
