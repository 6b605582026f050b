// Ecwid by Lightspeed: the storefront's customer-account confirmation, phrased as a question
// ("Is this your email?") with the store's name as the whole subject in fr, pt and nl.
// Reconstruction of the store notification's structure (store name, greeting, one button),
// not a known default text; the translations are written for this set.
import type { Product } from '../product.ts'

export const ECWID: Product = {
  product: 'Ecwid',
  family: 'verification',
  source: 'reconstruction: Ecwid storefront customer account email confirmation',
  hosted: (c) => `${c.name} <noreply@ecwid.com>`,
  texts: {
    en: (m) => ({
      subject: `Is this your email? Confirm your ${m.company.name} account`,
      body: `Hi ${m.name},\n\nSomeone just created a customer account at ${m.company.name} with this email address. Was it you? Confirm your email to finish setting up your account and see your orders in one place.\n\nConfirm email: ${m.link}\n\nDidn't sign up? You can safely ignore this message.\n\n${m.company.name}`,
    }),
    de: (m) => ({
      subject: `Ist das Ihre E-Mail-Adresse? Bestätigen Sie Ihr Konto bei ${m.company.name}`,
      body: `Hallo ${m.name},\n\nsoeben wurde bei ${m.company.name} ein Kundenkonto mit dieser E-Mail-Adresse erstellt. Waren Sie das? Bestätigen Sie Ihre E-Mail-Adresse, um die Einrichtung abzuschließen.\n\nE-Mail bestätigen: ${m.link}\n\nSie haben sich nicht registriert? Dann können Sie diese Nachricht ignorieren.`,
    }),
    fr: (m) => ({
      subject: m.company.name,
      body: `Bonjour ${m.name},\n\nEst-ce bien votre adresse ? Un compte client vient d'être créé chez ${m.company.name} avec cette adresse e-mail. Confirmez-la pour terminer la création de votre compte.\n\nConfirmer mon adresse : ${m.link}\n\nVous ne vous êtes pas inscrit ? Ignorez simplement ce message.`,
    }),
    es: (m) => ({
      subject: `¿Es este tu correo? Confirma tu cuenta en ${m.company.name}`,
      body: `Hola ${m.name}:\n\nAlguien acaba de crear una cuenta de cliente en ${m.company.name} con esta dirección. ¿Has sido tú? Confirma tu correo para terminar de configurar tu cuenta.\n\nConfirmar correo: ${m.link}\n\n¿No te has registrado? Puedes ignorar este mensaje.`,
    }),
    pt: (m) => ({
      subject: m.company.name,
      body: `Olá ${m.name},\n\nEste é o seu e-mail? Uma conta de cliente acabou de ser criada na ${m.company.name} com este endereço. Confirme seu e-mail para concluir o cadastro.\n\nConfirmar e-mail: ${m.link}\n\nNão se cadastrou? Pode ignorar esta mensagem.`,
    }),
    it: (m) => ({
      subject: `È il tuo indirizzo? Conferma il tuo account ${m.company.name}`,
      body: `Ciao ${m.name},\n\nqualcuno ha appena creato un account cliente su ${m.company.name} con questo indirizzo email. Sei stato tu? Conferma l'email per completare la registrazione.\n\nConferma email: ${m.link}\n\nNon ti sei registrato? Ignora pure questo messaggio.`,
    }),
    nl: (m) => ({
      subject: m.company.name,
      body: `Hoi ${m.name},\n\nIs dit jouw e-mailadres? Er is zojuist een klantaccount aangemaakt bij ${m.company.name} met dit adres. Bevestig je e-mailadres om je account af te ronden.\n\nE-mailadres bevestigen: ${m.link}\n\nNiet aangemeld? Dan kun je dit bericht negeren.`,
    }),
  },
}
