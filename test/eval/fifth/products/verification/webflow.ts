// Webflow User Accounts: the "Verify your email" mail after a visitor signs up on a Webflow
// site, sent from Webflow's sender with the site's name, with a "Verify email" button and the
// link's lifetime. Source: Webflow University "User Accounts → Email templates" (default sign-up
// verification email; reconstruction). Localised by the site owner (reconstruction).
import type { Product } from '../../product.ts'

const verify = (f: { domain: string; token: string }) =>
  `https://${f.domain}/verify-email?token=${f.token}`

export const WEBFLOW_VERIFY: Product = {
  product: 'Webflow',
  family: 'verification',
  source: 'Webflow User Accounts sign-up verification email template (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.name} <no-reply@webflow.com>`,
  locals: ['no-reply', 'account'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `Verify your email for ${f.company}`,
      body: `Almost there!\n\nClick the button below to verify your email and finish signing up for ${f.company}.\n\nVerify email: ${verify(f)}\n\nThis link will expire in 24 hours.`,
    }),
    de: (f) => ({
      subject: `Bestätigen Sie Ihre E-Mail für ${f.company}`,
      body: `Fast geschafft!\n\nKlicken Sie auf die Schaltfläche, um Ihre E-Mail-Adresse zu bestätigen und die Anmeldung bei ${f.company} abzuschließen.\n\nE-Mail bestätigen: ${verify(f)}\n\nDieser Link ist 24 Stunden gültig.`,
    }),
    fr: (f) => ({
      subject: `Vérifie ton e-mail pour ${f.company}`,
      body: `Presque fini !\n\nClique sur le bouton ci-dessous pour vérifier ton e-mail et terminer ton inscription à ${f.company}.\n\nVérifier l'e-mail : ${verify(f)}\n\nCe lien expire dans 24 heures.`,
    }),
    es: (f) => ({
      subject: `Verifique su correo para ${f.company}`,
      body: `¡Ya casi está!\n\nHaga clic en el botón para verificar su correo y terminar el registro en ${f.company}.\n\nVerificar correo: ${verify(f)}\n\nEste enlace caduca en 24 horas.`,
    }),
    pt: (f) => ({
      subject: `Confirme seu e-mail na ${f.company}`,
      body: `Falta pouco!\n\nClique no botão abaixo para confirmar seu e-mail e concluir o cadastro na ${f.company}.\n\nConfirmar e-mail: ${verify(f)}\n\nEste link expira em 24 horas.`,
    }),
    it: (f) => ({
      subject: `Verifica la tua email per ${f.company}`,
      body: `Ci siamo quasi!\n\nClicca sul pulsante qui sotto per verificare la tua email e completare l'iscrizione a ${f.company}.\n\nVerifica email: ${verify(f)}\n\nQuesto link scade tra 24 ore.`,
    }),
    nl: (f) => ({
      subject: `Bevestig uw e-mail voor ${f.company}`,
      body: `Bijna klaar!\n\nKlik op de knop hieronder om uw e-mailadres te bevestigen en uw aanmelding bij ${f.company} af te ronden.\n\nE-mail bevestigen: ${verify(f)}\n\nDeze link verloopt over 24 uur.`,
    }),
  },
}
