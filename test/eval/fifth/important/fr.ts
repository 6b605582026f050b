// Courriels importants en français, d'expéditeurs inventés : paiements par carte, virements,
// alertes de sécurité, commandes, livraisons, voyages, impôts, factures, assurance, rendez-vous
// médical. Écrits pour le cinquième jeu ; tournures volontairement variées.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_FR: readonly ImportantMail[] = [
  (rng) => ({
    from: 'Banque Armorique <alertes@banque-armorique.fr>',
    subject: 'Paiement par carte de ' + amount(rng, 8, 350, 'comma') + ' €',
    body: `Un paiement a été effectué avec votre carte se terminant par ${lastDigits(rng)} chez ${rng.pick(['CARREFOUR CITY', 'SNCF CONNECT', 'FNAC RENNES', 'TOTALENERGIES'])} à ${clock(rng)}.\n\nVous ne reconnaissez pas cette opération ? Faites opposition depuis l'application.`,
  }),
  (rng, p) => ({
    from: 'Virelo <notifications@virelo.fr>',
    subject: `Vous avez reçu un virement de ${rng.pick(['Margaux L.', 'Yanis B.', 'Chloé D.'])}`,
    body: `Bonjour ${p.first}, ${amount(rng, 10, 280, 'comma')} € viennent d'arriver sur votre compte Virelo. Motif : « ${rng.pick(['resto samedi', 'cadeau Lucie', 'loyer parking'])} ».`,
  }),
  (rng) => ({
    from: 'Banque Armorique <alertes@banque-armorique.fr>',
    subject: 'Ajout d’un bénéficiaire',
    body: `Le bénéficiaire « ${rng.pick(['SCI DU MAIL', 'M. LE GALL', 'GARAGE KERNEVEL'])} » a été ajouté à votre compte à ${clock(rng)}. Si vous n'êtes pas à l'origine de cet ajout, contactez immédiatement votre conseiller.`,
  }),
  (rng) => ({
    from: 'Compte Orbiscope <securite@orbiscope.fr>',
    subject: 'Nouvelle connexion à votre compte',
    body: `Une connexion depuis ${rng.pick(['Safari sur Mac', 'un téléphone Android', 'Chrome sous Windows'])} a eu lieu à ${clock(rng)} près de ${rng.pick(['Nantes', 'Lyon', 'Brest'])}. Si ce n'était pas vous, changez votre mot de passe.`,
  }),
  () => ({
    from: 'Compte Orbiscope <securite@orbiscope.fr>',
    subject: 'Votre mot de passe a été modifié',
    body: "Le mot de passe de votre compte Orbiscope vient d'être modifié. Si vous êtes à l'origine de ce changement, vous n'avez rien à faire. Sinon, sécurisez votre compte sans attendre.",
  }),
  () => ({
    from: 'Facturio <compte@facturio.fr>',
    subject: 'Double authentification désactivée',
    body: "La validation en deux étapes de ton compte Facturio a été désactivée. Si ce n'était pas toi, réactive-la dans les paramètres et change ton mot de passe.",
  }),
  (rng) => ({
    from: 'Maison Kerlédan <commandes@maison-kerledan.fr>',
    subject: `Confirmation de votre commande n° ${ref(rng, '9999999')}`,
    body: `Merci pour votre commande !\n\n${rng.pick(['Plaid en laine, bleu', 'Théière fonte 1,2 L', 'Coussin lin, ocre'])}\nMontant réglé : ${amount(rng, 20, 260, 'comma')} € TTC\n\nVous recevrez un e-mail dès l'expédition.`,
  }),
  (rng) => ({
    from: 'Colivia <suivi@colivia.fr>',
    subject: 'Votre colis arrive aujourd’hui',
    body: `Colis ${ref(rng, 'AA999999999FR')} : livraison prévue entre ${rng.pick(['9 h et 12 h', '13 h et 16 h', '16 h et 19 h'])}. Absent ? Choisissez un point relais depuis le lien de suivi.`,
  }),
  (rng) => ({
    from: 'Air Océane <reservations@air-oceane.fr>',
    subject: `Votre réservation ${ref(rng, 'AAAAAA')} – Rennes → Marseille`,
    body: `Vol AO ${rng.int(100, 999)}, départ le ${rng.pick(['vendredi 13 novembre', 'lundi 16 novembre', 'jeudi 19 novembre'])} à ${clock(rng)}. Total payé : ${amount(rng, 79, 320, 'comma')} €. Enregistrement en ligne ouvert 24 h avant le départ.`,
  }),
  () => ({
    from: 'Espace Impôts <ne-pas-repondre@impots-espace.gouv.example>',
    subject: 'Un nouveau document est disponible dans votre espace',
    body: 'Votre avis de taxe foncière 2026 est disponible dans votre espace particulier. Connectez-vous pour le consulter. Nous ne vous demanderons jamais vos coordonnées bancaires par courriel.',
  }),
  (rng) => ({
    from: 'Télécom Horizon <facture@telecom-horizon.fr>',
    subject: 'Votre facture de novembre est disponible',
    body: `Montant : ${amount(rng, 15, 65, 'comma')} €, prélevé le ${rng.int(5, 12)} décembre. Ligne 06 •• •• ${rng.int(10, 99)} ${rng.int(10, 99)}.`,
  }),
  (rng) => ({
    from: 'Mutuelle des Îles <adherents@mutuelle-des-iles.fr>',
    subject: 'Remboursement effectué',
    body: `Nous avons remboursé ${amount(rng, 12, 180, 'comma')} € pour vos soins du ${rng.int(2, 9)} novembre. Détail dans votre espace adhérent, rubrique Remboursements.`,
  }),
  (rng, p) => ({
    from: 'Cabinet médical des Lices <rdv@cabinet-des-lices.fr>',
    subject: 'Confirmation de votre rendez-vous',
    body: `Bonjour ${p.first} ${p.last}, votre rendez-vous avec le Dr ${rng.pick(['Le Bihan', 'Moreau', 'Benali'])} est confirmé le ${rng.pick(['mardi 17 novembre', 'jeudi 19 novembre', 'lundi 23 novembre'])} à ${clock(rng)}. Pensez à votre carte Vitale.`,
  }),
]
