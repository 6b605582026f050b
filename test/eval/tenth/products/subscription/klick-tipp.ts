// Klick-Tipp: the double opt-in mail of a German marketing list, phrased as a question ("Möchtest
// du den Newsletter … wirklich erhalten?") with a one-click confirmation and a legal footer
// (imprint, unsubscribe). Reconstruction of the product's default DOI process mail (its
// documented subject "Bitte bestätige deine Anmeldung"); German is closest, the other languages
// are a sender's own translation written for this set; Dutch and Portuguese keep the German
// subject with a translated body, as a German sender's mail to foreign subscribers often does.
import { lines, type Ctx, type Product } from '../../product.ts'

const DE_SUBJECT = 'Bitte bestätige deine Anmeldung'

function doi(subject: string, ask: string, yes: string, ignore: string, imprint: string) {
  return (c: Ctx) => ({
    subject,
    body: lines(
      `${c.name},`,
      ``,
      ask.replace('%', c.company),
      ``,
      `${yes} ${c.link}`,
      ``,
      ignore,
      ``,
      `${imprint}: ${c.company}, ${c.domain}/impressum`,
    ),
  })
}

export const KLICK_TIPP: Product = {
  product: 'Klick-Tipp',
  family: 'subscription',
  source: 'Klick-Tipp double opt-in process mail (reconstruction)',
  echo: ['name'],
  own: ['newsletter', 'post.news'],
  hosted: (c) => `${c.name} <${c.slug}@klick-tipp-mail.com>`,
  texts: {
    de: doi(
      DE_SUBJECT,
      'Möchtest du den Newsletter von % wirklich erhalten?',
      'Ja, ich möchte ihn erhalten:',
      'Falls du dich nicht eingetragen hast, ignoriere diese E-Mail einfach. Ohne Bestätigung wirst du nicht eingetragen.',
      'Impressum',
    ),
    en: doi(
      'Please confirm your sign-up',
      'Do you really want to receive the % newsletter?',
      'Yes, I want to receive it:',
      'If you did not sign up, just ignore this email. Without your confirmation you will not be added.',
      'Imprint',
    ),
    fr: doi(
      'Merci de confirmer votre inscription',
      'Souhaitez-vous vraiment recevoir la newsletter de % ?',
      'Oui, je souhaite la recevoir :',
      'Si vous ne vous êtes pas inscrit, ignorez simplement cet e-mail. Sans confirmation, vous ne serez pas inscrit.',
      'Mentions légales',
    ),
    es: doi(
      'Confirma tu registro, por favor',
      '¿De verdad quieres recibir el boletín de %?',
      'Sí, quiero recibirlo:',
      'Si no te has registrado, ignora este correo. Sin confirmación no se te dará de alta.',
      'Aviso legal',
    ),
    pt: doi(
      DE_SUBJECT,
      'Quer mesmo receber a newsletter de %?',
      'Sim, quero recebê-la:',
      'Se não se inscreveu, ignore este e-mail. Sem confirmação não será inscrito.',
      'Ficha técnica',
    ),
    it: doi(
      'Conferma la tua registrazione',
      'Vuoi davvero ricevere la newsletter di %?',
      'Sì, voglio riceverla:',
      'Se non ti sei iscritto, ignora questa e-mail. Senza conferma non verrai iscritto.',
      'Note legali',
    ),
    nl: doi(
      DE_SUBJECT,
      'Wil je de nieuwsbrief van % echt ontvangen?',
      'Ja, ik wil hem ontvangen:',
      'Heb je je niet aangemeld? Negeer deze e-mail dan gewoon. Zonder bevestiging word je niet ingeschreven.',
      'Colofon',
    ),
  },
}
