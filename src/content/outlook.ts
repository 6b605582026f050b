// Content script for Outlook on the web (outlook.live.com, outlook.office.com,
// outlook.office365.com, outlook.cloud.microsoft).
import { startContentScript } from './start.ts'
import { outlookAdapter } from './webmail/outlook/adapter.ts'

startContentScript(outlookAdapter)
