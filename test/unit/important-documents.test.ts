// Documents the person keeps (an insurer's policy, a pension statement, a payslip), money that came
// or will go (a refund, a salary, rent, a direct debit announced), tickets bought, a prescription
// or test results ready, and an order named by its number alone are important mail
// (core/mail/important/important.ts, features.ts). An order number typed into a form comes with the ticket's
// own number, and stays the form's echo. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string, senderAddress = ''): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 2, 9),
  senderName: 'Brisqueo',
  senderAddress,
  subject,
  snippet,
})

describe('documents the person keeps', () => {
  it.each([
    ['Your policy documents', 'Your home insurance policy 5781 is attached.'],
    ['Ihre Versicherungsunterlagen', 'Police Nr. 553222 im Anhang.'],
    ['Vos documents d’assurance', 'Contrat n° 510572 en pièce jointe.'],
    ['Documentación de su póliza', 'Póliza n.º 57216 adjunta.'],
    ['Documenti della tua polizza', 'Polizza n. 6821236 in allegato.'],
    ['Uw polisdocumenten', 'Polis 577236 in de bijlage.'],
    ['Renteninformation 7/12', 'Ihre jährliche Renteninformation liegt vor.'],
    ['Pensioenoverzicht 12/12', 'Uw jaarlijkse pensioenoverzicht staat klaar.'],
    ['Your payslip for November is available', 'Log in to the portal to view it.'],
    ['Je loonstrook van november staat klaar', 'Bekijk hem in het portaal.'],
    ['Tu nómina de noviembre está disponible', 'Consúltala en el portal.'],
    ['Il tuo cedolino è disponibile', 'Consultalo sul portale.'],
  ])('%s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet, 'service@brisqueo.example')).important).toBe(
      'official',
    )
  })

  it.each([
    ['Updates to our Privacy Policy documents'],
    ['Save up to 30% on your car insurance policy'],
    ['Votre contrat d’assurance vous coûte trop cher ?'],
    ['Gracias por su nominación'],
  ])('an offer or a policy page is none: %s', (subject) => {
    expect(extractFeatures(mail(subject, '', 'news@brisqueo.example')).important).toBeNull()
  })

  it('a guesthouse named Pension is no pension statement', () => {
    expect(
      extractFeatures(mail('Pension Sonnenhof: Winterangebote', 'Jetzt buchen.')).important,
    ).toBeNull()
  })
})

describe('money that came or will go, tickets bought, papers ready', () => {
  it.each([
    ['Your refund has been issued', 'payment'],
    ['Votre remboursement a été effectué', 'payment'],
    ['Je terugbetaling is verwerkt', 'payment'],
    ['Aankondiging automatische incasso', 'payment'],
    ['Aviso de domiciliación', 'payment'],
    ['Mietzahlung eingegangen', 'payment'],
    ['Kontoauszug verfügbar', 'payment'],
    ['Gehalt eingegangen', 'payment'],
    ['Your tickets for the concert', 'purchase'],
    ['I tuoi biglietti per il concerto', 'purchase'],
    ['Your car insurance renewal', 'official'],
    ['Avis d’échéance', 'official'],
    ['Ihr Rezept liegt bereit', 'official'],
    ['Lab results available', 'official'],
    ['Solicitud de visado: estado', 'official'],
    ['Votre ordonnance est prête', 'official'],
    ['Je herhaalrecept ligt klaar', 'official'],
    ['Erinnerung: Grippeimpfung', 'official'],
    ['Recordatorio de vacuna', 'official'],
    ['Je uitslagen staan klaar', 'official'],
    ['Il pacco arriva oggi', 'shipping'],
    ['Seu pedido chega hoje', 'shipping'],
  ])('%s', (subject, kind) => {
    expect(extractFeatures(mail(subject, '', 'service@brisqueo.example')).important).toBe(kind)
  })

  it.each([['Your tickets (3 open)'], ['Refund policy update'], ['New comment on your ticket']])(
    'a helpdesk’s tickets and a policy page are none: %s',
    (subject) => {
      expect(extractFeatures(mail(subject, '', 'service@brisqueo.example')).important).toBeNull()
    },
  )
})

describe('an order named by its number in the subject', () => {
  it('is an order, not a ticket', () => {
    const shipped = mail(
      'Ihre Bestellung Nr. 8520309 ist unterwegs',
      'Sendungsverfolgung: https://brisqueo.example/t/3VmV',
      'shipping@brisqueo.example',
    )
    expect(extractFeatures(shipped).important).toBe('purchase')
  })

  it('typed into a form, beside the ticket’s own number, is the form’s echo', () => {
    const echo = mail(
      'Case 957815: TAKE DOWN ORDER 4471 - your domain will be suspended (#957815)',
      'We got it.',
    )
    expect(extractFeatures(echo).important).toBeNull()
    const answer = mail(
      'AW: Bestellung Nr. 44712 gesperrt',
      'Dieses Postfach wird werktags gelesen.',
    )
    expect(extractFeatures(answer).important).toBeNull()
    expect(
      extractFeatures(mail('Acme pedido 8166889: test [8166889]', 'Obrigado')).important,
    ).toBeNull()
  })
})
