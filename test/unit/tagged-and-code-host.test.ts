// A site's notice that the reader was mentioned, tagged or given a task, said without naming who,
// and a code host's notice of someone's work on the reader's code (someone-to-you.ts): mail from
// a conversation, which joins no wave. A "pull request" or "merge request" is no request made of
// a company (this-mail.ts). An acknowledgement that assigns a ticket number keeps its reading.
// Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

const features = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Notices',
    senderAddress: 'notifications@plomvary.example',
    subject,
    snippet,
  })

describe('the reader mentioned, tagged or assigned', () => {
  it.each([
    [
      'You were mentioned in #garden-share',
      'Nell: @you do you still have seeds? Reply in the app.',
    ],
    ['Du wurdest in „Tauschbörse“ erwähnt', 'Jonas: @Mia hast du das Buch noch? Antworten.'],
    ['Vous avez été mentionné dans « Covoiturage »', 'Paul : @Lou tu pars à quelle heure ?'],
    ['Te han mencionado en «Huerto vecinal»', 'Ana Gil: «@Nerea ¿quedan tomates?» Responder.'],
    ['Mencionaram-te em "Troca de discos"', 'Rui Lopes: "@Inês ainda tens o vinil?" Responder.'],
    ['Sei stato menzionato in «Orto comune»', 'Sara: «@Luca hai ancora i semi?» Rispondi.'],
    ['Je bent genoemd in "Buurttuin"', 'Kees: "@Fenna heb je nog zaden?" Reageer.'],
    ['[tiller/core] Issue #4471: crash on start', '@Lena Hart opened an issue and assigned you.'],
    [
      '[tiller/core] Nova issue #4471: falha no login',
      '@Larissa Reis abriu uma issue e te atribuiu.',
    ],
    ['[tiller/core] Se fusionó la PR #4471', '@Marta Gil fusionó tu pull request en main.'],
    [
      '[tiller/core] Fix retry (PR #4471)',
      '@Owen Hale requested your review on this pull request.',
    ],
  ])('joins no wave: %s', (subject, snippet) => {
    const mail = features(subject, snippet)
    expect(mail.joiner).toBe(false)
    expect(mail.helpdesk).toBe(false)
  })
})

describe('a pull or merge request', () => {
  it('names no request made of a company', () => {
    const reads = (opening: string) =>
      evidenceOf({ subject: 'Update', opening, templateKind: null, sender: null }).confirmation
    expect(reads('Your pull request was received by the build and is queued.')).toBeNull()
    expect(reads('Dein Merge-Request ist eingegangen und wartet auf Review.')).toBeNull()
    expect(reads('Your request was received and is queued.')).toBe('ack')
  })
})

describe('an acknowledgement', () => {
  it.each([
    ['Ticket 88120 assigned', 'We have received your request and assigned it the number 88120.'],
    ['Solicitud recibida', 'Hemos recibido tu solicitud y te hemos asignado el número 88120.'],
  ])('keeps its reading: %s', (subject, snippet) => {
    expect(features(subject, snippet).helpdesk).toBe(true)
  })
})
