// Building blocks shared by every family of composed wordings: greetings and closings per
// language, from casual to formal.
import type { Lang } from '../../types.ts'

export const GREETINGS: Record<Lang, readonly string[]> = {
  en: ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hey there,'],
  de: ['Hallo {name},', 'Guten Tag {name},', 'Liebe/r {name},', 'Moin,'],
  fr: ['Bonjour {name},', 'Cher client, chère cliente,', 'Salut {name} !', 'Bonjour,'],
  es: ['Hola {name}:', 'Estimado/a {name}:', '¡Buenas, {name}!', 'Hola:'],
  pt: ['Olá {name},', 'Caro(a) {name},', 'Oi {name}!', 'Bom dia,'],
  it: ['Ciao {name},', 'Gentile {name},', 'Buongiorno {name},', 'Salve,'],
  nl: ['Hoi {name},', 'Beste {name},', 'Geachte klant,', 'Hallo,'],
}

export const CLOSINGS: Record<Lang, readonly string[]> = {
  en: ['Thanks,\n{brand}', 'Best regards,\nThe {brand} team', 'Cheers!\n{brand}', '— {brand}'],
  de: [
    'Viele Grüße\nDein {brand}-Team',
    'Mit freundlichen Grüßen\n{brand}',
    'Beste Grüße aus dem {brand}-Büro',
    '{brand}',
  ],
  fr: [
    "L'équipe {brand}",
    'Cordialement,\n{brand}',
    'À bientôt !\n{brand}',
    'Bien à vous,\n{brand}',
  ],
  es: [
    'Un saludo,\n{brand}',
    'Atentamente,\nEl equipo de {brand}',
    '¡Gracias!\n{brand}',
    '{brand}',
  ],
  pt: ['Obrigado,\n{brand}', 'Cumprimentos,\nEquipa {brand}', 'Abraços,\nTime {brand}', '{brand}'],
  it: ['Grazie,\n{brand}', 'Cordiali saluti,\n{brand}', 'Un saluto dal team {brand}', '{brand}'],
  nl: [
    'Groeten,\n{brand}',
    'Met vriendelijke groet,\nTeam {brand}',
    'Tot snel!\n{brand}',
    '{brand}',
  ],
}

/** Small print some companies add under the closing. */
export const FOOTERS: Record<Lang, readonly string[]> = {
  en: ['', 'This is an automated message, please do not reply.', '{brand} · {site}'],
  de: ['', 'Diese E-Mail wurde automatisch erstellt.', '{brand} · {site} · Impressum'],
  fr: ['', 'Ceci est un message automatique.', '{brand} · {site} · Mentions légales'],
  es: ['', 'Mensaje automático, no respondas a este correo.', '{brand} · {site} · Aviso legal'],
  pt: ['', 'Mensagem automática, não responda.', '{brand} · {site}'],
  it: ['', 'Messaggio automatico, non rispondere.', '{brand} · {site} · Note legali'],
  nl: ['', 'Dit is een automatisch bericht.', '{brand} · {site} · Privacy'],
}
