// The job seeker's mail, written for this set: applicant-tracking acknowledgements, requests to
// verify the address or create an applicant account, then interviews, assessments, rejections
// and an offer. Slots: {role} {employer} {first} {link} {day} {time}.
import { JOB_TEXTS_PT_IT_NL } from './job-texts-pt-it-nl.ts'
import type { Lang } from '../../types.ts'
import type { Text } from '../products.ts'

export const JOB_STAGES = [
  'ack',
  'verify',
  'interview',
  'assessment',
  'rejection',
  'offer',
] as const
export type JobStage = (typeof JOB_STAGES)[number]

export const ROLES: Record<Lang, readonly string[]> = {
  en: ['Junior UX Designer', 'Office Manager', 'Data Analyst'],
  de: ['Sachbearbeiter/in Buchhaltung', 'UX Designer (m/w/d)', 'Projektassistenz'],
  fr: ['Chargé(e) de communication', 'Assistant(e) de direction', 'Designer UX'],
  es: ['Diseñador/a UX', 'Administrativo/a', 'Analista de datos'],
  pt: ['Designer UX', 'Assistente administrativo', 'Analista de dados'],
  it: ['Impiegata amministrativa', 'UX Designer', 'Analista dati'],
  nl: ['UX-ontwerper', 'Officemanager', 'Data-analist'],
}

export const JOB_TEXTS: Record<Lang, Record<JobStage, readonly Text[]>> = {
  en: {
    ack: [
      {
        subject: 'Thank you for your application',
        body: 'Dear {first}, thank you for applying to {employer}. We have received your application for {role} and will review it carefully.',
      },
      {
        subject: 'We have received your application for {role}',
        body: 'Hi {first}, this confirms your application reached our recruiting team. We aim to reply within three weeks. {employer} Talent Team',
      },
    ],
    verify: [
      {
        subject: 'Confirm your email to complete your application',
        body: 'Please verify your email address to submit your application for {role}: {link}',
      },
    ],
    interview: [
      {
        subject: 'Interview invitation – {role}',
        body: 'Dear {first}, we would like to invite you to a video interview on {day} at {time}. Please confirm. {employer}',
      },
    ],
    assessment: [
      {
        subject: 'Your online assessment for {role}',
        body: 'Please complete the 30-minute assessment within 5 days: {link}',
      },
    ],
    rejection: [
      {
        subject: 'Your application at {employer}',
        body: 'Dear {first}, after careful consideration we have decided to move forward with other candidates.',
      },
    ],
    offer: [
      {
        subject: 'Offer of employment – {role}',
        body: 'Dear {first}, we are delighted to offer you the position of {role}. Please find the contract attached and reply by {day}.',
      },
    ],
  },
  de: {
    ack: [
      {
        subject: 'Bewerbungseingang',
        body: 'Liebe/r {first}, vielen Dank für Ihre Bewerbung als {role}. Wir melden uns in den nächsten Wochen. {employer} Personalabteilung',
      },
      {
        subject: 'Ihre Bewerbung bei {employer}',
        body: 'Wir haben Ihre Unterlagen für die Stelle {role} erhalten.',
      },
    ],
    verify: [
      {
        subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
        body: 'Um Ihre Bewerbung abzuschließen, legen Sie bitte ein Bewerberkonto an: {link}',
      },
    ],
    interview: [
      {
        subject: 'Einladung zum Vorstellungsgespräch',
        body: 'Wir laden Sie am {day} um {time} Uhr zu einem Gespräch ein. {employer}',
      },
    ],
    assessment: [
      {
        subject: 'Online-Test zu Ihrer Bewerbung',
        body: 'Bitte bearbeiten Sie den Test innerhalb von 5 Tagen: {link}',
      },
    ],
    rejection: [
      {
        subject: 'Ihre Bewerbung als {role}',
        body: 'Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.',
      },
    ],
    offer: [
      {
        subject: 'Vertragsangebot {role}',
        body: 'Wir freuen uns, Ihnen die Stelle anbieten zu können. Den Vertrag finden Sie im Anhang.',
      },
    ],
  },
  fr: {
    ack: [
      {
        subject: 'Candidature reçue',
        body: 'Bonjour {first}, nous avons bien reçu votre candidature au poste de {role}. {employer} RH',
      },
      {
        subject: 'Merci pour votre candidature',
        body: 'Votre dossier pour le poste {role} est en cours d’étude.',
      },
    ],
    verify: [
      {
        subject: 'Validez votre adresse e-mail',
        body: 'Pour finaliser votre candidature, créez votre espace candidat : {link}',
      },
    ],
    interview: [
      {
        subject: 'Invitation à un entretien',
        body: 'Nous vous proposons un entretien le {day} à {time}. {employer}',
      },
    ],
    assessment: [
      { subject: 'Votre test en ligne', body: 'Merci de compléter le test sous 5 jours : {link}' },
    ],
    rejection: [
      {
        subject: 'Votre candidature chez {employer}',
        body: 'Nous sommes au regret de ne pas pouvoir donner suite à votre candidature.',
      },
    ],
    offer: [
      {
        subject: 'Proposition d’embauche – {role}',
        body: 'Nous avons le plaisir de vous proposer le poste. Le contrat est joint.',
      },
    ],
  },
  es: {
    ack: [
      {
        subject: 'Hemos recibido tu candidatura',
        body: 'Hola {first}, gracias por tu interés en el puesto de {role} en {employer}.',
      },
      {
        subject: 'Gracias por tu candidatura',
        body: 'Revisaremos tu perfil y te contactaremos si encaja.',
      },
    ],
    verify: [
      {
        subject: 'Confirma tu correo para completar la candidatura',
        body: 'Crea tu cuenta de candidato aquí: {link}',
      },
    ],
    interview: [
      {
        subject: 'Invitación a entrevista',
        body: 'Te proponemos una entrevista el {day} a las {time}. {employer}',
      },
    ],
    assessment: [{ subject: 'Tu prueba online', body: 'Completa la prueba en 5 días: {link}' }],
    rejection: [
      {
        subject: 'Tu candidatura en {employer}',
        body: 'Lamentamos comunicarte que hemos seguido con otros candidatos.',
      },
    ],
    offer: [
      {
        subject: 'Oferta de empleo – {role}',
        body: 'Nos alegra ofrecerte el puesto. Adjuntamos el contrato.',
      },
    ],
  },
  ...JOB_TEXTS_PT_IT_NL,
}
