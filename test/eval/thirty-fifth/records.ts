// The record helpers of the nineteenth set, shared by import.
export { emptyPart, fill, numeric, put, token, toRecord } from '../nineteenth/records.ts'
export type { Mail, Part } from '../nineteenth/records.ts'
