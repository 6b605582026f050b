// Kit (formerly ConvertKit): the form's default incentive / confirmation email, subject "Confirm
// your subscription", button "Confirm your subscription"; creators without a verified sending
// domain are sent through Kit's own domain. source: reconstruction from Kit's documented default
// incentive email (English); other languages are a creator's translated copy.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const KIT: Product = {
  product: 'Kit',
  family: 'subscription',
  source: 'Kit form incentive email (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.slug}@convertkit-mail2.com`,
  display: (c) => `${c.stem} from ${c.name}`,
  texts: fromTable({
    en: [
      'Confirm your subscription',
      "Hey,\n\nThanks for signing up for {company}! Please confirm your subscription by clicking the button below.\n\nConfirm your subscription\n{link}\n\nIf you didn't sign up, you can safely ignore this email.\n\nUnsubscribe | Update your profile",
    ],
    de: [
      'Bestätige dein Abonnement',
      'Hey,\n\ndanke für deine Anmeldung bei {company}! Bitte bestätige dein Abonnement über den Button unten.\n\nAbonnement bestätigen\n{link}\n\nWenn du dich nicht angemeldet hast, kannst du diese E-Mail ignorieren.\n\nAbmelden | Profil aktualisieren',
    ],
    fr: [
      'Confirmez votre abonnement',
      'Salut,\n\nMerci de vous être inscrit(e) à {company} ! Confirmez votre abonnement avec le bouton ci-dessous.\n\nConfirmer mon abonnement\n{link}\n\nSi vous ne vous êtes pas inscrit(e), ignorez cet e-mail.\n\nSe désabonner | Modifier votre profil',
    ],
    es: [
      'Confirma tu suscripción',
      '¡Hola!\n\nGracias por apuntarte a {company}. Confirma tu suscripción con el botón de abajo.\n\nConfirmar suscripción\n{link}\n\nSi no te has apuntado, ignora este correo.\n\nDarse de baja | Actualizar perfil',
    ],
    pt: [
      'Confirme sua inscrição',
      'Oi,\n\nObrigado por se inscrever em {company}! Confirme sua inscrição clicando no botão abaixo.\n\nConfirmar inscrição\n{link}\n\nSe você não se inscreveu, ignore este e-mail.\n\nCancelar inscrição | Atualizar perfil',
    ],
    it: [
      'Conferma la tua iscrizione',
      "Ciao,\n\ngrazie per esserti iscritto a {company}! Conferma l'iscrizione con il pulsante qui sotto.\n\nConferma iscrizione\n{link}\n\nSe non ti sei iscritto, ignora questa email.\n\nAnnulla iscrizione | Aggiorna profilo",
    ],
    nl: [
      'Bevestig je inschrijving',
      'Hoi,\n\nBedankt voor je aanmelding bij {company}! Bevestig je inschrijving met de knop hieronder.\n\nInschrijving bevestigen\n{link}\n\nHeb je je niet aangemeld? Dan kun je deze e-mail negeren.\n\nUitschrijven | Profiel bijwerken',
    ],
  }),
}
