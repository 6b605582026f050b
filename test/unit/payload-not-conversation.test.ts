// Text an attacker typed into a form, greeted by name in a body, says whose mail it is: an
// "update on your request" or an agent at work on it (core/mail/conversation/conversation.ts) is no conversation
// of the person's when it greets a disguised title, and a "pedido" (order or request) is no
// important order then (core/mail/features.ts). Plain words are no disguise, whatever they say:
// an insurer asking for the police report stays the person's conversation. Padding between words,
// units ("50µg", "10kΩ"), fullwidth brackets and the invisible joiners other scripts need inside
// words are no disguise either (core/mail/indicators/indicators.ts isDisguised).
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { isDisguised } from '../../src/core/mail/indicators/indicators.ts'
import { replay } from '../../src/core/wave/classify.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 20, 9, 0)
const strike = (text: string) => [...text].map((c) => (c === ' ' ? c : `${c}\u0336`)).join('')
const spaced = (text: string) => [...text].join('\u200b')

const update = (id: string, minutes: number, greeting: string): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: `Casa ${id}`,
  senderAddress: `support@${id}.example`,
  subject: `Aggiornamento sulla richiesta ${40_000 + minutes}`,
  snippet: `Ciao ${greeting}, un operatore sta lavorando alla tua richiesta ${40_000 + minutes}.`,
})

const ack = (i: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + i * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] hello`,
  snippet: `Your request (${2000 + i}) has been received and is being reviewed by our support staff.`,
})

describe('a later notice on a request', () => {
  it('is a conversation when it greets the person', () => {
    const features = extractFeatures(update('rossi', 6, 'M. Rossi'))
    expect(features).toMatchObject({ helpdesk: false, joiner: false })
  })

  it.each([
    ['struck-out letters', strike('Europol notice - appear online')],
    ['letters parted by invisible characters', spaced('You won 5000 USDT')],
  ])('is none when it greets %s, and joins the wave as a new sender', (_, greeting) => {
    const mail = update('typed', 6, greeting)
    expect(extractFeatures(mail).joiner).toBe(true)
    const features = [...[0, 1, 2, 3, 4].map(ack), mail].map(extractFeatures)
    expect(replay(features).final.at(-1)!.verdict).toBe('relay')
  })
})

describe('a reminder that greets a disguised title, shown by display name only', () => {
  const reminder = (greeting: string): MailInput => ({
    id: 'r',
    date: T0 + 6 * MINUTE,
    senderName: 'Maison Trembenty',
    senderAddress: '',
    subject: 'Re: Une dernière chose',
    snippet: `Salut ${greeting} ! Petit rappel : il reste une étape.`,
  })

  it('joins the wave under way: the greeting answers whoever typed the title', () => {
    const mail = reminder(spaced('we know where you live'))
    expect(extractFeatures(mail).joiner).toBe(true)
    const features = [...[0, 1, 2, 3, 4].map(ack), mail].map(extractFeatures)
    expect(replay(features).final.at(-1)!.verdict).toBe('relay')
  })

  it('stays out when it greets the person', () => {
    expect(extractFeatures(reminder('Solène')).joiner).toBe(false)
  })

  it('is no rule for styled words that greet nobody, nor for a person’s own mailbox', () => {
    const styledSale = { ...reminder(''), snippet: '𝗡𝘂𝗿 𝗵𝗲𝘂𝘁𝗲: 30 % auf alles im Shop.' }
    expect(extractFeatures(styledSale).joiner).toBe(false)
    const friend = {
      ...reminder(''),
      senderName: 'Giulia',
      senderAddress: 'giulia.b@mail.example',
      snippet: `Ciao ${spaced('a tutti')}! Sabato facciamo una festa.`,
    }
    expect(extractFeatures(friend).joiner).toBe(false)
    const family = { ...reminder(''), snippet: 'Hallo! ⓐⓑⓒ war gestern toll, danke.' }
    expect(extractFeatures(family).joiner).toBe(false)
  })

  it('joins when the title stands after a sentence’s first words and a comma', () => {
    const received = {
      ...reminder(''),
      snippet: '[Logo] Ontvangen, ＦＩＮＡＬ ＷＡＲＮＩＮＧ. We reageren snel.',
    }
    expect(extractFeatures(received).joiner).toBe(true)
  })
})

describe('an order update', () => {
  const order = (greeting: string): MailInput => ({
    id: 'o',
    date: T0,
    senderName: 'Loja Vranska',
    senderAddress: 'service@vranska.example',
    subject: 'Atualização do pedido 3741543',
    snippet: `Olá ${greeting}, um agente da Loja Vranska já está a tratar do seu pedido 3741543.`,
  })

  it('is important when it greets the person', () => {
    expect(extractFeatures(order('Joana')).important).not.toBeNull()
  })

  it('is not when it greets a disguised title', () => {
    expect(extractFeatures(order(spaced('You won 5000 USDT'))).important).toBeNull()
  })
})

describe('disguised words in a body', () => {
  it('are letters parted by invisible characters, not a preview padded between words', () => {
    expect(isDisguised(`Hi ${spaced('FREE')} there`)).toBe(true)
    expect(isDisguised('Your receipt \u200c \u200c \u200c \u200c from Lumo')).toBe(false)
  })

  it.each([
    ['a unit', 'Levothyroxine 50µg tablets are ready, and the 10kΩ resistor pack has shipped'],
    ['fullwidth brackets and a circled digit', 'headphones（black） invoice ① of 3'],
    ['Persian with its zero-width non-joiner', 'می\u200cخواهم سفارش را ببینم'],
    ['Hebrew with a right-to-left mark', 'דנה\u200fכהן'],
    [
      'a calendar’s isolates around names it did not write',
      '\u2068Lunch\u2069\u2068Thursday\u2069',
    ],
  ])('are not %s', (_, text) => {
    expect(isDisguised(text)).toBe(false)
  })

  it('are a word of three styled letters or more', () => {
    expect(isDisguised('Hello 𝐅𝐑𝐄𝐄 gift')).toBe(true)
  })
})

describe('a ticket reply that names the police in plain words', () => {
  it('stays the person’s conversation', () => {
    const reply = extractFeatures({
      id: 'r',
      date: T0,
      senderName: 'Insurer Support',
      senderAddress: 'support@insurer.example',
      subject: 'Re: [#5512] claim for my bike',
      snippet: 'Please send us the police report for the stolen bike and we will go on.',
    })
    expect(reply).toMatchObject({ helpdesk: false, joiner: false })
  })
})
