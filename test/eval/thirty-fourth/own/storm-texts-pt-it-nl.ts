// Reply-storm answers in Portuguese, Italian and Dutch (see storm-texts.ts), written for this set.
import type { Lang } from '../../types.ts'
import { EN_BOUNCE } from './bounce.ts'
import type { StormTexts } from './storm-texts.ts'

export const STORM_TEXTS_PT_IT_NL: Pick<Record<Lang, StormTexts>, 'pt' | 'it' | 'nl'> = {
  pt: {
    ooo: [
      { subject: 'Resposta automática: {s}', body: 'Estou fora do escritório até {day}.' },
      {
        subject: 'Ausência temporária: {s}',
        body: 'Obrigado pela mensagem. Estou de férias sem acesso ao e-mail.',
      },
      { subject: 'Fora do escritório: {s}', body: 'Estou em viagem esta semana.' },
    ],
    auto: [
      { subject: 'RE: {s}', body: 'Recebemos seu e-mail e responderemos em até 48 horas. {org}' },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'Sua solicitação foi registrada pelo suporte da {org} com o número {n}.',
      },
    ],
    bounce: [
      {
        subject: 'Não é possível entregar: {s}',
        body: 'A mensagem para {rcpt} não pôde ser entregue. Endereço inexistente.',
      },
      ...EN_BOUNCE.slice(0, 2),
    ],
    unmonitored: [
      {
        subject: 'RE: {s}',
        body: 'Esta caixa de e-mail não é mais monitorada. Escreva para contato@{domain}.',
      },
    ],
    challenge: [
      {
        subject: 'Confirme seu envio: {s}',
        body: 'Para entregar sua mensagem a {rcpt}, clique neste link: https://{domain}/ok/{n}',
      },
    ],
  },
  it: {
    ooo: [
      { subject: 'Risposta automatica: {s}', body: 'Sono fuori ufficio fino al {day}.' },
      {
        subject: 'Fuori sede: {s}',
        body: 'Grazie per il messaggio. Sono in ferie senza accesso alla posta.',
      },
      { subject: 'Assente: {s}', body: 'Questa settimana sono in trasferta.' },
    ],
    auto: [
      {
        subject: 'R: {s}',
        body: 'Abbiamo ricevuto la sua email e risponderemo entro 48 ore. {org}',
      },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'La sua richiesta è stata registrata dal supporto {org} con il numero {n}.',
      },
    ],
    bounce: [
      {
        subject: 'Non recapitabile: {s}',
        body: 'Impossibile recapitare il messaggio a {rcpt}. Indirizzo inesistente.',
      },
      ...EN_BOUNCE.slice(0, 2),
    ],
    unmonitored: [
      { subject: 'R: {s}', body: 'Questa casella non è più monitorata. Scrivete a info@{domain}.' },
    ],
    challenge: [
      {
        subject: 'Conferma il tuo invio: {s}',
        body: 'Per recapitare il messaggio a {rcpt}, clicca qui: https://{domain}/ok/{n}',
      },
    ],
  },
  nl: {
    ooo: [
      { subject: 'Automatisch antwoord: {s}', body: 'Ik ben afwezig tot {day}.' },
      {
        subject: 'Afwezig: {s}',
        body: 'Bedankt voor je bericht. Ik ben met vakantie zonder toegang tot mijn mail.',
      },
      { subject: 'Niet aanwezig: {s}', body: 'Ik werk deze week op een andere locatie.' },
    ],
    auto: [
      {
        subject: 'Re: {s}',
        body: 'Wij hebben uw e-mail ontvangen en reageren binnen 48 uur. {org}',
      },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'Uw verzoek is geregistreerd bij de support van {org} onder nummer {n}.',
      },
    ],
    bounce: [
      {
        subject: 'Onbestelbaar: {s}',
        body: 'Het bericht kon niet worden afgeleverd bij {rcpt}. Adres bestaat niet.',
      },
      ...EN_BOUNCE.slice(0, 2),
    ],
    unmonitored: [
      {
        subject: 'Re: {s}',
        body: 'Deze mailbox wordt niet meer gelezen. Mail naar info@{domain}.',
      },
    ],
    challenge: [
      {
        subject: 'Bevestig je bericht: {s}',
        body: 'Om je bericht bij {rcpt} af te leveren, klik eenmalig op deze link: https://{domain}/ok/{n}',
      },
    ],
  },
}
