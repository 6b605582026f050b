// WorkOS AuthKit: the Magic Auth sign-in code mail, a one-line notice whose subject carries the
// code. Follows the product's documented behaviour (a six-digit code valid for ten minutes, sent
// from the app's AuthKit domain or a custom one); the exact default text is not known, so this is
// a reconstruction in every language.
import { lines, type Ctx, type Product } from '../../product.ts'

function magic(subject: string, line: string, ignore: string) {
  return (c: Ctx) => ({
    subject: subject.replace('#', c.code).replace('%', c.company),
    body: lines(line.replace('#', c.code).replace('%', c.company), ``, ignore),
  })
}

export const WORKOS_AUTHKIT: Product = {
  product: 'WorkOS AuthKit',
  family: 'reset',
  source: 'WorkOS AuthKit Magic Auth code email (reconstruction)',
  echo: [],
  own: ['no-reply.auth', 'login'],
  hosted: (c) => `${c.name} <no-reply@${c.slug}.authkit.app>`,
  texts: {
    en: magic(
      'Your % sign-in code is #',
      'Enter # to sign in to %. This code expires in 10 minutes.',
      "If you didn't try to sign in, you can safely ignore this email.",
    ),
    de: magic(
      'Ihr Anmeldecode für %: #',
      'Geben Sie # ein, um sich bei % anzumelden. Der Code läuft in 10 Minuten ab.',
      'Wenn Sie sich nicht anmelden wollten, können Sie diese E-Mail ignorieren.',
    ),
    fr: magic(
      'Votre code de connexion % : #',
      'Saisissez # pour vous connecter à %. Ce code expire dans 10 minutes.',
      "Si vous n'avez pas tenté de vous connecter, ignorez cet e-mail.",
    ),
    es: magic(
      'Tu código de inicio de sesión en %: #',
      'Introduce # para iniciar sesión en %. El código caduca en 10 minutos.',
      'Si no has intentado iniciar sesión, puedes ignorar este correo.',
    ),
    pt: magic(
      'O seu código de acesso a %: #',
      'Introduza # para entrar em %. O código expira em 10 minutos.',
      'Se não tentou entrar, pode ignorar este e-mail.',
    ),
    it: magic(
      'Il tuo codice di accesso a %: #',
      'Inserisci # per accedere a %. Il codice scade tra 10 minuti.',
      'Se non hai provato ad accedere, puoi ignorare questa e-mail.',
    ),
    nl: magic(
      'Je inlogcode voor %: #',
      'Voer # in om in te loggen bij %. De code verloopt over 10 minuten.',
      'Heb je niet geprobeerd in te loggen? Dan kun je deze e-mail negeren.',
    ),
  },
}
