// Own-burst wordings in Portuguese, Italian and Dutch.
import type { Lang } from '../../types.ts'
import type { OwnWords } from './types.ts'

export const SOUTH: Partial<Record<Lang, OwnWords>> = {
  pt: {
    subjects: [
      'Pedido de acesso aos meus dados (RGPD)',
      'Cancelamento do contrato - {me}',
      'Apagamento dos meus dados pessoais',
    ],
    sentBody:
      'Exmos. Senhores,\n\nAo abrigo do artigo 15.º do RGPD, solicito uma cópia dos dados pessoais que tratam a meu respeito ({email}).\n\nCumprimentos,\n{me}',
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Olá {first},\n\nObrigado pela sua mensagem. Recebemos o seu pedido e responderemos no prazo de um mês.\n\nReferência: {n}',
      ],
      [
        'Pedido recebido: {subj}',
        'O seu pedido ({n}) foi recebido e está a ser analisado pela nossa equipa.',
      ],
      [
        'RE: {subj} [#{n}]',
        'Olá {first},\n\nEsta é uma confirmação automática de que o seu e-mail chegou ao nosso encarregado da proteção de dados.',
      ],
      [
        'O seu ticket n.º {n}: {subj}',
        'Olá {first}, obrigado pelo contacto. Abrimos um ticket com o seu pedido.',
      ],
    ],
    signup: [
      'Confirme o seu e-mail na {co}',
      'Olá {first},\n\nObrigado por criar conta na {co}. Confirme o seu e-mail: {url}',
    ],
    newsletter: [
      'Confirme a subscrição da newsletter {co}',
      'Olá {first}, confirme que quer receber a newsletter {co}: {url}',
    ],
  },
  it: {
    subjects: [
      'Richiesta di accesso ai miei dati (art. 15 GDPR)',
      'Disdetta del contratto - {me}',
      'Cancellazione dei miei dati personali',
    ],
    sentBody:
      "Spettabile azienda,\n\nai sensi dell'art. 15 del GDPR chiedo copia dei dati personali che mi riguardano ({email}).\n\nCordiali saluti,\n{me}",
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Gentile {first},\n\ngrazie per il messaggio. Abbiamo ricevuto la tua richiesta e risponderemo entro un mese.\n\nRiferimento: {n}',
      ],
      [
        'Richiesta ricevuta: {subj}',
        'La tua richiesta ({n}) è stata ricevuta ed è in lavorazione.',
      ],
      [
        'R: {subj} [#{n}]',
        'Gentile {first},\n\nquesta è una conferma automatica: la tua email è arrivata al nostro responsabile della protezione dei dati.',
      ],
      [
        'Il tuo ticket n. {n}: {subj}',
        'Ciao {first}, grazie per averci scritto. Abbiamo aperto un ticket per la tua richiesta.',
      ],
    ],
    signup: [
      'Conferma la tua email su {co}',
      'Ciao {first},\n\ngrazie per aver creato un account su {co}. Conferma la tua email: {url}',
    ],
    newsletter: [
      "Conferma l'iscrizione alla newsletter di {co}",
      'Ciao {first}, conferma che vuoi ricevere la newsletter di {co}: {url}',
    ],
  },
  nl: {
    subjects: [
      'Inzageverzoek AVG (art. 15)',
      'Opzegging abonnement - {me}',
      'Verwijdering van mijn persoonsgegevens',
    ],
    sentBody:
      'Geachte heer/mevrouw,\n\nOp grond van artikel 15 AVG vraag ik inzage in de persoonsgegevens die u over mij verwerkt ({email}).\n\nMet vriendelijke groet,\n{me}',
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Beste {first},\n\nBedankt voor je bericht. We hebben je verzoek ontvangen en reageren binnen een maand.\n\nReferentie: {n}',
      ],
      [
        'Verzoek ontvangen: {subj}',
        'Je verzoek ({n}) is ontvangen en wordt door ons team behandeld.',
      ],
      [
        'RE: {subj} [#{n}]',
        'Beste {first},\n\nDit is een automatische bevestiging dat je e-mail onze functionaris gegevensbescherming heeft bereikt.',
      ],
      [
        'Je ticket #{n}: {subj}',
        'Hoi {first}, bedankt voor je bericht. We hebben een ticket voor je verzoek aangemaakt.',
      ],
    ],
    signup: [
      'Bevestig je e-mailadres bij {co}',
      'Hoi {first},\n\nBedankt voor het aanmaken van je account bij {co}. Bevestig je e-mailadres: {url}',
    ],
    newsletter: [
      'Bevestig je inschrijving op de nieuwsbrief van {co}',
      'Hoi {first}, bevestig dat je de nieuwsbrief van {co} wilt ontvangen: {url}',
    ],
  },
}
