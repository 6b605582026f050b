// All options text comes from _locales through the platform module; components receive `t`.
export type { Translate } from '../platform/browser.ts'
