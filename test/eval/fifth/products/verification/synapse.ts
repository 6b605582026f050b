// Synapse (Matrix homeserver): the registration email validation (`email_validation` subject
// "[%(server_name)s] Validate your email", template `registration.html`: "You have asked us to
// register this email with a new Matrix account…"). Source: element-hq/synapse
// `synapse/res/templates/registration.txt` and the default `email.subjects`; Synapse ships
// English only, other languages are a server admin's translations (reconstruction).
import type { Product } from '../../product.ts'

const server = (domain: string) => `matrix.${domain}`
const submit = (f: { domain: string; token: string }) =>
  `https://${server(f.domain)}/_matrix/client/unstable/registration/email/submit_token?token=${f.token}&client_secret=${f.token.slice(4, 20)}&sid=${f.token.slice(0, 16)}`

export const SYNAPSE_VERIFY: Product = {
  product: 'Synapse',
  family: 'verification',
  source: 'element-hq/synapse registration.txt, subject "[%(server_name)s] Validate your email"',
  echo: 'none',
  hosted: null,
  locals: ['noreply', 'matrix', 'homeserver'],
  subdomains: ['', 'matrix.'],
  texts: {
    en: (f) => ({
      subject: `[${server(f.domain)}] Validate your email`,
      body: `Hello there,\n\nYou have asked us to register this email with a new Matrix account. If this was you, please click the link below to confirm your email address:\n\n${submit(f)}\n\nIf this was not you, you can safely disregard this email.\n\nThank you.`,
    }),
    de: (f) => ({
      subject: `[${server(f.domain)}] Bestätige deine E-Mail-Adresse`,
      body: `Hallo,\n\ndu hast uns gebeten, diese E-Mail-Adresse für ein neues Matrix-Konto zu registrieren. Wenn du das warst, klicke bitte auf den folgenden Link, um deine Adresse zu bestätigen:\n\n${submit(f)}\n\nWenn du das nicht warst, kannst du diese E-Mail ignorieren.\n\nDanke.`,
    }),
    fr: (f) => ({
      subject: `[${server(f.domain)}] Validez votre e-mail`,
      body: `Bonjour,\n\nVous nous avez demandé d'enregistrer cette adresse avec un nouveau compte Matrix. Si c'est bien vous, cliquez sur le lien ci-dessous pour confirmer votre adresse :\n\n${submit(f)}\n\nSi ce n'était pas vous, vous pouvez ignorer cet e-mail.\n\nMerci.`,
    }),
    es: (f) => ({
      subject: `[${server(f.domain)}] Valida tu correo`,
      body: `Hola:\n\nNos has pedido registrar este correo con una nueva cuenta de Matrix. Si fuiste tú, haz clic en el enlace de abajo para confirmar tu dirección:\n\n${submit(f)}\n\nSi no fuiste tú, puedes ignorar este correo.\n\nGracias.`,
    }),
    pt: (f) => ({
      subject: `[${server(f.domain)}] Valide o seu e-mail`,
      body: `Olá,\n\nPediu-nos para registar este e-mail numa nova conta Matrix. Se foi você, clique na ligação abaixo para confirmar o seu endereço:\n\n${submit(f)}\n\nSe não foi você, pode ignorar este e-mail.\n\nObrigado.`,
    }),
    it: (f) => ({
      subject: `[${server(f.domain)}] Convalida la tua email`,
      body: `Ciao,\n\nci hai chiesto di registrare questo indirizzo con un nuovo account Matrix. Se sei stato tu, clicca sul link qui sotto per confermare il tuo indirizzo:\n\n${submit(f)}\n\nSe non sei stato tu, puoi ignorare questa email.\n\nGrazie.`,
    }),
    nl: (f) => ({
      subject: `[${server(f.domain)}] Bevestig je e-mailadres`,
      body: `Hallo,\n\nJe hebt gevraagd dit e-mailadres te registreren voor een nieuw Matrix-account. Was jij dat, klik dan op de link hieronder om je adres te bevestigen:\n\n${submit(f)}\n\nWas jij dit niet, dan kun je deze e-mail negeren.\n\nBedankt.`,
    }),
  },
}
