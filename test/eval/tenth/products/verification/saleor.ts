// Saleor: the customer "account confirmation" mail of a storefront (the ACCOUNT_CONFIRMATION
// event rendered by the shop's email plugin: a greeting, "please confirm your account" and the
// confirmation link). Reconstruction from the event's documented payload; the shop's subject is
// often only its own name, as here in four languages. Texts written for this set.
import { lines, type Ctx, type Product } from '../../product.ts'

function account(subject: string | null, hi: string, body: string, cta: string, foot: string) {
  return (c: Ctx) => ({
    subject: subject ?? c.company,
    body: lines(`${hi}`, ``, body, ``, `${cta}: ${c.link}`, ``, `${c.company} — ${c.domain}`, foot),
  })
}

export const SALEOR: Product = {
  product: 'Saleor',
  family: 'verification',
  source: 'Saleor ACCOUNT_CONFIRMATION customer email (reconstruction)',
  echo: [],
  own: ['noreply.shop', 'store', 'no-reply'],
  hosted: (c) => `${c.name} <noreply@${c.slug}.saleor.cloud>`,
  texts: {
    en: account(
      null,
      'Hi!',
      'Thanks for creating an account with us. Please confirm your account to start shopping.',
      'Confirm my account',
      'You are receiving this email because an account was created with this address.',
    ),
    de: account(
      'Bitte bestätige dein Kundenkonto',
      'Hallo!',
      'Danke für deine Registrierung. Bitte bestätige dein Konto, um mit dem Einkaufen zu beginnen.',
      'Konto bestätigen',
      'Du erhältst diese E-Mail, weil mit dieser Adresse ein Konto erstellt wurde.',
    ),
    fr: account(
      null,
      'Bonjour !',
      'Merci d’avoir créé un compte. Veuillez confirmer votre compte pour commencer vos achats.',
      'Confirmer mon compte',
      'Vous recevez cet e-mail car un compte a été créé avec cette adresse.',
    ),
    es: account(
      'Confirma tu cuenta',
      '¡Hola!',
      'Gracias por crear una cuenta. Confirma tu cuenta para empezar a comprar.',
      'Confirmar mi cuenta',
      'Recibes este correo porque se ha creado una cuenta con esta dirección.',
    ),
    pt: account(
      null,
      'Olá!',
      'Obrigado por criar uma conta. Confirme a sua conta para começar a comprar.',
      'Confirmar a minha conta',
      'Recebe este e-mail porque foi criada uma conta com este endereço.',
    ),
    it: account(
      'Conferma il tuo account',
      'Ciao!',
      'Grazie per aver creato un account. Conferma il tuo account per iniziare a fare acquisti.',
      'Conferma il mio account',
      'Ricevi questa e-mail perché è stato creato un account con questo indirizzo.',
    ),
    nl: account(
      null,
      'Hoi!',
      'Bedankt voor het aanmaken van een account. Bevestig je account om te beginnen met winkelen.',
      'Mijn account bevestigen',
      'Je ontvangt deze e-mail omdat er met dit adres een account is aangemaakt.',
    ),
  },
}
