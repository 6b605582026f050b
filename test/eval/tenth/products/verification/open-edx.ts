// Open edX: the account activation mail of the LMS ("Action Required: Activate your <platform>
// account", "You're almost there! Use the link below to activate your account…", a note that
// the account cannot be used before activation, and a footer saying why the mail was sent).
// English follows the platform's default template; the other languages are written for this set
// in the manner of the platform's translations (which exist for most of them).
import { lines, type Ctx, type Product } from '../../product.ts'

interface Words {
  subject: string
  hi: string
  almost: string
  note: string
  button: string
  why: string
}

const W: Record<string, (p: string) => Words> = {
  en: (p) => ({
    subject: `Action Required: Activate your ${p} account`,
    hi: 'Hi',
    almost: `You're almost there! Use the link below to activate your account to access engaging, high-quality ${p} courses.`,
    note: 'Note that you will not be able to log back into your account until you have activated it.',
    button: 'Activate your account',
    why: `This email message was automatically sent by ${p} because someone attempted to create an account on ${p} using this email address.`,
  }),
  de: (p) => ({
    subject: `Aktion erforderlich: Aktivieren Sie Ihr ${p}-Konto`,
    hi: 'Hallo',
    almost: `Fast geschafft! Aktivieren Sie Ihr Konto über den folgenden Link, um auf die Kurse von ${p} zuzugreifen.`,
    note: 'Bitte beachten Sie, dass Sie sich erst nach der Aktivierung wieder anmelden können.',
    button: 'Konto aktivieren',
    why: `Diese E-Mail wurde automatisch von ${p} gesendet, weil jemand versucht hat, mit dieser E-Mail-Adresse ein Konto bei ${p} zu erstellen.`,
  }),
  fr: (p) => ({
    subject: `Action requise : activez votre compte ${p}`,
    hi: 'Bonjour',
    almost: `Vous y êtes presque ! Utilisez le lien ci-dessous pour activer votre compte et accéder aux cours de ${p}.`,
    note: "Vous ne pourrez pas vous reconnecter tant que votre compte n'aura pas été activé.",
    button: 'Activer votre compte',
    why: `Ce message a été envoyé automatiquement par ${p} car quelqu'un a tenté de créer un compte sur ${p} avec cette adresse e-mail.`,
  }),
  es: (p) => ({
    subject: `Acción requerida: activa tu cuenta de ${p}`,
    hi: 'Hola',
    almost: `¡Ya casi está! Usa el enlace siguiente para activar tu cuenta y acceder a los cursos de ${p}.`,
    note: 'No podrás volver a iniciar sesión hasta que hayas activado tu cuenta.',
    button: 'Activar tu cuenta',
    why: `${p} envió este mensaje automáticamente porque alguien intentó crear una cuenta en ${p} con esta dirección de correo electrónico.`,
  }),
  pt: (p) => ({
    subject: `Ação necessária: ative a sua conta ${p}`,
    hi: 'Olá',
    almost: `Está quase! Use a ligação abaixo para ativar a sua conta e aceder aos cursos de ${p}.`,
    note: 'Não poderá voltar a iniciar sessão enquanto não ativar a conta.',
    button: 'Ativar a sua conta',
    why: `Esta mensagem foi enviada automaticamente por ${p} porque alguém tentou criar uma conta em ${p} com este endereço de e-mail.`,
  }),
  it: (p) => ({
    subject: `Azione richiesta: attiva il tuo account ${p}`,
    hi: 'Ciao',
    almost: `Ci sei quasi! Usa il link qui sotto per attivare il tuo account e accedere ai corsi di ${p}.`,
    note: 'Non potrai accedere di nuovo finché non avrai attivato il tuo account.',
    button: 'Attiva il tuo account',
    why: `Questo messaggio è stato inviato automaticamente da ${p} perché qualcuno ha tentato di creare un account su ${p} con questo indirizzo e-mail.`,
  }),
  nl: (p) => ({
    subject: `Actie vereist: activeer je ${p}-account`,
    hi: 'Hoi',
    almost: `Je bent er bijna! Gebruik de link hieronder om je account te activeren en toegang te krijgen tot de cursussen van ${p}.`,
    note: 'Je kunt pas weer inloggen nadat je je account hebt geactiveerd.',
    button: 'Activeer je account',
    why: `Dit bericht is automatisch verzonden door ${p} omdat iemand met dit e-mailadres een account op ${p} probeerde aan te maken.`,
  }),
}

function activation(lang: string) {
  return (c: Ctx) => {
    const w = W[lang]!(`${c.company} Academy`)
    return {
      subject: w.subject,
      body: lines(
        `${w.hi} ${c.name},`,
        ``,
        w.almost,
        w.note,
        ``,
        `${w.button}: ${c.link}`,
        ``,
        w.why,
      ),
    }
  }
}

export const OPEN_EDX: Product = {
  product: 'Open edX',
  family: 'verification',
  source: 'Open edX LMS account activation email (default template)',
  echo: ['name'],
  own: ['no-reply.courses', 'learn.academy'],
  hosted: (c) => `${c.name} Academy <no-reply@${c.slug}.edx-hosting.net>`,
  texts: {
    en: activation('en'),
    de: activation('de'),
    fr: activation('fr'),
    es: activation('es'),
    pt: activation('pt'),
    it: activation('it'),
    nl: activation('nl'),
  },
}
