// Incidents and cases a service desk opens, orders named by their number, and security notices:
// three classes of wording read as what they are. Texts written here for the test, in the seven
// languages; none is a product's template.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

const evidence = (subject: string, opening = '') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null })

const features = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'x',
    date: 0,
    senderName: 'Shop',
    senderAddress: 'orders@shop.example',
    subject,
    snippet,
  })

describe('an incident or case opened for the sender is an acknowledgement', () => {
  it.each([
    'Incident #539165: Printer offline has been created',
    'Vorfall #76172: Drucker wurde erstellt',
    'Incident n° 975496 : Imprimante a été créé',
    'Incidente #864888: se ha creado Impresora',
    'Incidente #521297: Impressora foi criado',
    'Incidente #417690: Stampante è stato creato',
    'Uw incident 40917 is aangemaakt',
    'O caso foi criado',
    'Su caso ha sido registrado',
    'Ihr Fall wurde angelegt',
    'Uw zaak is geregistreerd',
  ])('%s', (subject) => {
    expect(evidence(subject).confirmation).toBe('ack')
  })

  it('a case in a turn of phrase is none', () => {
    expect(evidence('En caso de no haber recibido el paquete, escríbenos').confirmation).toBeNull()
  })
})

describe('an order named with its number is a transaction, not an account confirmation', () => {
  it.each([
    ['Your Pellmart order W639137 is confirmed', 'Thanks for your order W639137.'],
    ['Conferma del tuo ordine K966157', 'Grazie per il tuo ordine K966157. Totale: €1502,95.'],
    ['Bestellung Nr. 40512 bestätigt', 'Vielen Dank für Ihren Einkauf.'],
    ['Commande n° 88123 confirmée', 'Merci pour votre achat.'],
  ])('%s', (subject, snippet) => {
    const read = features(subject, snippet)
    expect(read.helpdesk).toBe(false)
    expect(read.important).toBe('purchase')
  })

  it('orders to take something down stay attacker text', () => {
    expect(evidence('Request received: TAKE DOWN ORDERS 44120').confirmation).toBe('ack')
    expect(features('Confirm your account: ordine di rimozione', '').important).toBeNull()
  })
})

describe('a security notice is important, no sign-in requested', () => {
  it.each([
    ['Beveiligingsmelding: nieuwe aanmelding', 'We zagen een nieuwe aanmelding vanaf Firefox.'],
    ['Sicherheitsmeldung: neue Anmeldung', 'Wir haben eine neue Anmeldung bemerkt.'],
    ['Security message: new sign-in to your account', 'We noticed a new sign-in from Firefox.'],
  ])('%s', (subject, snippet) => {
    const read = features(subject, snippet)
    expect(read.helpdesk).toBe(false)
    expect(read.important).toBe('account-security')
  })
})

describe('the record a service desk opens is numbered like a ticket', () => {
  it.each([
    'Vorfall #76172: Drucker',
    'Incident n° 975496 : Imprimante',
    'Incidente #864888: Impresora',
    'Ocorrência 2026000412',
    'Segnalazione 48213: Stampante',
    'Uw zaak 40917',
  ])('%s', (subject) => {
    expect(evidence(subject).ticketId).toBe(true)
  })

  it('a pipeline or an issue numbered alone is none', () => {
    expect(evidence('Pipeline #11152 has succeeded for main').ticketId).toBe(false)
  })

  it('a service desk mailbox is an automated sender', () => {
    const read = extractFeatures({
      id: 'x',
      date: 0,
      senderName: 'Skovello',
      senderAddress: 'servicedesk@skovello.example',
      subject: 'Incidente #810997: se ha creado Impresora',
      snippet: '',
    })
    expect(read.reasons).toContain('helpdesk-sender')
  })
})

describe('a subject that tells the reader to sign in somewhere is a sign-in link', () => {
  it.each([
    'Sign in to Ysselmoor Outfitters',
    'Log-in to Ysselmoor',
    'Bei Ysselmoor Holzbau anmelden',
    'Connexion à Ysselmoor Assurances',
    'Inicia sesión en Ysselmoor Mudanzas',
    'Entrar em Ysselmoor Seguros',
    'Accedi a Ysselmoor Vivai',
    'Inloggen bij Ysselmoor Bouw',
  ])('%s', (subject) => {
    expect(evidence(subject).confirmation).toBe('sign-in-code')
  })

  it.each(['Entrar em contato com a Ysselmoor', 'New sign-in to your Ysselmoor account'])(
    'not: %s',
    (subject) => {
      expect(evidence(subject).confirmation).not.toBe('sign-in-code')
    },
  )
})

describe('a password change still to be confirmed is asked for, not a notice', () => {
  it.each([
    ['Confirm password change', 'A request was made to change your password.'],
    ['Confirmar el cambio de contraseña', 'Se ha solicitado cambiar tu contraseña.'],
    ['Conferma il cambio password', 'È stata richiesta la modifica della tua password.'],
    ['Bestätige die Passwortänderung', 'Jemand möchte dein Passwort ändern.'],
  ])('%s', (subject, snippet) => {
    expect(features(subject, snippet).important).toBeNull()
  })

  it.each(['Your password was changed', 'Verificação em dois passos ativada'])(
    'a notice stays important: %s',
    (subject) => {
      expect(features(subject, '').important).toBe('account-security')
    },
  )
})

describe('promises and receipts beside an order', () => {
  it('a promise to write again beside an order is about the order', () => {
    const read = features(
      'Bestellbestätigung Nr. 5471469',
      'Danke für Ihre Bestellung Nr. 5471469 über 2324.64 €. Wir melden uns, sobald sie versandt ist.',
    )
    expect(read.helpdesk).toBe(false)
    expect(read.important).toBe('purchase')
  })

  it('"we got a request" in Dutch acknowledges it', () => {
    expect(
      evidence('', 'We kregen een verzoek om je adres aan de lijst toe te voegen.'),
    ).toMatchObject({ confirmation: 'ack' })
  })
})
