// Invision Community: the "validate your account" mail after registration (email template
// `registration_validate`: greeting with the display name, button "Validate my account"), sent by
// a self-hosted board or an invisioncommunity.com cloud tenant. Source: Invision Community 4
// default email templates and language strings (reconstruction of the wording; other
// languages after IPS language packs).
import type { Product } from '../../product.ts'

const validate = (f: { domain: string; token: string }) =>
  `https://${f.domain}/register/?do=validate&vid=${f.token.slice(0, 24)}`

export const INVISION_VERIFY: Product = {
  product: 'Invision Community',
  family: 'verification',
  source: 'Invision Community email template registration_validate (reconstruction)',
  echo: 'name',
  hosted: (c) => `${c.name} <noreply@${c.slug}.invisioncommunity.com>`,
  locals: ['noreply', 'community'],
  subdomains: ['', 'community.'],
  texts: {
    en: (f) => ({
      subject: `Action required: validate your account at ${f.company}`,
      body: `Hi ${f.name},\n\nThanks for joining ${f.company}! Before you can start posting, please validate your account by clicking the button below.\n\nValidate my account: ${validate(f)}\n\nIf you did not register, you can ignore this email.\n\n${f.company}`,
    }),
    de: (f) => ({
      subject: `Aktion erforderlich: Bestätige dein Konto bei ${f.company}`,
      body: `Hallo ${f.name},\n\nschön, dass du bei ${f.company} dabei bist! Bevor du Beiträge schreiben kannst, bestätige bitte dein Konto über die Schaltfläche unten.\n\nMein Konto bestätigen: ${validate(f)}\n\nWenn du dich nicht registriert hast, ignoriere diese E-Mail.\n\n${f.company}`,
    }),
    fr: (f) => ({
      subject: `Action requise : validez votre compte sur ${f.company}`,
      body: `Bonjour ${f.name},\n\nMerci d'avoir rejoint ${f.company} ! Avant de pouvoir publier, veuillez valider votre compte avec le bouton ci-dessous.\n\nValider mon compte : ${validate(f)}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.\n\n${f.company}`,
    }),
    es: (f) => ({
      subject: `Acción requerida: valida tu cuenta en ${f.company}`,
      body: `Hola ${f.name}:\n\n¡Gracias por unirte a ${f.company}! Antes de poder publicar, valida tu cuenta con el botón de abajo.\n\nValidar mi cuenta: ${validate(f)}\n\nSi no te registraste, ignora este correo.\n\n${f.company}`,
    }),
    pt: (f) => ({
      subject: `Ação necessária: valide a sua conta em ${f.company}`,
      body: `Olá ${f.name},\n\nobrigado por se juntar à ${f.company}! Antes de poder publicar, valide a sua conta no botão abaixo.\n\nValidar a minha conta: ${validate(f)}\n\nSe não se registou, ignore este e-mail.\n\n${f.company}`,
    }),
    it: (f) => ({
      subject: `Azione richiesta: convalida il tuo account su ${f.company}`,
      body: `Ciao ${f.name},\n\ngrazie per esserti unito a ${f.company}! Prima di poter pubblicare, convalida il tuo account con il pulsante qui sotto.\n\nConvalida il mio account: ${validate(f)}\n\nSe non ti sei registrato, ignora questa email.\n\n${f.company}`,
    }),
    nl: (f) => ({
      subject: `Actie vereist: valideer je account bij ${f.company}`,
      body: `Hallo ${f.name},\n\nBedankt dat je lid bent geworden van ${f.company}! Valideer je account via de knop hieronder voordat je kunt posten.\n\nMijn account valideren: ${validate(f)}\n\nHeb je je niet geregistreerd, negeer dan deze e-mail.\n\n${f.company}`,
    }),
  },
}
