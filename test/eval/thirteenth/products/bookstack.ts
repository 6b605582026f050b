// BookStack: "Confirm your email on <app name>" sent when registration needs confirmation. The
// mail greets nobody by name (the attacker's name field never shows).
// source: BookStack's default auth language strings (email_confirm_subject "Confirm your email on
// :appName", email_confirm_greeting "Thanks for joining :appName!", email_confirm_text, button
// "Confirm Email") inside the framework's notification layout; written from knowledge, not pasted;
// non-English texts follow the shipped translations where remembered and are otherwise written
// for this set.
import type { Product } from './types.ts'

const trouble = (button: string) =>
  `If you're having trouble clicking the "${button}" button, copy and paste the URL below into your web browser: {link}`

export const bookstack: Product = {
  product: 'BookStack',
  family: 'verification',
  source: 'BookStack auth strings email_confirm_* (default)',
  senders: ['own', 'own', 'display'],
  mailbox: 'bookstack',
  display: (c) => `${c.name} Docs`,
  texts: {
    en: {
      subject: 'Confirm your email on {company} Docs',
      body: `Hello!\n\nThanks for joining {company} Docs!\nPlease confirm your email address by clicking the button below:\n\n[Confirm Email]\n\nRegards,\n{company} Docs\n\n${trouble('Confirm Email')}`,
    },
    de: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für {company} Docs',
      body: 'Hallo!\n\nDanke, dass Sie sich bei {company} Docs registriert haben!\nBitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie auf die Schaltfläche unten klicken:\n\n[E-Mail-Adresse bestätigen]\n\nViele Grüße\n{company} Docs\n\nFalls die Schaltfläche nicht funktioniert, kopieren Sie diese URL in Ihren Browser: {link}',
    },
    fr: {
      subject: 'Confirmez votre adresse e-mail sur {company} Docs',
      body: "Bonjour !\n\nMerci de vous être inscrit sur {company} Docs !\nVeuillez confirmer votre adresse e-mail en cliquant sur le bouton ci-dessous :\n\n[Confirmer l'adresse e-mail]\n\nCordialement,\n{company} Docs\n\nSi le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : {link}",
    },
    es: {
      subject: 'Confirma tu correo electrónico en {company} Docs',
      body: '¡Hola!\n\n¡Gracias por unirte a {company} Docs!\nConfirma tu dirección de correo electrónico haciendo clic en el botón de abajo:\n\n[Confirmar correo electrónico]\n\nSaludos,\n{company} Docs\n\nSi el botón no funciona, copia esta URL en tu navegador: {link}',
    },
    pt: {
      subject: 'Confirme seu e-mail em {company} Docs',
      body: 'Olá!\n\nObrigado por se juntar a {company} Docs!\nPor favor, confirme seu endereço de e-mail clicando no botão abaixo:\n\n[Confirmar e-mail]\n\nAtenciosamente,\n{company} Docs\n\nSe o botão não funcionar, copie este endereço no navegador: {link}',
    },
    it: {
      subject: 'Conferma la tua email su {company} Docs',
      body: 'Ciao!\n\nGrazie per esserti registrato su {company} Docs!\nConferma il tuo indirizzo email cliccando il pulsante qui sotto:\n\n[Conferma email]\n\nSaluti,\n{company} Docs\n\nSe il pulsante non funziona, copia questo indirizzo nel browser: {link}',
    },
    nl: {
      subject: 'Bevestig je e-mailadres op {company} Docs',
      body: 'Hallo!\n\nBedankt voor je registratie bij {company} Docs!\nBevestig je e-mailadres door op de knop hieronder te klikken:\n\n[E-mailadres bevestigen]\n\nMet vriendelijke groet,\n{company} Docs\n\nWerkt de knop niet? Kopieer deze URL in je browser: {link}',
    },
  },
}
