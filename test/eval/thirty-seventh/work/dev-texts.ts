// The developer's work mail, written for this set: CI runs, review requests and issue comments
// from the team's forge, dependency security advisories, cloud billing receipts (important),
// mailing-list replies and the sign-in codes they ask for themselves (own). Commit messages,
// job and package names stay English in every language, as teams write them.
import type { Lang } from '../../types.ts'

export interface DevTexts {
  ci: string
  review: string
  issue: string
  advisory: string
  receipt: string
  list: string
  code: string
  titles: string
  comments: string
  topics: string
}

export const COMMITS =
  'fix flaky retry test | bump deps | refactor auth middleware | add pagination to /orders | revert "enable http2" | wip: cache warmup'
export const JOBS = 'test (node 22) | lint | build-docker | e2e (chromium)'
export const PACKAGES = 'yaml-parse-lite | fast-url-join | tarball-extract | jwt-claims'

export const DEV_TEXTS: Record<Lang, DevTexts> = {
  en: {
    ci: '[{repo}] Run failed: CI - {branch} ({sha}) :: Run #{run} of workflow "CI" failed on {branch}.\n\nCommit {sha} by {colleague}: {commit}\nFailed job: {job}\n\nView the logs: {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} requested your review on #{pr}: {title} :: {colleague} requested your review on pull request #{pr} "{title}".\n\n3 files changed, +84 -12\n\nReview it on {forge}: {link}',
    issue:
      'Re: [{repo}] {title} (Issue #{issue}) :: {colleague} commented:\n\n{comment}\n\n—\nReply to this email directly or view it on {forge}: {link}',
    advisory:
      '[{repo}] Security advisory for {pkg} ({severity}) :: A {severity} severity vulnerability was found in {pkg} below {version}, a dependency of {repo}.\n\nUpgrade to {version} or later. Details: {link}',
    receipt:
      'Your {cloud} receipt #{invoice} :: Thanks for your payment.\n\nAmount: {amount}\nPeriod: {month}\nCard ending in {last4}\nInvoice #{invoice}\n\nDownload the PDF: {link}',
    list: '[{list}] Re: {topic} :: {colleague} wrote:\n\n{comment}\n\n> On Tuesday you wrote:\n> Has anyone tried this with the new release?\n\n_______________________________________________\n{list} mailing list\n{link}',
    code: 'Your {cloud} sign-in code is {code} :: Use this code to finish signing in to the {cloud} console: {code}\n\nIt expires in 10 minutes. If you did not try to sign in, change your password.',
    titles:
      'Add retry to webhook sender | Orders API returns 500 on empty cart | Upgrade to Node 22 | Dark mode for the admin | Memory leak in the export worker',
    comments:
      'I can reproduce it on main, looks like the cache key ignores the locale. | LGTM, just one nit about naming. | Could we add a test for the empty case first? | This is fixed in 2.4.1, can you try again?',
    topics: 'Release 3.2 planning | Deprecating the v1 endpoints | Build times on ARM runners',
  },
  de: {
    ci: '[{repo}] Lauf fehlgeschlagen: CI - {branch} ({sha}) :: Lauf #{run} des Workflows „CI“ ist auf {branch} fehlgeschlagen.\n\nCommit {sha} von {colleague}: {commit}\nFehlgeschlagener Job: {job}\n\nLogs ansehen: {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} bittet um dein Review für #{pr}: {title} :: {colleague} hat dich um ein Review für Pull-Request #{pr} „{title}“ gebeten.\n\n3 Dateien geändert, +84 -12\n\nAuf {forge} ansehen: {link}',
    issue:
      'AW: [{repo}] {title} (Issue #{issue}) :: {colleague} hat kommentiert:\n\n{comment}\n\n—\nAntworte direkt auf diese E-Mail oder sieh es dir auf {forge} an: {link}',
    advisory:
      '[{repo}] Sicherheitshinweis zu {pkg} ({severity}) :: In {pkg} vor Version {version}, einer Abhängigkeit von {repo}, wurde eine Schwachstelle mit Schweregrad {severity} gefunden.\n\nAuf {version} oder neuer aktualisieren. Details: {link}',
    receipt:
      'Ihre {cloud} Quittung Nr. {invoice} :: Vielen Dank für Ihre Zahlung.\n\nBetrag: {amount}\nZeitraum: {month}\nKarte mit Endung {last4}\nRechnung Nr. {invoice}\n\nPDF herunterladen: {link}',
    list: '[{list}] Re: {topic} :: {colleague} schrieb:\n\n{comment}\n\n> Am Dienstag schriebst du:\n> Hat das schon jemand mit dem neuen Release probiert?\n\n_______________________________________________\nMailingliste {list}\n{link}',
    code: 'Ihr {cloud} Anmeldecode lautet {code} :: Mit diesem Code schließen Sie die Anmeldung in der {cloud} Konsole ab: {code}\n\nEr ist 10 Minuten gültig. Falls Sie sich nicht anmelden wollten, ändern Sie Ihr Passwort.',
    titles:
      'Retry für Webhook-Versand | Orders-API liefert 500 bei leerem Warenkorb | Update auf Node 22 | Dunkelmodus im Admin | Speicherleck im Export-Worker',
    comments:
      'Kann ich auf main reproduzieren, der Cache-Key ignoriert wohl die Sprache. | Sieht gut aus, nur eine Kleinigkeit bei der Benennung. | Können wir erst einen Test für den leeren Fall ergänzen? | Ist in 2.4.1 behoben, kannst du es nochmal versuchen?',
    topics: 'Planung Release 3.2 | Abkündigung der v1-Endpunkte | Build-Zeiten auf ARM-Runnern',
  },
  fr: {
    ci: '[{repo}] Échec de l’exécution : CI - {branch} ({sha}) :: L’exécution n°{run} du workflow « CI » a échoué sur {branch}.\n\nCommit {sha} de {colleague} : {commit}\nJob en échec : {job}\n\nVoir les logs : {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} demande ta relecture sur #{pr} : {title} :: {colleague} t’a demandé de relire la pull request n°{pr} « {title} ».\n\n3 fichiers modifiés, +84 -12\n\nRelire sur {forge} : {link}',
    issue:
      'RE: [{repo}] {title} (ticket n°{issue}) :: {colleague} a commenté :\n\n{comment}\n\n—\nRépondez directement à cet e-mail ou consultez-le sur {forge} : {link}',
    advisory:
      '[{repo}] Alerte de sécurité pour {pkg} ({severity}) :: Une vulnérabilité de gravité {severity} touche {pkg} avant la version {version}, dépendance de {repo}.\n\nMettez à jour vers {version} ou plus. Détails : {link}',
    receipt:
      'Votre reçu {cloud} n°{invoice} :: Merci pour votre paiement.\n\nMontant : {amount}\nPériode : {month}\nCarte se terminant par {last4}\nFacture n°{invoice}\n\nTélécharger le PDF : {link}',
    list: '[{list}] Re: {topic} :: {colleague} a écrit :\n\n{comment}\n\n> Mardi, tu as écrit :\n> Quelqu’un a testé avec la nouvelle version ?\n\n_______________________________________________\nListe de diffusion {list}\n{link}',
    code: 'Votre code de connexion {cloud} est {code} :: Utilisez ce code pour terminer la connexion à la console {cloud} : {code}\n\nIl expire dans 10 minutes. Si vous n’avez pas essayé de vous connecter, changez votre mot de passe.',
    titles:
      'Relance pour l’envoi des webhooks | L’API commandes renvoie 500 si panier vide | Passage à Node 22 | Mode sombre pour l’admin | Fuite mémoire dans le worker d’export',
    comments:
      'Je reproduis sur main, la clé de cache semble ignorer la langue. | Ça me va, juste un détail de nommage. | On peut d’abord ajouter un test pour le cas vide ? | Corrigé en 2.4.1, tu peux réessayer ?',
    topics: 'Planification de la 3.2 | Fin des endpoints v1 | Temps de build sur les runners ARM',
  },
  es: {
    ci: '[{repo}] Ejecución fallida: CI - {branch} ({sha}) :: La ejecución n.º {run} del flujo «CI» ha fallado en {branch}.\n\nCommit {sha} de {colleague}: {commit}\nJob fallido: {job}\n\nVer los logs: {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} te pide revisar #{pr}: {title} :: {colleague} te ha pedido revisar la pull request n.º {pr} «{title}».\n\n3 archivos modificados, +84 -12\n\nRevisar en {forge}: {link}',
    issue:
      'RE: [{repo}] {title} (incidencia n.º {issue}) :: {colleague} ha comentado:\n\n{comment}\n\n—\nResponde a este correo o míralo en {forge}: {link}',
    advisory:
      '[{repo}] Aviso de seguridad de {pkg} ({severity}) :: Se ha detectado una vulnerabilidad de gravedad {severity} en {pkg} anterior a {version}, dependencia de {repo}.\n\nActualiza a {version} o posterior. Detalles: {link}',
    receipt:
      'Tu recibo de {cloud} n.º {invoice} :: Gracias por tu pago.\n\nImporte: {amount}\nPeriodo: {month}\nTarjeta terminada en {last4}\nFactura n.º {invoice}\n\nDescargar PDF: {link}',
    list: '[{list}] Re: {topic} :: {colleague} escribió:\n\n{comment}\n\n> El martes escribiste:\n> ¿Alguien lo ha probado con la nueva versión?\n\n_______________________________________________\nLista de correo {list}\n{link}',
    code: 'Tu código de acceso a {cloud} es {code} :: Usa este código para terminar de iniciar sesión en la consola de {cloud}: {code}\n\nCaduca en 10 minutos. Si no has intentado entrar, cambia tu contraseña.',
    titles:
      'Reintentos en el envío de webhooks | La API de pedidos da 500 con carrito vacío | Actualizar a Node 22 | Modo oscuro en el admin | Fuga de memoria en el worker de exportación',
    comments:
      'Lo reproduzco en main, parece que la clave de caché ignora el idioma. | OK, solo un detalle de nombres. | ¿Añadimos antes un test para el caso vacío? | Corregido en 2.4.1, ¿puedes volver a probar?',
    topics:
      'Planificación de la 3.2 | Retirada de los endpoints v1 | Tiempos de build en runners ARM',
  },
  pt: {
    ci: '[{repo}] Execução falhou: CI - {branch} ({sha}) :: A execução n.º {run} do workflow "CI" falhou em {branch}.\n\nCommit {sha} de {colleague}: {commit}\nJob com falha: {job}\n\nVer os logs: {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} pediu a sua revisão em #{pr}: {title} :: {colleague} pediu-lhe para rever o pull request n.º {pr} "{title}".\n\n3 ficheiros alterados, +84 -12\n\nRever no {forge}: {link}',
    issue:
      'RES: [{repo}] {title} (issue n.º {issue}) :: {colleague} comentou:\n\n{comment}\n\n—\nResponda a este e-mail ou veja no {forge}: {link}',
    advisory:
      '[{repo}] Alerta de segurança para {pkg} ({severity}) :: Foi encontrada uma vulnerabilidade de gravidade {severity} em {pkg} antes da versão {version}, dependência de {repo}.\n\nAtualize para {version} ou superior. Detalhes: {link}',
    receipt:
      'O seu recibo {cloud} n.º {invoice} :: Obrigado pelo seu pagamento.\n\nValor: {amount}\nPeríodo: {month}\nCartão terminado em {last4}\nFatura n.º {invoice}\n\nDescarregar PDF: {link}',
    list: '[{list}] Re: {topic} :: {colleague} escreveu:\n\n{comment}\n\n> Na terça escreveste:\n> Alguém já testou com a nova versão?\n\n_______________________________________________\nLista de discussão {list}\n{link}',
    code: 'O seu código de acesso {cloud} é {code} :: Use este código para concluir o início de sessão na consola {cloud}: {code}\n\nExpira em 10 minutos. Se não tentou entrar, altere a sua palavra-passe.',
    titles:
      'Repetição no envio de webhooks | API de encomendas dá 500 com carrinho vazio | Atualizar para Node 22 | Modo escuro no admin | Fuga de memória no worker de exportação',
    comments:
      'Consigo reproduzir no main, a chave de cache parece ignorar o idioma. | Parece bem, só um detalhe de nomes. | Podemos primeiro juntar um teste para o caso vazio? | Corrigido na 2.4.1, podes tentar de novo?',
    topics:
      'Planeamento da 3.2 | Descontinuação dos endpoints v1 | Tempos de build nos runners ARM',
  },
  it: {
    ci: '[{repo}] Esecuzione fallita: CI - {branch} ({sha}) :: L’esecuzione n. {run} del workflow "CI" è fallita su {branch}.\n\nCommit {sha} di {colleague}: {commit}\nJob fallito: {job}\n\nVedi i log: {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} ha richiesto la tua review su #{pr}: {title} :: {colleague} ti ha chiesto di revisionare la pull request n. {pr} "{title}".\n\n3 file modificati, +84 -12\n\nRevisiona su {forge}: {link}',
    issue:
      'R: [{repo}] {title} (issue n. {issue}) :: {colleague} ha commentato:\n\n{comment}\n\n—\nRispondi a questa email o guarda su {forge}: {link}',
    advisory:
      '[{repo}] Avviso di sicurezza per {pkg} ({severity}) :: È stata trovata una vulnerabilità di gravità {severity} in {pkg} prima della versione {version}, dipendenza di {repo}.\n\nAggiorna a {version} o successiva. Dettagli: {link}',
    receipt:
      'La tua ricevuta {cloud} n. {invoice} :: Grazie per il pagamento.\n\nImporto: {amount}\nPeriodo: {month}\nCarta che termina con {last4}\nFattura n. {invoice}\n\nScarica il PDF: {link}',
    list: '[{list}] Re: {topic} :: {colleague} ha scritto:\n\n{comment}\n\n> Martedì hai scritto:\n> Qualcuno l’ha provato con la nuova release?\n\n_______________________________________________\nMailing list {list}\n{link}',
    code: 'Il tuo codice di accesso {cloud} è {code} :: Usa questo codice per completare l’accesso alla console {cloud}: {code}\n\nScade tra 10 minuti. Se non hai provato ad accedere, cambia la password.',
    titles:
      'Retry per l’invio dei webhook | L’API ordini restituisce 500 con carrello vuoto | Aggiornamento a Node 22 | Tema scuro per l’admin | Memory leak nel worker di export',
    comments:
      'Riesco a riprodurlo su main, sembra che la chiave di cache ignori la lingua. | Per me va bene, solo un dettaglio sui nomi. | Aggiungiamo prima un test per il caso vuoto? | Risolto nella 2.4.1, puoi riprovare?',
    topics:
      'Pianificazione della 3.2 | Dismissione degli endpoint v1 | Tempi di build sui runner ARM',
  },
  nl: {
    ci: '[{repo}] Run mislukt: CI - {branch} ({sha}) :: Run #{run} van workflow "CI" is mislukt op {branch}.\n\nCommit {sha} door {colleague}: {commit}\nMislukte job: {job}\n\nBekijk de logs: {link}\n\n— {ci}',
    review:
      '[{repo}] {colleague} vraagt om je review op #{pr}: {title} :: {colleague} heeft je gevraagd pull request #{pr} "{title}" te reviewen.\n\n3 bestanden gewijzigd, +84 -12\n\nReview op {forge}: {link}',
    issue:
      'Antw: [{repo}] {title} (issue #{issue}) :: {colleague} reageerde:\n\n{comment}\n\n—\nBeantwoord deze e-mail of bekijk het op {forge}: {link}',
    advisory:
      '[{repo}] Beveiligingsadvies voor {pkg} ({severity}) :: Er is een kwetsbaarheid met ernst {severity} gevonden in {pkg} vóór versie {version}, een afhankelijkheid van {repo}.\n\nUpgrade naar {version} of hoger. Details: {link}',
    receipt:
      'Je {cloud}-ontvangstbewijs #{invoice} :: Bedankt voor je betaling.\n\nBedrag: {amount}\nPeriode: {month}\nKaart eindigend op {last4}\nFactuur #{invoice}\n\nPDF downloaden: {link}',
    list: '[{list}] Re: {topic} :: {colleague} schreef:\n\n{comment}\n\n> Dinsdag schreef je:\n> Heeft iemand dit al met de nieuwe release geprobeerd?\n\n_______________________________________________\nMailinglijst {list}\n{link}',
    code: 'Je {cloud}-inlogcode is {code} :: Gebruik deze code om het inloggen op de {cloud}-console af te ronden: {code}\n\nDe code verloopt na 10 minuten. Probeerde je niet in te loggen? Wijzig dan je wachtwoord.',
    titles:
      'Retry bij het versturen van webhooks | Orders-API geeft 500 bij lege winkelwagen | Upgrade naar Node 22 | Donkere modus in de admin | Geheugenlek in de exportworker',
    comments:
      'Ik kan het op main reproduceren, de cachesleutel negeert blijkbaar de taal. | Ziet er goed uit, alleen een detail in de naamgeving. | Kunnen we eerst een test voor het lege geval toevoegen? | Opgelost in 2.4.1, kun je het nog eens proberen?',
    topics: 'Planning release 3.2 | Uitfaseren van de v1-endpoints | Buildtijden op ARM-runners',
  },
}
