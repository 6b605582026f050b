// The mail of bursts the person causes, written for this set: the agent's own helpdesk answering
// the test requests they send through their company's web form; the sign-up mail of the SaaS
// tools the shop owner tries in one afternoon; the developer's new accounts and API keys.
import type { Lang } from '../../types.ts'

export interface BurstTexts {
  ack: string
  tests: string
  shopVerify: string
  shopWelcome: string
  shopTrial: string
  devVerify: string
  devWelcome: string
  devKey: string
}

export const BURST_TEXTS: Record<Lang, BurstTexts> = {
  en: {
    ack: '[{company}] Request received: {tsubject} :: Hello {first},\n\nthank you for contacting {company} Support. Your request #{ticket} has been received and we will answer as soon as possible.\n\n{company} Support',
    tests:
      'Test | test form please ignore | Test 2 - with attachment | Testing the new autoresponder | ignore: checking SLA timer',
    shopVerify:
      '{tool}: please verify your email address :: Hi {first},\n\nthanks for signing up for {tool}! Verify your email to finish setting up your account:\n{link}\n\nThe {tool} team',
    shopWelcome:
      'Welcome to {tool}, {first}! 🎉 :: You are all set. Three things to do first: connect your shop, import your products, invite your team.\n\nGet started: {link}',
    shopTrial:
      'Your 14-day {tool} trial has started :: Your trial runs until {date}. No card needed until then.\n\nManage your plan: {link}',
    devVerify:
      'Your {svc} verification code: {code} :: Enter {code} to verify your email address and activate your {svc} account. The code expires in 15 minutes.',
    devWelcome:
      'Welcome to {svc} - make your first API call :: Hi {first},\n\nyour account is ready. The quickstart takes five minutes: {link}',
    devKey:
      '{svc}: new API key created :: A new API key named "{key}" was created for your account on {date}.\n\nIf you did not create it, revoke it now: {link}',
  },
  de: {
    ack: '[{company}] Anfrage erhalten: {tsubject} :: Hallo {first},\n\nvielen Dank für Ihre Nachricht an den {company} Support. Ihre Anfrage #{ticket} ist eingegangen, wir antworten so schnell wie möglich.\n\n{company} Support',
    tests:
      'Test | Testformular bitte ignorieren | Test 2 - mit Anhang | Test neuer Autoresponder | ignorieren: SLA-Timer prüfen',
    shopVerify:
      '{tool}: Bitte bestätige deine E-Mail-Adresse :: Hallo {first},\n\ndanke für deine Anmeldung bei {tool}! Bestätige deine E-Mail, um dein Konto fertig einzurichten:\n{link}\n\nDein {tool} Team',
    shopWelcome:
      'Willkommen bei {tool}, {first}! 🎉 :: Alles bereit. Drei erste Schritte: Shop verbinden, Produkte importieren, Team einladen.\n\nLos geht’s: {link}',
    shopTrial:
      'Deine 14-tägige {tool} Testphase hat begonnen :: Die Testphase läuft bis {date}. Bis dahin brauchst du keine Karte.\n\nTarif verwalten: {link}',
    devVerify:
      'Ihr {svc} Bestätigungscode: {code} :: Geben Sie {code} ein, um Ihre E-Mail-Adresse zu bestätigen und Ihr {svc} Konto zu aktivieren. Der Code ist 15 Minuten gültig.',
    devWelcome:
      'Willkommen bei {svc} - Ihr erster API-Aufruf :: Hallo {first},\n\nIhr Konto ist bereit. Der Schnellstart dauert fünf Minuten: {link}',
    devKey:
      '{svc}: Neuer API-Schlüssel erstellt :: Für Ihr Konto wurde am {date} ein neuer API-Schlüssel „{key}“ erstellt.\n\nWenn Sie das nicht waren, widerrufen Sie ihn sofort: {link}',
  },
  fr: {
    ack: '[{company}] Demande reçue : {tsubject} :: Bonjour {first},\n\nmerci d’avoir contacté le support {company}. Votre demande n°{ticket} a bien été reçue, nous répondrons dès que possible.\n\nSupport {company}',
    tests:
      'Test | formulaire de test merci d’ignorer | Test 2 - avec pièce jointe | Test du nouveau répondeur | à ignorer : vérif minuteur SLA',
    shopVerify:
      '{tool} : merci de vérifier votre adresse e-mail :: Bonjour {first},\n\nmerci pour votre inscription à {tool} ! Vérifiez votre e-mail pour finaliser votre compte :\n{link}\n\nL’équipe {tool}',
    shopWelcome:
      'Bienvenue sur {tool}, {first} ! 🎉 :: Tout est prêt. Trois premières étapes : connecter votre boutique, importer vos produits, inviter votre équipe.\n\nC’est parti : {link}',
    shopTrial:
      'Votre essai {tool} de 14 jours a commencé :: L’essai dure jusqu’au {date}. Aucune carte n’est demandée d’ici là.\n\nGérer votre formule : {link}',
    devVerify:
      'Votre code de vérification {svc} : {code} :: Saisissez {code} pour vérifier votre adresse e-mail et activer votre compte {svc}. Le code expire dans 15 minutes.',
    devWelcome:
      'Bienvenue sur {svc} - votre premier appel d’API :: Bonjour {first},\n\nvotre compte est prêt. Le guide de démarrage prend cinq minutes : {link}',
    devKey:
      '{svc} : nouvelle clé d’API créée :: Une nouvelle clé d’API nommée « {key} » a été créée pour votre compte le {date}.\n\nSi ce n’est pas vous, révoquez-la maintenant : {link}',
  },
  es: {
    ack: '[{company}] Solicitud recibida: {tsubject} :: Hola {first}:\n\ngracias por contactar con el soporte de {company}. Hemos recibido tu solicitud n.º {ticket} y responderemos lo antes posible.\n\nSoporte {company}',
    tests:
      'Prueba | formulario de prueba ignorar | Prueba 2 - con adjunto | Probando la nueva respuesta automática | ignorar: comprobar temporizador SLA',
    shopVerify:
      '{tool}: verifica tu correo electrónico :: Hola {first}:\n\n¡gracias por registrarte en {tool}! Verifica tu correo para terminar de configurar tu cuenta:\n{link}\n\nEl equipo de {tool}',
    shopWelcome:
      '¡Bienvenido a {tool}, {first}! 🎉 :: Todo listo. Tres primeros pasos: conectar tu tienda, importar productos, invitar a tu equipo.\n\nEmpieza aquí: {link}',
    shopTrial:
      'Ha comenzado tu prueba de 14 días de {tool} :: La prueba dura hasta el {date}. No necesitas tarjeta hasta entonces.\n\nGestionar tu plan: {link}',
    devVerify:
      'Tu código de verificación de {svc}: {code} :: Introduce {code} para verificar tu correo y activar tu cuenta de {svc}. El código caduca en 15 minutos.',
    devWelcome:
      'Bienvenido a {svc}: haz tu primera llamada a la API :: Hola {first}:\n\ntu cuenta está lista. La guía rápida lleva cinco minutos: {link}',
    devKey:
      '{svc}: nueva clave de API creada :: Se ha creado una nueva clave de API llamada «{key}» en tu cuenta el {date}.\n\nSi no has sido tú, revócala ahora: {link}',
  },
  pt: {
    ack: '[{company}] Pedido recebido: {tsubject} :: Olá {first},\n\nobrigado por contactar o suporte {company}. O seu pedido n.º {ticket} foi recebido e responderemos o mais depressa possível.\n\nSuporte {company}',
    tests:
      'Teste | formulário de teste ignorar | Teste 2 - com anexo | A testar a nova resposta automática | ignorar: verificar temporizador SLA',
    shopVerify:
      '{tool}: confirme o seu endereço de e-mail :: Olá {first},\n\nobrigado por se registar no {tool}! Confirme o seu e-mail para concluir a configuração da conta:\n{link}\n\nEquipa {tool}',
    shopWelcome:
      'Bem-vindo ao {tool}, {first}! 🎉 :: Está tudo pronto. Três primeiros passos: ligar a loja, importar produtos, convidar a equipa.\n\nComeçar: {link}',
    shopTrial:
      'O seu teste de 14 dias do {tool} começou :: O teste decorre até {date}. Não precisa de cartão até lá.\n\nGerir o plano: {link}',
    devVerify:
      'O seu código de verificação {svc}: {code} :: Introduza {code} para verificar o seu e-mail e ativar a conta {svc}. O código expira em 15 minutos.',
    devWelcome:
      'Bem-vindo ao {svc} - faça a primeira chamada à API :: Olá {first},\n\na sua conta está pronta. O guia rápido demora cinco minutos: {link}',
    devKey:
      '{svc}: nova chave de API criada :: Foi criada uma nova chave de API chamada "{key}" na sua conta em {date}.\n\nSe não foi você, revogue-a já: {link}',
  },
  it: {
    ack: '[{company}] Richiesta ricevuta: {tsubject} :: Ciao {first},\n\ngrazie per aver contattato il supporto {company}. La tua richiesta n. {ticket} è stata ricevuta e ti risponderemo al più presto.\n\nSupporto {company}',
    tests:
      'Test | modulo di prova ignorare | Test 2 - con allegato | Prova del nuovo risponditore | ignorare: verifica timer SLA',
    shopVerify:
      '{tool}: verifica il tuo indirizzo email :: Ciao {first},\n\ngrazie per esserti registrato su {tool}! Verifica la tua email per completare l’account:\n{link}\n\nIl team di {tool}',
    shopWelcome:
      'Benvenuto su {tool}, {first}! 🎉 :: È tutto pronto. Tre primi passi: collega il negozio, importa i prodotti, invita il team.\n\nInizia: {link}',
    shopTrial:
      'La tua prova di 14 giorni di {tool} è iniziata :: La prova dura fino al {date}. Nessuna carta richiesta fino ad allora.\n\nGestisci il piano: {link}',
    devVerify:
      'Il tuo codice di verifica {svc}: {code} :: Inserisci {code} per verificare la tua email e attivare l’account {svc}. Il codice scade tra 15 minuti.',
    devWelcome:
      'Benvenuto su {svc} - la tua prima chiamata API :: Ciao {first},\n\nil tuo account è pronto. La guida rapida richiede cinque minuti: {link}',
    devKey:
      '{svc}: nuova chiave API creata :: Una nuova chiave API chiamata "{key}" è stata creata sul tuo account il {date}.\n\nSe non sei stato tu, revocala subito: {link}',
  },
  nl: {
    ack: '[{company}] Verzoek ontvangen: {tsubject} :: Hallo {first},\n\nbedankt voor je bericht aan {company} Support. Je verzoek #{ticket} is ontvangen en we antwoorden zo snel mogelijk.\n\n{company} Support',
    tests:
      'Test | testformulier graag negeren | Test 2 - met bijlage | Test nieuwe autoreply | negeren: SLA-timer controleren',
    shopVerify:
      '{tool}: bevestig je e-mailadres :: Hoi {first},\n\nbedankt voor je aanmelding bij {tool}! Bevestig je e-mail om je account af te ronden:\n{link}\n\nTeam {tool}',
    shopWelcome:
      'Welkom bij {tool}, {first}! 🎉 :: Alles staat klaar. Drie eerste stappen: koppel je winkel, importeer je producten, nodig je team uit.\n\nAan de slag: {link}',
    shopTrial:
      'Je proefperiode van 14 dagen bij {tool} is begonnen :: De proef loopt tot {date}. Tot dan is geen creditcard nodig.\n\nAbonnement beheren: {link}',
    devVerify:
      'Je {svc}-verificatiecode: {code} :: Voer {code} in om je e-mailadres te bevestigen en je {svc}-account te activeren. De code verloopt na 15 minuten.',
    devWelcome:
      'Welkom bij {svc} - doe je eerste API-call :: Hoi {first},\n\nje account is klaar. De quickstart kost vijf minuten: {link}',
    devKey:
      '{svc}: nieuwe API-sleutel aangemaakt :: Er is op {date} een nieuwe API-sleutel "{key}" voor je account aangemaakt.\n\nWas jij dit niet? Trek hem dan nu in: {link}',
  },
}
