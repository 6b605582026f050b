// Memberful: the passwordless sign-in link members get when they type their address on a
// site's sign-in form. Source: reconstruction of Memberful's default "Sign in to <site>"
// email; Memberful's member emails are customisable per site, so the non-English texts are a
// site's own translations.
import type { Product } from '../product.ts'

export const MEMBERFUL: Product = {
  product: 'Memberful',
  family: 'reset',
  source: 'Memberful passwordless sign-in email (reconstruction)',
  hosted: (c) => `no-reply@${c.slug}.memberful.com`,
  ownLocal: 'members',
  texts: {
    en: {
      subject: 'Sign in to {company}',
      body: 'Click here to sign in to {company}: {link}\nThis link expires in 15 minutes and can only be used once.',
    },
    de: {
      subject: 'Bei {company} anmelden',
      body: 'Hier klicken, um dich bei {company} anzumelden: {link}\nDer Link ist 15 Minuten gültig und nur einmal verwendbar.',
    },
    fr: {
      subject: 'Connexion à {company}',
      body: "Cliquez ici pour vous connecter à {company} : {link}\nCe lien expire dans 15 minutes et ne peut servir qu'une fois.",
    },
    es: {
      subject: 'Inicia sesión en {company}',
      body: 'Haz clic aquí para iniciar sesión en {company}: {link}\nEl enlace caduca en 15 minutos y solo puede usarse una vez.',
    },
    pt: {
      subject: 'Entrar em {company}',
      body: 'Clique aqui para entrar em {company}: {link}\nEste link expira em 15 minutos e só pode ser usado uma vez.',
    },
    it: {
      subject: 'Accedi a {company}',
      body: 'Fai clic qui per accedere a {company}: {link}\nIl link scade tra 15 minuti e può essere usato una sola volta.',
    },
    nl: {
      subject: 'Inloggen bij {company}',
      body: 'Klik hier om in te loggen bij {company}: {link}\nDeze link verloopt over 15 minuten en werkt maar één keer.',
    },
  },
}
