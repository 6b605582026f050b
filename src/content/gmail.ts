// Content script for https://mail.google.com/*.
import { startContentScript } from './start.ts'
import { gmailAdapter } from './webmail/gmail/adapter.ts'

startContentScript(gmailAdapter)
