// School, club, council or landlord notices; app and service notices.
import type { LookTexts } from './types.ts'

export const NOTICE: LookTexts = {
  en: [
    [
      'Year 5 trip: consent form due {day}',
      'Dear parents, please return the signed form by {day}. {brand} Primary School',
    ],
    [
      'Water off in your building on {day}',
      'Dear tenant, maintenance from 9:00 to {time}. {brand} Property Management',
    ],
    ['Bin collection changes over the holidays', '{brand} Council: collections move by one day.'],
  ],
  de: [
    [
      'Elternbrief: Wandertag am {day}',
      'Liebe Eltern, bitte geben Sie die Einverständniserklärung bis {day} ab. {brand}-Grundschule',
    ],
    [
      'Hausmitteilung: Heizungswartung',
      'Sehr geehrte Mieter, am {day} ab {time} ist das Warmwasser abgestellt. {brand} Hausverwaltung',
    ],
    ['Mitgliederversammlung des {brand} e.V.', 'Einladung zur Versammlung am {day} um {time}.'],
  ],
  fr: [
    [
      'Sortie scolaire du {day}',
      'Chers parents, merci de rendre l’autorisation signée. École {brand}',
    ],
    [
      'Coupure d’eau le {day}',
      'Madame, Monsieur, travaux dans l’immeuble jusqu’à {time}. Syndic {brand}',
    ],
    ['Assemblée générale du club', 'Le club {brand} vous convie le {day} à {time}.'],
  ],
  es: [
    [
      'Excursión escolar del {day}',
      'Estimadas familias: devuelvan la autorización firmada. Colegio {brand}',
    ],
    [
      'Corte de agua el {day}',
      'Estimado vecino: obras en la comunidad hasta las {time}. Administración {brand}',
    ],
    ['Asamblea del club', 'El club {brand} convoca asamblea el {day}.'],
  ],
  pt: [
    [
      'Visita de estudo a {day}',
      'Caros encarregados de educação, entreguem a autorização assinada. Escola {brand}',
    ],
    [
      'Corte de água no prédio',
      'Caro condómino, obras a {day} até às {time}. Administração {brand}',
    ],
    ['Assembleia do clube', 'O clube {brand} convoca assembleia para {day}.'],
  ],
  it: [
    [
      'Gita scolastica del {day}',
      'Gentili genitori, restituite l’autorizzazione firmata. Scuola {brand}',
    ],
    [
      'Interruzione acqua il {day}',
      'Gentile condomino, lavori fino alle {time}. Amministrazione {brand}',
    ],
    ['Assemblea dei soci', 'Il circolo {brand} convoca l’assemblea il {day}.'],
  ],
  nl: [
    [
      'Schoolreisje op {day}',
      'Beste ouders, lever het toestemmingsformulier in. Basisschool {brand}',
    ],
    ['Water afgesloten op {day}', 'Beste huurder, onderhoud tot {time}. {brand} Woningbeheer'],
    ['Ledenvergadering', 'Vereniging {brand} nodigt je uit op {day}.'],
  ],
}

export const APP: LookTexts = {
  en: [
    [
      'We are updating our Terms of Service',
      'On {day} new terms take effect at {brand}. No action needed. Read them: {link}',
    ],
    [
      'Your storage is 90% full',
      'You are using 13.5 GB of 15 GB in {brand}. Free up space or upgrade.',
    ],
    ['Your plan renews on {day}', '{brand} Premium renews for {amount}. Manage your plan: {link}'],
  ],
  de: [
    ['Änderung unserer Nutzungsbedingungen', 'Ab {day} gelten neue AGB bei {brand}. {link}'],
    ['Dein Speicher ist fast voll', 'Du nutzt 95 % deines {brand}-Speichers.'],
    ['Neu in {brand}: Ordner teilen', 'Entdecke die neuen Funktionen. {link}'],
  ],
  fr: [
    ['Mise à jour de nos conditions d’utilisation', 'Elles entrent en vigueur le {day}. {link}'],
    ['Votre espace de stockage est presque plein', '{brand} : 92 % utilisés.'],
    ['Votre abonnement sera renouvelé le {day}', 'Montant : {amount}. Gérer : {link}'],
  ],
  es: [
    ['Actualizamos nuestras condiciones', 'Entran en vigor el {day}. {link}'],
    ['Tu almacenamiento está casi lleno', '{brand}: has usado el 90 %.'],
    ['Tu plan se renueva el {day}', 'Importe: {amount}. Gestionar: {link}'],
  ],
  pt: [
    ['Atualização dos Termos de Serviço', 'Entram em vigor a {day}. {link}'],
    ['Seu armazenamento está quase cheio', '{brand}: 90% usados.'],
    ['A sua assinatura renova a {day}', 'Valor: {amount}. Gerir: {link}'],
  ],
  it: [
    ['Aggiornamento dei Termini di servizio', 'In vigore dal {day}. {link}'],
    ['Spazio di archiviazione quasi pieno', '{brand}: 90% utilizzato.'],
    ['Il tuo piano si rinnova il {day}', 'Importo: {amount}. Gestisci: {link}'],
  ],
  nl: [
    ['We passen onze voorwaarden aan', 'Vanaf {day} gelden nieuwe voorwaarden. {link}'],
    ['Je opslag is bijna vol', '{brand}: 90% gebruikt.'],
    ['Je abonnement wordt verlengd op {day}', 'Bedrag: {amount}. Beheren: {link}'],
  ],
}
