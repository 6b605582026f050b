// dotdigital: the double opt-in email of its sign-up forms, "Just one more step" and a single
// confirm button, with a footer naming the sender and why the mail came. Reconstruction of its
// documented double opt-in email (editable, with the confirm link required), not a known
// default text; the translations are written for this set.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const TEXT: Record<Lang, [string, string, string, string]> = {
  en: [
    'Just one more step',
    'Please confirm your email address to complete your subscription to {c}.',
    'Confirm my subscription',
    'You are receiving this email because this address was entered on a sign-up form of {c}. If this was not you, simply ignore it.',
  ],
  de: [
    'Nur noch ein Schritt',
    'Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihre Anmeldung bei {c} abzuschließen.',
    'Anmeldung bestätigen',
    'Sie erhalten diese E-Mail, weil diese Adresse in ein Anmeldeformular von {c} eingetragen wurde. Falls nicht Sie das waren, ignorieren Sie sie einfach.',
  ],
  fr: [
    'Plus qu’une étape',
    'Merci de confirmer votre adresse e-mail pour finaliser votre inscription à {c}.',
    'Je confirme mon inscription',
    'Vous recevez cet e-mail car cette adresse a été saisie dans un formulaire d’inscription de {c}. Si ce n’est pas vous, ignorez-le.',
  ],
  es: [
    'Solo falta un paso',
    'Confirma tu dirección de correo para completar tu suscripción a {c}.',
    'Confirmar mi suscripción',
    'Recibes este correo porque esta dirección se introdujo en un formulario de suscripción de {c}. Si no fuiste tú, ignóralo.',
  ],
  pt: [
    'Só falta um passo',
    'Confirme seu endereço de e-mail para concluir sua inscrição em {c}.',
    'Confirmar minha inscrição',
    'Você recebeu este e-mail porque este endereço foi informado em um formulário de inscrição de {c}. Se não foi você, ignore-o.',
  ],
  it: [
    'Manca solo un passaggio',
    'Conferma il tuo indirizzo email per completare l’iscrizione a {c}.',
    'Conferma la mia iscrizione',
    'Ricevi questa email perché questo indirizzo è stato inserito in un modulo di iscrizione di {c}. Se non sei stato tu, ignorala.',
  ],
  nl: [
    'Nog één stap',
    'Bevestig je e-mailadres om je inschrijving bij {c} af te ronden.',
    'Inschrijving bevestigen',
    'Je ontvangt deze e-mail omdat dit adres is ingevuld op een inschrijfformulier van {c}. Was jij dit niet? Negeer hem dan.',
  ],
}

const wording =
  (lang: Lang) =>
  (m: MailContext): Written => {
    const [subject, line, button, footer] = TEXT[lang].map((t) => t.replace('{c}', m.company.name))
    return {
      subject: subject!,
      body: `${m.company.name}\n\n${line}\n\n[ ${button} ] ${m.link}\n\n--\n${footer}\n${m.company.name} · ${m.company.domain}`,
    }
  }

export const DOTDIGITAL: Product = {
  product: 'dotdigital',
  family: 'subscription',
  source: 'reconstruction: dotdigital sign-up form double opt-in email',
  hosted: (c) => `${c.name} <${c.slug}@dmtrk-mail.net>`,
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
