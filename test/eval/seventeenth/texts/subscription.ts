// Hand-written subscription confirmations (double opt-in) of newsletters, each company in its
// own words (no product default): first line subject, then body. Slots as in account.ts.
import type { Lang } from '../../types.ts'

export const SUBSCRIPTION_TEXTS: Record<Lang, readonly string[]> = {
  en: [
    'Please confirm your subscription\nHi {name},\n\nYou (or someone using your address) asked to receive the {company} newsletter. Click below to confirm and the first issue will be on its way.\n\n{link}\n\nNot you? Do nothing and you will not hear from us again.',
    "One click and you're in 📨\nThanks for signing up for {company} updates! Confirm here: {link}",
    "Is this you?\nSomebody entered {email} in our newsletter form. If that was you, say yes:\n{link}\n\nIf it wasn't, we're sorry for the bother.\n\n{company} · You are receiving this one-time message because of a sign-up on {domain}. We never share your address. {company} Media Ltd, 3 Example Lane, Bristol.",
    'Action required: confirm your email to get our deals\nHello,\n\nYour subscription to {company} offers is pending. We only send deals to people who confirm.\n\nYes, send me deals: {link}',
    '{company}\nConfirm you want our weekly letter: {link}',
    'Finish signing up for The {company} Digest\nDear {name},\n\nWe are delighted you would like to read The {company} Digest every Sunday. To comply with anti-spam rules we need a second click from you before the first edition arrives.\n\n{link}\n\nWarm regards,\nThe editors',
  ],
  de: [
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung\nGuten Tag {name},\n\nSie haben sich für den Newsletter von {company} angemeldet. Bitte bestätigen Sie Ihre Anmeldung über den folgenden Link (Double-Opt-In):\n\n{link}\n\nFalls Sie sich nicht angemeldet haben, erhalten Sie keine weiteren E-Mails von uns.\n\n{company} GmbH · Impressum: https://{domain}/impressum · Datenschutz: https://{domain}/datenschutz',
    'Nur noch ein Klick 💌\nHey {name}, bestätige kurz deine Anmeldung und du bekommst ab jetzt unsere Tipps: {link}',
    'Hallo aus der {company}-Küche 🍳\nDu hast dich für unsere Rezeptpost angemeldet? Dann bestätige kurz, und jeden Sonntag landet ein neues Rezept bei dir: {link}',
    'Aktion erforderlich: Ihr Gutschein wartet\nHallo,\n\nIhr 10-%-Willkommensgutschein wird freigeschaltet, sobald Sie Ihre Anmeldung zum {company}-Newsletter bestätigt haben.\n\nJetzt bestätigen: {link}',
    '{company}\nMöchtest du unseren Newsletter wirklich erhalten? Dann hier klicken: {link}',
    'Willst du dabei sein?\nServus {name},\n\nwir freuen uns über dein Interesse an unserem monatlichen Rundbrief. Damit niemand fremde Adressen einträgt, musst du die Anmeldung selbst bestätigen.\n\n{link}\n\nHerzliche Grüße\nDie Redaktion von {company}',
  ],
  fr: [
    "Confirmez votre inscription à la newsletter\nBonjour {name},\n\nVous avez demandé à recevoir la lettre d'information de {company}. Pour valider votre inscription, cliquez sur le lien ci-dessous :\n\n{link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n\nConformément au RGPD, vous pouvez vous désinscrire à tout moment. {company} SARL – 5 place de l'Exemple – 44000 Nantes.",
    "Plus qu'un clic ✉️\nCoucou {name} ! Confirme ton abonnement et reçois nos bons plans : {link}",
    "Inscription à la liste d'information des adhérents\nBonjour, votre adresse a été proposée pour la liste d'information des adhérents de {company}. Validez votre inscription : {link}. Sans réponse de votre part sous 7 jours, elle sera annulée.",
    'Action requise : votre code promo vous attend\nBonjour,\n\nVotre code de bienvenue de 15 % sera envoyé dès que vous aurez confirmé votre abonnement aux offres {company}.\n\nJe confirme : {link}',
    '{company}\nVoulez-vous vraiment recevoir nos actualités ? {link}',
    "Tu veux nous lire chaque semaine ?\nSalut {name},\n\nmerci pour ton intérêt ! Pour qu'on soit sûrs que personne n'a glissé ton adresse à ta place, confirme ton inscription.\n\n{link}\n\nBises,\nla rédac de {company}",
  ],
  es: [
    'Confirma tu suscripción\nHola {name}:\n\nHas pedido recibir el boletín de {company}. Para completar el alta, pulsa en el enlace:\n\n{link}\n\nSi no fuiste tú, no hagas nada y no volverás a saber de nosotros.',
    '¡Ya casi! 📩\n¡Hola {name}! Confirma tu email y recibe nuestras novedades: {link}',
    'Confirmación necesaria – boletín de ofertas de empleo\nPara recibir cada lunes nuestras ofertas de empleo en {email}, confirme que desea darse de alta: {link}',
    'Acción necesaria: tu descuento te espera\nHola:\n\nTu cupón de bienvenida del 10 % se activará en cuanto confirmes tu suscripción a las ofertas de {company}.\n\nConfirmar ahora: {link}\n\nResponsable del tratamiento: {company} S.L. Finalidad: envío de comunicaciones comerciales. Derechos: acceso, rectificación y supresión en privacidad@{domain}.',
    '{company}\n¿Seguro que quieres recibir nuestra newsletter? {link}',
    '¿Te apuntamos a la carta de los viernes?\nEstimado/a {name}:\n\nAgradecemos su interés en nuestra publicación semanal. Para asegurarnos de que nadie ha utilizado su dirección sin permiso, le pedimos que confirme el alta.\n\n{link}\n\nCordialmente,\nRedacción de {company}',
  ],
  pt: [
    'Confirme a sua subscrição\nOlá {name},\n\nPediu para receber a newsletter da {company}. Para concluir, clique na ligação abaixo:\n\n{link}\n\nSe não foi o próprio, ignore este e-mail.\n\n{company}, Lda. · Pode cancelar a subscrição a qualquer momento · Política de privacidade: https://{domain}/privacidade',
    'Quase lá! 📬\nOi {name}! Confirma seu e-mail e recebe nossas novidades: {link}',
    'Receita da semana no seu e-mail? 🍲\nOi! Falta só confirmar pra começar a receber nossas receitas todo domingo: {link}',
    'Ação necessária: seu cupom está esperando\nOlá,\n\nSeu cupom de boas-vindas de 10% será liberado assim que você confirmar sua inscrição nas ofertas da {company}.\n\nConfirmar agora: {link}',
    '{company}\nQuer mesmo receber a nossa newsletter? {link}',
    'Podemos enviar-lhe a crónica de domingo?\nCaro(a) {name},\n\nagradecemos o interesse pela nossa crónica semanal. Como medida contra abusos, pedimos que confirme a inscrição antes do primeiro envio.\n\n{link}\n\nCom estima,\nA redação da {company}',
  ],
  it: [
    "Conferma la tua iscrizione alla newsletter\nCiao {name},\n\nhai chiesto di ricevere la newsletter di {company}. Per completare l'iscrizione clicca qui:\n\n{link}\n\nSe non sei stato tu, ignora questa email.\n\n{company} S.r.l. – Puoi disiscriverti in qualsiasi momento – Privacy: https://{domain}/privacy",
    'Ci sei quasi! 📨\nCiao {name}! Conferma la tua email e ricevi le nostre novità: {link}',
    "Iscrizione in sospeso\nL'indirizzo {email} è stato aggiunto alla nostra lista. Conferma: {link}",
    "Azione richiesta: il tuo sconto ti aspetta\nCiao,\n\nil tuo codice sconto del 10% verrà attivato non appena confermerai l'iscrizione alle offerte {company}.\n\nConferma ora: {link}",
    '{company}\nVuoi davvero ricevere i nostri aggiornamenti? {link}',
    "Le mandiamo la nostra lettera del lunedì?\nGentile {name},\n\nla ringraziamo per l'interesse verso la nostra rassegna settimanale. Per evitare iscrizioni fatte da altri a suo nome, le chiediamo di confermare.\n\n{link}\n\nCordialmente,\nLa redazione di {company}",
  ],
  nl: [
    'Bevestig je inschrijving voor de nieuwsbrief\nHoi {name},\n\nJe hebt je aangemeld voor de nieuwsbrief van {company}. Klik op de link om je inschrijving af te ronden:\n\n{link}\n\nWas jij dit niet? Dan hoef je niets te doen.\n\n{company} B.V. · Afmelden kan altijd · Privacyverklaring: https://{domain}/privacy',
    'Nog één klik 💌\nHey {name}! Bevestig je e-mail en ontvang onze tips: {link}',
    'Bevestiging aanmelding digitale nieuwsbrief\nGeachte heer/mevrouw, u heeft zich aangemeld voor de digitale nieuwsbrief van {company}. Klik op de link om uw aanmelding te bevestigen: {link}',
    'Actie vereist: je kortingscode staat klaar\nHallo,\n\nJe welkomstkorting van 10% wordt vrijgegeven zodra je je aanmelding voor de aanbiedingen van {company} bevestigt.\n\nNu bevestigen: {link}',
    '{company}\nWil je onze nieuwsbrief echt ontvangen? {link}',
    'Mogen we u elke maand schrijven?\nGeachte {name},\n\nDank voor uw belangstelling voor ons maandelijkse magazine. Om te voorkomen dat derden uw adres opgeven, vragen wij u de aanmelding zelf te bevestigen.\n\n{link}\n\nMet hartelijke groet,\nDe redactie van {company}',
  ],
}
