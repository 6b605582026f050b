// Form field labels per language, for products that copy the submitted entry into the mail.
import type { Lang } from '../../types.ts'
import type { Fill } from '../product.ts'

export const FIELD: Record<
  Lang,
  { name: string; email: string; subject: string; message: string }
> = {
  en: { name: 'Name', email: 'Email', subject: 'Subject', message: 'Message' },
  de: { name: 'Name', email: 'E-Mail', subject: 'Betreff', message: 'Nachricht' },
  fr: { name: 'Nom', email: 'E-mail', subject: 'Objet', message: 'Message' },
  es: { name: 'Nombre', email: 'Correo electrónico', subject: 'Asunto', message: 'Mensaje' },
  pt: { name: 'Nome', email: 'E-mail', subject: 'Assunto', message: 'Mensagem' },
  it: { name: 'Nome', email: 'Email', subject: 'Oggetto', message: 'Messaggio' },
  nl: { name: 'Naam', email: 'E-mailadres', subject: 'Onderwerp', message: 'Bericht' },
}

/** "Name: …" lines of a submitted entry, in the form's language. */
export function entryLines(lang: Lang, f: Fill, separator = ': '): string {
  const l = FIELD[lang]
  return [
    `${l.name}${separator}${f.name}`,
    `${l.email}${separator}${f.email}`,
    `${l.message}${separator}${f.field}`,
  ].join('\n')
}

/** A link on the company's own domain. */
export function link(f: Fill, path: string): string {
  return `https://${f.domain}/${path}`
}
