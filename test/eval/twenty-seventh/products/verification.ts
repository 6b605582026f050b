// Account verification mails of two products, rendered from memory of their documented defaults
// in our own words (nothing pasted).
import type { Product } from './types.ts'

// Source: Indico (indico/modules/auth) local-account registration, "verify your email" mail.
export const INDICO: Product = {
  family: 'verification',
  product: 'Indico',
  sender: 'own',
  texts: {
    en: {
      subject: '[{brand}] Verify your email',
      body: 'Dear {p},\nsomeone, hopefully you, started creating an account with this address. To continue, open this link: {link}\nIf it was not you, ignore this email.',
    },
    de: {
      subject: '[{brand}] E-Mail-Adresse bestätigen',
      body: 'Hallo {p},\njemand, hoffentlich Sie, möchte mit dieser Adresse ein Konto anlegen. Zum Fortfahren diesen Link öffnen: {link}\nFalls nicht, ignorieren Sie diese Nachricht.',
    },
    fr: {
      subject: '[{brand}] Vérifiez votre adresse e-mail',
      body: 'Bonjour {p},\nquelqu’un, sans doute vous, a commencé à créer un compte avec cette adresse. Pour continuer : {link}\nSinon, ignorez ce message.',
    },
    es: {
      subject: '[{brand}] Verifica tu correo',
      body: 'Hola {p}:\nalguien, esperamos que tú, empezó a crear una cuenta con esta dirección. Para seguir, abre: {link}\nSi no fuiste tú, ignora este correo.',
    },
    pt: {
      subject: '[{brand}] Verifique o seu e-mail',
      body: 'Olá {p},\nalguém, esperamos que tenha sido você, começou a criar uma conta com este endereço. Para continuar: {link}\nSe não foi você, ignore.',
    },
    it: {
      subject: '[{brand}] Verifica la tua email',
      body: 'Gentile {p},\nqualcuno, speriamo tu, ha iniziato a creare un account con questo indirizzo. Per continuare apri: {link}\nSe non sei stato tu, ignora questa email.',
    },
    nl: {
      subject: '[{brand}] Bevestig je e-mailadres',
      body: 'Beste {p},\niemand, hopelijk jij, is een account met dit adres begonnen. Ga verder via: {link}\nWas jij het niet, negeer dan deze e-mail.',
    },
  },
}

// Source: Proton sign-up human verification by email ("Proton verification code").
export const PROTON: Product = {
  family: 'verification',
  product: 'Proton',
  sender: 'display',
  texts: {
    en: {
      subject: 'Proton Verification Code',
      body: 'Your verification code is: {code}\nEnter it to verify your email address and finish creating your account. If you did not ask for this code, you can ignore it.',
    },
    de: {
      subject: 'Proton-Bestätigungscode',
      body: 'Ihr Bestätigungscode lautet: {code}\nGeben Sie ihn ein, um Ihre Adresse zu bestätigen und Ihr Konto fertig einzurichten. Nicht angefordert? Dann ignorieren.',
    },
    fr: {
      subject: 'Code de vérification Proton',
      body: 'Votre code de vérification : {code}\nSaisissez-le pour vérifier votre adresse et terminer la création du compte. Vous ne l’avez pas demandé ? Ignorez-le.',
    },
    es: {
      subject: 'Código de verificación de Proton',
      body: 'Tu código de verificación es: {code}\nIntrodúcelo para verificar tu dirección y terminar de crear la cuenta. Si no lo pediste, ignóralo.',
    },
    pt: {
      subject: 'Código de verificação Proton',
      body: 'Seu código de verificação é: {code}\nDigite-o para verificar seu endereço e concluir a criação da conta. Se não pediu este código, ignore.',
    },
    it: {
      subject: 'Codice di verifica Proton',
      body: 'Il tuo codice di verifica è: {code}\nInseriscilo per verificare l’indirizzo e completare la creazione dell’account. Non l’hai chiesto? Ignoralo.',
    },
    nl: {
      subject: 'Proton-verificatiecode',
      body: 'Je verificatiecode is: {code}\nVoer hem in om je adres te verifiëren en je account af te ronden. Niet aangevraagd? Negeer dit bericht.',
    },
  },
}
