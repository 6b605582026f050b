// Mobilizon: the registration confirmation, subject "Instructions to confirm your Mobilizon
// account on <instance>", a line on the account created with this address, one click to
// activate, and "If this wasn't you, please ignore this email." Written from memory of the
// English gettext default (`priv/gettext/.../default.po`); Mobilizon ships the other languages,
// these renderings are written for this set, not copied from its catalogues.
import type { Product } from '../product.ts'

export const MOBILIZON: Product = {
  product: 'Mobilizon',
  family: 'verification',
  source:
    'Mobilizon registration confirmation (gettext default), translations written for this set',
  hosted: (c) => `${c.name} <noreply@events.${c.slug}.mobilizon-host.net>`,
  texts: {
    en: (m) => ({
      subject: `Instructions to confirm your Mobilizon account on ${m.company.name}`,
      body: `Nearly there!\n\nYou created an account on ${m.company.name} with this email address. You are one click away from activating it.\n\nActivate my account: ${m.link}\n\nIf this wasn't you, please ignore this email.`,
    }),
    de: (m) => ({
      subject: `Anleitung zur Bestätigung Ihres Mobilizon-Kontos auf ${m.company.name}`,
      body: `Fast geschafft!\n\nSie haben mit dieser E-Mail-Adresse ein Konto auf ${m.company.name} erstellt. Sie sind nur einen Klick von der Aktivierung entfernt.\n\nMein Konto aktivieren: ${m.link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail bitte.`,
    }),
    fr: (m) => ({
      subject: `Instructions pour confirmer votre compte Mobilizon sur ${m.company.name}`,
      body: `Vous y êtes presque !\n\nVous avez créé un compte sur ${m.company.name} avec cette adresse électronique. Vous êtes à un clic de l'activer.\n\nActiver mon compte : ${m.link}\n\nSi ce n'était pas vous, merci d'ignorer ce message.`,
    }),
    es: (m) => ({
      subject: `Instrucciones para confirmar tu cuenta de Mobilizon en ${m.company.name}`,
      body: `¡Ya casi está!\n\nHas creado una cuenta en ${m.company.name} con esta dirección de correo. Estás a un clic de activarla.\n\nActivar mi cuenta: ${m.link}\n\nSi no has sido tú, ignora este correo.`,
    }),
    pt: (m) => ({
      subject: `Instruções para confirmar sua conta Mobilizon em ${m.company.name}`,
      body: `Quase lá!\n\nVocê criou uma conta em ${m.company.name} com este endereço de e-mail. Falta só um clique para ativá-la.\n\nAtivar minha conta: ${m.link}\n\nSe não foi você, ignore este e-mail.`,
    }),
    it: (m) => ({
      subject: `Istruzioni per confermare il tuo account Mobilizon su ${m.company.name}`,
      body: `Ci siamo quasi!\n\nHai creato un account su ${m.company.name} con questo indirizzo email. Manca solo un clic per attivarlo.\n\nAttiva il mio account: ${m.link}\n\nSe non sei stato tu, ignora questa email.`,
    }),
    nl: (m) => ({
      subject: `Instructies om je Mobilizon-account op ${m.company.name} te bevestigen`,
      body: `Bijna klaar!\n\nJe hebt met dit e-mailadres een account aangemaakt op ${m.company.name}. Nog één klik en het is geactiveerd.\n\nMijn account activeren: ${m.link}\n\nWas jij dit niet? Negeer deze e-mail dan.`,
    }),
  },
}
