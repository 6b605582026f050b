// Everyday mail that read as confirmation wording or joined a wave: someone answering what the
// reader posted (someone-to-you.ts), a reply that opens by quoting the mail it answers
// (conversation.ts), a flight's check-in code (one-time-code.ts), a count of things "logged" or
// "received" (this-mail.ts), and a footer's way to stop the mail (footer-reason.ts). Texts
// written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'
import { foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'
import { saysOneTimeCode } from '../../src/core/mail/codes/one-time-code.ts'

const mail = (subject: string, snippet: string, senderAddress = 'notify@qelvanto.example') =>
  extractFeatures({ id: 'm', date: 0, senderName: 'Qelvanto', senderAddress, subject, snippet })

describe('someone answered what the reader posted', () => {
  it.each([
    ['Neue Antwort in „Plätzchen“', 'Gesa hat auf deinen Beitrag geantwortet. Verwalten.'],
    ['Nouvelle réponse dans « Fêtes »', 'Gaëlle a répondu à votre message. Gérer.'],
    ['3 nouveaux abonnés', '[Logo] Découvrez qui vous suit cette semaine.'],
    ['Nova resposta em "Receitas"', 'Thaís respondeu à sua publicação. Gerir notificações.'],
    ['Nueva respuesta en «Recetas»', 'Lola ha respondido a tu publicación. Gestionar.'],
    ['Nuova risposta in «Ricette»', 'Sara ha risposto al tuo post. Gestisci.'],
    ['Nieuwe reactie in "Recepten"', 'Kees heeft gereageerd op je bericht. Beheer.'],
    [
      'Nieuw in je groep: rommelmarkt',
      'Qelvanto | Shop | Account | Help Bram plaatste een bericht.',
    ],
    ['New in your group: garden swap', 'Lea posted a message about seeds.'],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(mail(subject, snippet).joiner).toBe(false)
  })
})

describe('a reply that quotes the mail it answers', () => {
  it('is a conversation, whatever numbers its subject carries', () => {
    const reply = mail(
      'Re: [Devlist] [Bug 840] option change',
      'On Fri, Sep 06, 2002 at 10:09:19AM -0700, tracker@bugs.example wrote: > use a letter.',
      'ann@lists.example',
    )
    expect(reply.joiner).toBe(false)
    expect(reply.helpdesk).toBe(false)
  })

  it('a header with no date or time, as a form may carry typed in, is none', () => {
    const typed = evidenceOf({
      subject: 'Re: TAKE DOWN ORDERS',
      opening: 'On Monday the CEO wrote: TAKE DOWN ORDERS now.',
      templateKind: null,
      sender: 'automated-mailbox',
    })
    expect(typed.conversation).toBe(false)
  })

  it('a first mail that only names a date is none', () => {
    const ack = evidenceOf({
      subject: 'Re: [Bug 840] option change',
      opening: 'On Friday we received your request 840 and will answer soon.',
      templateKind: null,
      sender: 'automated-mailbox',
    })
    expect(ack.conversation).toBe(false)
  })
})

describe('codes and counts of another purpose', () => {
  it('a flight’s check-in code is no one-time code', () => {
    const text = 'Il tuo volo è pronto per il check-in. Codice 960743.'
    expect(saysOneTimeCode(foldForLexicon(text))).toBe(false)
    expect(saysOneTimeCode(foldForLexicon('Il tuo codice di accesso: 960743.'))).toBe(true)
  })

  it('an extortion payload that will be “posted” is no one posting', () => {
    const typed = mail(
      'Vi har tagit emot ditt ärende',
      'Pay 2 BTC or your photos will be posted in every group. Vi svarar inom två dagar.',
    )
    expect(typed.joiner).toBe(true)
  })

  it('a storage filled to a level is no form filled in', () => {
    const joins = mail('Stockage presque plein', 'Votre espace Qelvanto est rempli à 95 %.').joiner
    expect(joins).toBe(false)
  })

  it('a count logged or received is no message received', () => {
    const reads = (opening: string) =>
      evidenceOf({ subject: 'Year', opening, templateKind: null, sender: null }).confirmation
    expect(reads('You logged 214 workouts this year. Your request for a recap is here.')).toBeNull()
    expect(reads('Your request has been logged and is with our team.')).toBe('ack')
  })
})

describe('a footer’s way to stop the mail', () => {
  it('confirms nothing, wrapped lines and all', () => {
    const closing =
      'You have received this because you subscribed.  To stop receiving these\nmessages, log in to your page.'
    const evidence = evidenceOf({
      subject: 'Stories for today',
      opening: 'Daily newsletter. In this issue: slides.',
      templateKind: null,
      sender: null,
      closing,
    })
    expect(evidence.confirmation).toBeNull()
  })
})
