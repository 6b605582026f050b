// The job seeker's mail in Portuguese, Italian and Dutch (see job-texts.ts), written for this set.
import type { Lang } from '../../types.ts'
import type { Text } from '../products.ts'
import type { JobStage } from './job-texts.ts'

export const JOB_TEXTS_PT_IT_NL: Pick<
  Record<Lang, Record<JobStage, readonly Text[]>>,
  'pt' | 'it' | 'nl'
> = {
  pt: {
    ack: [
      {
        subject: 'Recebemos sua candidatura',
        body: 'Olá {first}, obrigado por se candidatar à vaga de {role} na {employer}.',
      },
      {
        subject: 'Candidatura recebida',
        body: 'Vamos analisar seu perfil e retornaremos em breve.',
      },
    ],
    verify: [
      {
        subject: 'Confirme seu e-mail para concluir a candidatura',
        body: 'Crie sua conta de candidato: {link}',
      },
    ],
    interview: [
      {
        subject: 'Convite para entrevista',
        body: 'Gostaríamos de conversar com você em {day} às {time}. {employer}',
      },
    ],
    assessment: [{ subject: 'Seu teste online', body: 'Conclua o teste em até 5 dias: {link}' }],
    rejection: [
      {
        subject: 'Sua candidatura na {employer}',
        body: 'Agradecemos seu interesse, mas seguimos com outros candidatos.',
      },
    ],
    offer: [
      {
        subject: 'Proposta de emprego – {role}',
        body: 'Temos o prazer de oferecer a vaga a você. O contrato segue anexo.',
      },
    ],
  },
  it: {
    ack: [
      {
        subject: 'Candidatura ricevuta',
        body: 'Gentile {first}, grazie per la candidatura come {role} presso {employer}.',
      },
      {
        subject: 'Grazie per la tua candidatura',
        body: 'Valuteremo il tuo profilo e ti ricontatteremo.',
      },
    ],
    verify: [
      {
        subject: 'Conferma la tua email per completare la candidatura',
        body: 'Crea il tuo profilo candidato: {link}',
      },
    ],
    interview: [
      {
        subject: 'Invito a colloquio',
        body: 'Ti proponiamo un colloquio il {day} alle {time}. {employer}',
      },
    ],
    assessment: [
      { subject: 'Il tuo test online', body: 'Completa il test entro 5 giorni: {link}' },
    ],
    rejection: [
      {
        subject: 'La tua candidatura presso {employer}',
        body: 'Ci dispiace, abbiamo scelto altri candidati.',
      },
    ],
    offer: [
      {
        subject: 'Proposta di assunzione – {role}',
        body: 'Siamo lieti di offrirti la posizione. In allegato il contratto.',
      },
    ],
  },
  nl: {
    ack: [
      {
        subject: 'Bedankt voor je sollicitatie',
        body: 'Hoi {first}, we hebben je sollicitatie als {role} bij {employer} ontvangen.',
      },
      {
        subject: 'Sollicitatie ontvangen',
        body: 'We bekijken je gegevens en laten binnen twee weken iets horen.',
      },
    ],
    verify: [
      {
        subject: 'Bevestig je e-mailadres om je sollicitatie af te ronden',
        body: 'Maak je kandidaatprofiel aan: {link}',
      },
    ],
    interview: [
      {
        subject: 'Uitnodiging voor een gesprek',
        body: 'We nodigen je uit op {day} om {time}. {employer}',
      },
    ],
    assessment: [
      { subject: 'Je online assessment', body: 'Rond het assessment binnen 5 dagen af: {link}' },
    ],
    rejection: [
      {
        subject: 'Je sollicitatie bij {employer}',
        body: 'Helaas hebben we gekozen voor andere kandidaten.',
      },
    ],
    offer: [
      {
        subject: 'Aanbod: {role}',
        body: 'We bieden je graag de functie aan. Het contract zit in de bijlage.',
      },
    ],
  },
}
