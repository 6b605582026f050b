// Outline (team wiki): the sign-in email, subject "Magic signin link", a line inviting to sign in
// to the team's knowledge base with a button, and the link's short life. Written from memory of
// Outline's English default (`SigninEmail`); Outline's UI is translated by its community, these
// renderings are written for this set.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const TEXT: Record<Lang, [string, string, string]> = {
  en: [
    'Magic signin link',
    "Click the button below to sign in to {c}'s knowledge base.",
    'This link expires in 10 minutes. If you did not request it, you can ignore this email.',
  ],
  de: [
    'Magischer Anmeldelink',
    'Klicke auf den Button unten, um dich bei der Wissensdatenbank von {c} anzumelden.',
    'Dieser Link läuft in 10 Minuten ab. Wenn du ihn nicht angefordert hast, ignoriere diese E-Mail.',
  ],
  fr: [
    'Lien de connexion magique',
    'Cliquez sur le bouton ci-dessous pour vous connecter à la base de connaissances de {c}.',
    'Ce lien expire dans 10 minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail.',
  ],
  es: [
    'Enlace mágico de inicio de sesión',
    'Haz clic en el botón para iniciar sesión en la base de conocimiento de {c}.',
    'Este enlace caduca en 10 minutos. Si no lo has pedido, ignora este correo.',
  ],
  pt: [
    'Link mágico de acesso',
    'Clique no botão abaixo para entrar na base de conhecimento da {c}.',
    'Este link expira em 10 minutos. Se não o pediu, ignore este e-mail.',
  ],
  it: [
    'Link magico di accesso',
    'Fai clic sul pulsante qui sotto per accedere alla knowledge base di {c}.',
    'Il link scade tra 10 minuti. Se non l’hai richiesto, ignora questa email.',
  ],
  nl: [
    'Magische inloglink',
    'Klik op de knop hieronder om in te loggen op de kennisbank van {c}.',
    'Deze link verloopt over 10 minuten. Heb je hem niet aangevraagd? Negeer deze e-mail dan.',
  ],
}

const wording =
  (lang: Lang) =>
  (m: MailContext): Written => {
    const [subject, line, after] = TEXT[lang].map((t) => t.replace('{c}', m.company.name))
    return { subject: subject!, body: `${line}\n\n${m.link}\n\n${after}` }
  }

export const OUTLINE: Product = {
  product: 'Outline',
  family: 'reset',
  source:
    'Outline SigninEmail ("Magic signin link", English default), translations written for this set',
  hosted: (c) => `${c.name} <notifications@${c.slug}.getoutline.com>`,
  texts: {
    en: wording('en'),
    de: wording('de'),
    fr: wording('fr'),
    es: wording('es'),
    pt: wording('pt'),
    it: wording('it'),
    nl: wording('nl'),
  },
}
