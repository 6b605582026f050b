// Zen Cart: the create-account welcome mail ("Welcome to <store>"), with the store's legal
// disclaimer on why the address received it. Source: Zen Cart includes/languages/english/
// create_account.php (EMAIL_SUBJECT, EMAIL_WELCOME, EMAIL_TEXT) and email_extras.php
// (EMAIL_DISCLAIMER); other languages after the community language packs where known,
// otherwise a store's own.
import type { Product } from '../product.ts'

export const ZENCART: Product = {
  product: 'Zen Cart',
  family: 'verification',
  source:
    'Zen Cart create_account.php EMAIL_SUBJECT / EMAIL_WELCOME and email_extras.php EMAIL_DISCLAIMER',
  hosted: (c) => `store@${c.slug}.zencart-hosting.com`,
  ownLocal: 'sales',
  texts: {
    en: {
      subject: 'Welcome to {company}',
      body: 'Dear {name},\n\nWe wish to welcome you to {company}.\n\nYou can now take part in the various services we have to offer you. Some of these services include: permanent cart, order history, address book.\n\nFor help with any of our online services, please email the store-owner: sales@{site}\n\nThis email address was given to us by you or by one of our customers. If you did not signup for an account, or feel that you have received this email in error, please send an email to sales@{site}',
    },
    de: {
      subject: 'Willkommen bei {company}',
      body: 'Hallo {name},\n\nwir heißen Sie herzlich willkommen bei {company}.\n\nSie können jetzt unsere Services nutzen, unter anderem: permanenter Warenkorb, Bestellhistorie, Adressbuch.\n\nBei Fragen schreiben Sie bitte an: sales@{site}\n\nDiese E-Mail-Adresse wurde uns von Ihnen oder einem unserer Kunden genannt. Wenn Sie sich nicht registriert haben oder diese E-Mail irrtümlich erhalten haben, schreiben Sie bitte an sales@{site}',
    },
    fr: {
      subject: 'Bienvenue chez {company}',
      body: "Cher/Chère {name},\n\nNous vous souhaitons la bienvenue chez {company}.\n\nVous pouvez désormais profiter de nos services : panier permanent, historique des commandes, carnet d'adresses.\n\nPour toute aide, écrivez au gérant de la boutique : sales@{site}\n\nCette adresse nous a été communiquée par vous ou par l'un de nos clients. Si vous n'avez pas créé de compte ou pensez avoir reçu ce message par erreur, écrivez à sales@{site}",
    },
    es: {
      subject: 'Bienvenido a {company}',
      body: 'Estimado/a {name}:\n\nLe damos la bienvenida a {company}.\n\nYa puede usar nuestros servicios: carrito permanente, historial de pedidos, libreta de direcciones.\n\nPara cualquier ayuda, escriba al propietario de la tienda: sales@{site}\n\nEsta dirección nos la facilitó usted o uno de nuestros clientes. Si no ha creado una cuenta o cree haber recibido este correo por error, escriba a sales@{site}',
    },
    pt: {
      subject: 'Bem-vindo à {company}',
      body: 'Caro(a) {name},\n\nDamos-lhe as boas-vindas à {company}.\n\nJá pode usar os nossos serviços: carrinho permanente, histórico de encomendas, livro de endereços.\n\nPara ajuda, escreva ao dono da loja: sales@{site}\n\nEste endereço foi-nos indicado por si ou por um dos nossos clientes. Se não criou conta ou recebeu este e-mail por engano, escreva para sales@{site}',
    },
    it: {
      subject: 'Benvenuto su {company}',
      body: 'Gentile {name},\n\nti diamo il benvenuto su {company}.\n\nOra puoi usare i nostri servizi: carrello permanente, storico ordini, rubrica indirizzi.\n\nPer assistenza scrivi al titolare del negozio: sales@{site}\n\nQuesto indirizzo ci è stato fornito da te o da un nostro cliente. Se non hai creato un account o pensi di aver ricevuto questa email per errore, scrivi a sales@{site}',
    },
    nl: {
      subject: 'Welkom bij {company}',
      body: 'Beste {name},\n\nWelkom bij {company}.\n\nJe kunt nu gebruikmaken van onze diensten: vaste winkelwagen, bestelgeschiedenis, adresboek.\n\nVoor hulp kun je mailen naar de winkeleigenaar: sales@{site}\n\nDit e-mailadres is aan ons doorgegeven door jou of door een van onze klanten. Heb je geen account aangemaakt of denk je dat je deze e-mail per vergissing kreeg, mail dan naar sales@{site}',
    },
  },
}
