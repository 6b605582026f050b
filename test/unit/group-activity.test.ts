// Others' activity in a group, forum or thread the reader follows (core/mail/conversation/group-activity.ts) is
// a conversation: from an automated sender new to the inbox it joins no wave, in every language. A
// ticket is no such place, and a confirmation beside a group's name still reads. Texts written
// here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Tovalde',
    senderAddress: 'notifications@tovalde.example',
    subject,
    snippet,
  })

describe('activity in a group the reader follows', () => {
  it.each([
    ['Allotment swap', '7 new messages in Allotment swap. See what your neighbours wrote.'],
    ['Chor am Mittwoch', 'In der Gruppe Chor am Mittwoch gibt es 6 neue Nachrichten.'],
    ['Nouvelles réponses dans le fil', 'Trois personnes ont écrit dans « Vide-grenier ».'],
    ['Nuevas publicaciones en el grupo', 'Hay 4 mensajes nuevos en el hilo que sigues.'],
    ['Novas mensagens no grupo', 'O grupo Caminhada tem 9 mensagens novas no Tovalde.'],
    ['Coro del giovedì', 'Ci sono 5 nuovi messaggi nel gruppo Coro del giovedì.'],
    ['Moestuin', 'Er zijn 8 nieuwe berichten in de groep Moestuin.'],
    ['Vide-grenier', 'Il y a 3 nouveaux messages dans « Vide-grenier ».'],
  ])('joins no wave: %s', (subject, snippet) => {
    const features = mail(subject, snippet)
    expect({ joiner: features.joiner, helpdesk: features.helpdesk }).toEqual({
      joiner: false,
      helpdesk: false,
    })
  })
})

describe('what is no group activity', () => {
  it('a title typed into a form and echoed after a colon', () => {
    const features = mail(
      'Request received: 7 new messages in the group',
      'Your message: 7 new messages in the group. We received it and will answer soon.',
    )
    expect(features.helpdesk || features.joiner).toBe(true)
  })

  it('a new message in a chat with a company', () => {
    const features = mail(
      'New message in your conversation with Tovalde',
      'We received your message and will reply here.',
    )
    expect(features.helpdesk || features.joiner).toBe(true)
  })

  it('a new reply on a ticket is still a helpdesk notice', () => {
    const features = mail(
      'New reply on your ticket #48213',
      'We received your request and replied.',
    )
    expect(features.helpdesk || features.joiner).toBe(true)
  })

  it('a confirmation beside a group’s name still reads', () => {
    const features = mail(
      'Confirm your email to join the group',
      'Please verify your email address.',
    )
    expect(features.helpdesk).toBe(true)
  })
})
