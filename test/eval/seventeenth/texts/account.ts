// Hand-written account verification / activation / welcome-please-confirm mails, each company in
// its own words (no product default): first line subject, then body. Slots: {name} (typed into
// the sign-up form), {link}, {code}, {company}, {domain}, {email}.
import type { Lang } from '../../types.ts'

export const ACCOUNT_TEXTS: Record<Lang, readonly string[]> = {
  en: [
    'Confirm your email address\nHi {name},\n\nWelcome to {company}! Please confirm your email address to finish setting up your account.\n\n{link}\n\nThis link expires in 24 hours.',
    'Activate your {company} account\nHello,\n\nAn account was just created with this address. To activate it, click the link below. If you did not sign up, you can safely ignore this email and the account will never be activated.\n\n{link}',
    '{code} is your {company} verification code\nEnter {code} in the app to verify your email. The code is valid for 10 minutes.',
    "Welcome aboard, {name}! One last thing…\nThanks for joining {company}. Before you can log in, we need you to verify that this is your email address. Tap the button and you're all set ✨\n\n{link}\n\nSee you inside,\nThe {company} crew",
    'Action required: verify your account\nDear {name},\n\nThank you for registering. Your account is currently inactive. To complete the registration process and gain access to your account, please verify your email address by visiting the following page:\n{link}\n\nIf you have any questions, contact us at support@{domain}.\n\nThis e-mail was sent to {email} because someone registered with this address on {domain}. {company} Inc., 500 Example Ave, Suite 100, San Francisco, CA. Privacy policy: https://{domain}/privacy',
    '{company}\nIs this your email? Verify it: {link}',
  ],
  de: [
    'Bitte bestätige deine E-Mail-Adresse\nHallo {name},\n\nschön, dass du bei {company} dabei bist! Bestätige bitte noch deine Adresse, damit dein Konto freigeschaltet wird:\n\n{link}\n\nDer Link funktioniert 48 Stunden lang.',
    'Aktivierung Ihres Kundenkontos\nSehr geehrte/r {name},\n\nvielen Dank für Ihre Registrierung im Onlineshop von {company}. Um Ihr Kundenkonto zu aktivieren, klicken Sie bitte auf folgenden Link:\n{link}\n\nSollten Sie sich nicht registriert haben, betrachten Sie diese E-Mail bitte als gegenstandslos.\n\n{company} GmbH & Co. KG · Sitz: Stuttgart · Registergericht Stuttgart HRA 000000\nPersönlich haftende Gesellschafterin: {company} Verwaltungs GmbH',
    'Dein Code lautet {code}\nTipp ihn in der {company}-App ein, um die Anmeldung abzuschließen. Nach einer Viertelstunde verfällt er.',
    'Fast geschafft, {name}!\nNur noch ein Klick, dann kann es losgehen 🎉\n{link}\n\nBis gleich bei {company}!',
    'Aktion erforderlich: Konto verifizieren\nGuten Tag,\n\nfür die Adresse {email} wurde ein Benutzerkonto angelegt. Das Konto bleibt gesperrt, bis die Adresse bestätigt ist.\n\nJetzt verifizieren: {link}\n\nIhr {company} Team',
    'Registrierung bei {company}\nDanke für deine Anmeldung. Deine Zugangsdaten sind gespeichert; freigeschaltet wird das Konto aber erst über diesen Link: {link}',
  ],
  fr: [
    'Validez votre inscription\nBonjour {name},\n\nBienvenue parmi les membres de {company} ! Votre compte sera utilisable dès que vous aurez confirmé votre adresse électronique :\n\n{link}\n\nPassé 24 heures, ce lien ne fonctionnera plus.',
    "Activation de ton compte {company}\nSalut {name},\n\nton compte est presque prêt. Clique sur ce lien pour l'activer : {link}\n\nTu n'as rien demandé ? Laisse tomber ce message.",
    "Votre code : {code}\nSaisissez-le dans l'application {company} pour terminer votre inscription. Il ne sera plus valable dans 10 minutes.",
    "Tu y es presque 🎉\nMerci de nous avoir rejoints ! Avant de commencer, vérifie ton adresse en un clic : {link}\n\nL'équipe {company}",
    "Action requise : confirmez votre adresse\nMadame, Monsieur,\n\nUne inscription a été effectuée sur {domain} avec l'adresse {email}. Votre compte restera inactif tant que vous n'aurez pas confirmé cette adresse.\n\nConfirmer : {link}\n\nVous disposez d'un droit d'accès, de rectification et de suppression de vos données. {company} SAS, 10 rue de l'Exemple, 75000 Paris.",
    'Votre carte de fidélité en ligne\nBonjour {name}, votre carte de fidélité {company} est créée. Activez votre compte pour cumuler des points dès votre prochain achat : {link}',
  ],
  es: [
    'Confirma tu dirección de correo electrónico\nHola {name}:\n\n¡Te damos la bienvenida a {company}! Solo falta que confirmes tu correo para que la cuenta quede activa:\n\n{link}\n\nEl enlace caduca mañana a esta misma hora.',
    'Active su cuenta de cliente\nEstimado/a {name}:\n\nGracias por registrarse en {company}. Para activar su cuenta, pulse en el siguiente enlace:\n{link}\n\nSi usted no ha solicitado el registro, puede hacer caso omiso de este mensaje.\n\nLe informamos de que sus datos personales serán tratados por {company} S.L. conforme al Reglamento (UE) 2016/679. Puede consultar nuestra política de privacidad en https://{domain}/privacidad',
    'Código de verificación de {company}: {code}\nEscríbelo en la app para terminar el registro. Dura 10 minutos.',
    '¡Ya casi eres de los nuestros! 🎉\n¡Hola {name}! Confirma tu cuenta con un toque: {link}',
    'Acción necesaria: verifica tu cuenta\nHola,\n\nSe ha creado una cuenta con la dirección {email}. Mientras no la verifiques, no podrás iniciar sesión.\n\nVerificar: {link}\n\nEl equipo de {company}',
    'Último paso: verifica tu email y empieza a reservar\nTu cuenta en {company} está creada, pero no podrás reservar pistas hasta verificar el correo. {link}',
  ],
  pt: [
    'Confirme o seu endereço de e-mail\nOlá {name},\n\nSeja bem-vindo(a) à {company}! Para concluir a criação da sua conta, confirme o seu endereço:\n\n{link}\n\nA ligação é válida durante 24 horas.',
    'Ative sua conta\nOi {name}!\n\nSua conta na {company} foi criada. Pra ativar, é só clicar aqui: {link}\n\nNão foi você? Desconsidere este e-mail.',
    '{code} é o seu código {company}\nUse o código {code} para verificar o seu e-mail. Deixa de funcionar dentro de 10 minutos.',
    'Falta só um passo 🎉\nOlá {name}, confirme seu cadastro e comece a usar a {company}: {link}',
    'Ação necessária: valide o seu registo\nExmo.(a) Senhor(a),\n\nFoi efetuado um registo em {domain} com o endereço {email}. A conta permanecerá inativa até que o endereço seja validado.\n\nValidar registo: {link}\n\n{company}, S.A. · Sede: Porto · Capital social 50 000 € · Os seus dados são tratados nos termos do RGPD.',
    '{company} – confirmação de registo\nO seu registo na área de cliente foi recebido. Para o concluir, valide o e-mail no prazo de 7 dias: {link}\nSe não reconhece este registo, pode apagar esta mensagem.',
  ],
  it: [
    "Conferma il tuo indirizzo email\nCiao {name},\n\nbenvenuto in {company}! Manca solo la conferma dell'indirizzo per completare il tuo account:\n\n{link}\n\nIl link scade tra 24 ore.",
    "Attivazione del suo account\nGentile {name},\n\nla ringraziamo per la registrazione sul sito {company}. Per attivare l'account clicchi sul collegamento seguente:\n{link}\n\nSe non ha effettuato lei la registrazione, non tenga conto di questo messaggio.\n\n{company} S.r.l. – P.IVA 00000000000 – Informativa privacy: https://{domain}/privacy",
    "Il tuo codice di verifica è {code}\nInseriscilo nell'app {company}: vale per 10 minuti.",
    'Benvenuto a bordo! 🎉\nCiao {name}, ci manca solo un clic: {link}',
    "Azione richiesta: verifica il tuo account\nBuongiorno,\n\nè stato creato un account con l'indirizzo {email}. Finché l'indirizzo non sarà verificato non sarà possibile accedere.\n\nVerifica ora: {link}\n\nIl team {company}",
    'Ti sei registrato a {company}?\nQualcuno ha aperto un account con questo indirizzo. Se sei tu, confermalo con un tocco: {link}. Altrimenti non serve fare niente.',
  ],
  nl: [
    'Bevestig je e-mailadres\nHoi {name},\n\nWelkom bij {company}! Bevestig je e-mailadres om je account af te ronden:\n\n{link}\n\nDeze link is een etmaal geldig.',
    'Activeer uw account\nBeste {name},\n\nBedankt voor uw registratie bij {company}. Klik op onderstaande link om uw account te activeren:\n{link}\n\nHeeft u zich niet aangemeld? Dan kunt u deze e-mail als niet verzonden beschouwen.\n\n{company} B.V. | KvK 00000000 | BTW NL000000000B01',
    'Je verificatiecode: {code}\nVul {code} in in de {company}-app. Na 10 minuten werkt hij niet meer.',
    'Welkom bij {company} 🎉\nHey {name}, nog één klik en je bent binnen: {link}',
    'Actie vereist: verifieer je account\nHallo,\n\nEr is een account aangemaakt met het adres {email}. Tot je het adres verifieert, kun je niet inloggen.\n\nVerifiëren: {link}\n\nTeam {company}',
    '{company}\nIs dit jouw e-mailadres? Laat het ons weten: {link}',
  ],
}
