<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Point of sale for farmers&apos; market vendors.</source>
        <translation>Caisse pour les producteurs sur les marchés.</translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation>Utiliser la base de données FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>%1 was written by a newer Stallkeeper. Install the newer version; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Stallkeeper. Installez cette version ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
</context>
<context>
    <name>sk::ui</name>
    <message>
        <source>REFUND of receipt %1</source>
        <translation>REMBOURSEMENT du ticket %1</translation>
    </message>
    <message>
        <source>VOID of receipt %1</source>
        <translation>ANNULATION du ticket %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Incl. tax %1</source>
        <translation>Dont taxes %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Taxes %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>sk::ui::CartModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>−%1%</source>
        <translation>−%1%</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Rem.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sk::ui::CheckoutPage</name>
    <message>
        <source>Change quantity</source>
        <translation>Modifier la quantité</translation>
    </message>
    <message>
        <source>The cart that was open when Stallkeeper stopped is back.</source>
        <translation>Le panier ouvert à l’arrêt de Stallkeeper a été récupéré.</translation>
    </message>
    <message>
        <source>Search name or SKU, or scan (F2)</source>
        <translation>Chercher un nom ou une réf., ou scanner (F2)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Chercher des produits</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less (-)</source>
        <translation>Un de moins (-)</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation>Un de plus (+)</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <source>Qty
F6</source>
        <translation>Qté
F6</translation>
    </message>
    <message>
        <source>Item %
F7</source>
        <translation>% article
F7</translation>
    </message>
    <message>
        <source>Sale %
F8</source>
        <translation>% vente
F8</translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation>Retirer
Suppr</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Encaisser  (F12)</translation>
    </message>
    <message>
        <source>Park
F4</source>
        <translation>Attente
F4</translation>
    </message>
    <message>
        <source>Resume
F5</source>
        <translation>Reprendre
F5</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>Annuler
Ctrl+Z</translation>
    </message>
    <message>
        <source>Clear
F9</source>
        <translation>Vider
F9</translation>
    </message>
    <message>
        <source>Sales
F3</source>
        <translation>Ventes
F3</translation>
    </message>
    <message>
        <source>Print receipt
Ctrl+P</source>
        <translation>Imprimer le ticket
Ctrl+P</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>No receipt
next customer</source>
        <translation>Sans ticket
client suivant</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1   %2   ·  %3</source>
        <translation>%1   %2   ·  %3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Market day</source>
        <translation>Jour de marché</translation>
    </message>
    <message>
        <source>The market day could not be opened: %1</source>
        <translation>Impossible d’ouvrir le jour de marché : %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>No item has the code %1. Add it to the catalog under Inventory, or ring it up by name.</source>
        <translation>Aucun article n’a le code %1. Ajoutez-le au catalogue dans Stock, ou encaissez-le par son nom.</translation>
    </message>
    <message>
        <source>Ready for the next customer</source>
        <translation>Prêt pour le client suivant</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Sous-total %1</translation>
    </message>
    <message>
        <source>  ·  Discount −%1</source>
        <translation>  ·  Remise −%1</translation>
    </message>
    <message>
        <source>  ·  Tax %1</source>
        <translation>  ·  Taxes %1</translation>
    </message>
    <message>
        <source>Pay %1  (F12)</source>
        <translation>Encaisser %1  (F12)</translation>
    </message>
    <message>
        <source>Cannot take payment</source>
        <translation>Encaissement impossible</translation>
    </message>
    <message>
        <source>Sale not saved</source>
        <translation>Vente non enregistrée</translation>
    </message>
    <message>
        <source>The sale was not saved and nothing was charged in the till: %1</source>
        <translation>La vente n’a pas été enregistrée et rien n’a été encaissé : %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rendu %1</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Pas de monnaie à rendre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Receipt %1 · total %2 · paid by %3</source>
        <translation>Ticket %1 · total %2 · payé par %3</translation>
    </message>
    <message>
        <source>Sale %1 saved in %2 ms.</source>
        <translation>Vente %1 enregistrée en %2 ms.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>ticket-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Ticket enregistré dans %1</translation>
    </message>
    <message>
        <source>Could not save the open cart: %1</source>
        <translation>Impossible d’enregistrer le panier ouvert : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n article, %1</numerusform>
            <numerusform>%n articles, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>The cart was not parked: %1</source>
        <translation>Le panier n’a pas été mis en attente : %1</translation>
    </message>
    <message>
        <source>Parked (%1). F5 resumes it.</source>
        <translation>En attente (%1). F5 pour reprendre.</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>Aucune vente en attente.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resumed a parked sale.</source>
        <translation>Vente en attente reprise.</translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n line(s) (%1) from the cart?</source>
        <translation>
            <numerusform>Retirer %n ligne (%1) du panier ?</numerusform>
            <numerusform>Retirer les %n lignes (%1) du panier ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Cart cleared. Ctrl+Z brings it back.</source>
        <translation>Panier vidé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Modifier le poids</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation>Combien de %1 ?</translation>
    </message>
    <message>
        <source>“%1” is not a quantity.</source>
        <translation>« %1 » n’est pas une quantité.</translation>
    </message>
    <message>
        <source>Item discount</source>
        <translation>Remise sur l’article</translation>
    </message>
    <message>
        <source>Discount on %1: an amount (1.50) or a percentage (10%). Empty removes it.</source>
        <translation>Remise sur %1 : un montant (1.50) ou un pourcentage (10%). Vide pour la supprimer.</translation>
    </message>
    <message>
        <source>“%1” is not an amount or a percentage.</source>
        <translation>« %1 » n’est ni un montant ni un pourcentage.</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Remise %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Remise sur la vente</translation>
    </message>
    <message>
        <source>Discount on the whole sale: an amount (2.00) or a percentage (10%). Empty removes it.</source>
        <translation>Remise sur toute la vente : un montant (2.00) ou un pourcentage (10%). Vide pour la supprimer.</translation>
    </message>
</context>
<context>
    <name>sk::ui::LockScreen</name>
    <message>
        <source>Till locked</source>
        <translation>Caisse verrouillée</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (gérant)</translation>
    </message>
    <message>
        <source>%1 (helper)</source>
        <translation>%1 (aide)</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation>
            <numerusform>Code erroné. Verrouillé pendant %n seconde.</numerusform>
            <numerusform>Code erroné. Verrouillé pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
</context>
<context>
    <name>sk::ui::MainWindow</name>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Verrouiller la caisse (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No market day open</source>
        <translation>Aucun jour de marché ouvert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n sale(s), %1</source>
        <translation>
            <numerusform>Aujourd’hui : %n vente, %1</numerusform>
            <numerusform>Aujourd’hui : %n ventes, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketDayDialog</name>
    <message>
        <source>Open the market day</source>
        <translation>Ouvrir le jour de marché</translation>
    </message>
    <message>
        <source>Which market are you at today, and how much cash is in the drawer to start with?</source>
        <translation>Sur quel marché êtes-vous aujourd’hui, et combien d’espèces y a-t-il dans le tiroir au départ ?</translation>
    </message>
    <message>
        <source>e.g. Riverside Saturday Market</source>
        <translation>ex. Marché du samedi des quais</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Marché :</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Fond de caisse :</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Commencer à vendre</translation>
    </message>
    <message>
        <source>Type the market&apos;s name.</source>
        <translation>Saisissez le nom du marché.</translation>
    </message>
    <message>
        <source>The opening float must be an amount like 50.00.</source>
        <translation>Le fond de caisse doit être un montant comme 50.00.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
</context>
<context>
    <name>sk::ui::RefundDialog</name>
    <message>
        <source>Refund from receipt %1</source>
        <translation>Remboursement du ticket %1</translation>
    </message>
    <message>
        <source>Tick what comes back (Space) and set how much.</source>
        <translation>Cochez ce qui est rendu (Espace) et indiquez la quantité.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>e.g. bruised, customer changed mind</source>
        <translation>ex. abîmé, le client a changé d’avis</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Original tenders</source>
        <translation>Moyens de paiement d’origine</translation>
    </message>
    <message>
        <source>&amp;Pay back by:</source>
        <translation>&amp;Rembourser par :</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Tick at least one item to give back.</source>
        <translation>Cochez au moins un article à rembourser.</translation>
    </message>
    <message>
        <source>Give back a quantity above zero.</source>
        <translation>Indiquez une quantité supérieure à zéro.</translation>
    </message>
    <message>
        <source>Say why (it goes on the refund receipt and the day&apos;s report).</source>
        <translation>Indiquez le motif (il figure sur le ticket de remboursement et le rapport du jour).</translation>
    </message>
</context>
<context>
    <name>sk::ui::ResumeDialog</name>
    <message>
        <source>Resume a parked sale</source>
        <translation>Reprendre une vente en attente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesDialog</name>
    <message>
        <source>Today&apos;s sales</source>
        <translation>Ventes du jour</translation>
    </message>
    <message>
        <source>Void sale (V)</source>
        <translation>Annuler la vente (V)</translation>
    </message>
    <message>
        <source>Refund items (R)</source>
        <translation>Rembourser des articles (R)</translation>
    </message>
    <message>
        <source>Print (P)</source>
        <translation>Imprimer (P)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 taken</source>
        <translation>
            <numerusform>%n vente, %1 encaissés</numerusform>
            <numerusform>%n ventes, %1 encaissés</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Réservé au gérant</translation>
    </message>
    <message>
        <source>Only an owner can void a sale or give a refund. Ask the owner to unlock the till with their PIN.</source>
        <translation>Seul un gérant peut annuler une vente ou rembourser. Demandez au gérant de déverrouiller la caisse avec son code.</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Why is this sale void? (The whole sale is reversed.)</source>
        <translation>Pourquoi annuler cette vente ? (Toute la vente est contrepassée.)</translation>
    </message>
    <message>
        <source>A void needs a reason.</source>
        <translation>Une annulation demande un motif.</translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation>La vente n’a pas été annulée : %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>No refund was made: %1</source>
        <translation>Aucun remboursement effectué : %1</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>ticket-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le ticket</translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesListModel</name>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>sk::ui::SettingsPage</name>
    <message>
        <source>Receipts</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation>Imprimer un ticket après chaque vente</translation>
    </message>
    <message>
        <source>Stall name:</source>
        <translation>Nom du stand :</translation>
    </message>
    <message>
        <source>Receipt footer:</source>
        <translation>Pied de ticket :</translation>
    </message>
    <message>
        <source>PIN lock</source>
        <translation>Verrouillage par code</translation>
    </message>
    <message>
        <source>With at least one user the till starts locked. Owners can do everything; helpers can only sell (no refunds, voids, reports, stock or settings).</source>
        <translation>Dès qu’il y a un utilisateur, la caisse démarre verrouillée. Les gérants peuvent tout faire ; les aides peuvent seulement vendre (ni remboursements, ni annulations, ni rapports, ni stock, ni réglages).</translation>
    </message>
    <message>
        <source>Add owner…</source>
        <translation>Ajouter un gérant…</translation>
    </message>
    <message>
        <source>Add helper…</source>
        <translation>Ajouter une aide…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Changer le code…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 — owner</source>
        <translation>%1 — gérant</translation>
    </message>
    <message>
        <source>%1 — helper</source>
        <translation>%1 — aide</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Ajouter un gérant</translation>
    </message>
    <message>
        <source>Add helper</source>
        <translation>Ajouter une aide</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN for %1 (4 to 8 digits):</source>
        <translation>Code de %1 (4 à 8 chiffres) :</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Le même code à nouveau :</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Les deux codes diffèrent ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Add an owner first, so the owner can always unlock the till.</source>
        <translation>Ajoutez d’abord un gérant, pour qu’il puisse toujours déverrouiller la caisse.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Retirer l’utilisateur</translation>
    </message>
    <message>
        <source>Remove %1 from the PIN lock?</source>
        <translation>Retirer %1 du verrouillage par code ?</translation>
    </message>
    <message>
        <source>New PIN for %1:</source>
        <translation>Nouveau code de %1 :</translation>
    </message>
</context>
<context>
    <name>sk::ui::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Montant remis</translation>
    </message>
    <message>
        <source>Remove last (Del)</source>
        <translation>Retirer le dernier (Suppr)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Back to cart (Esc)</source>
        <translation>Retour au panier (Échap)</translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2. It can pay %3 of this sale; %4 is left to pay by another tender. Press the %1 button again to take %3.</source>
        <translation>%1 ne peut pas payer %2. Il peut payer %3 de cette vente ; il reste %4 à payer par un autre moyen. Appuyez de nouveau sur le bouton %1 pour encaisser %3.</translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2; %3 is left to pay by another tender.</source>
        <translation>%1 ne peut pas payer %2 ; il reste %3 à payer par un autre moyen.</translation>
    </message>
    <message>
        <source>%1 gives no change: it can pay at most %2.</source>
        <translation>%1 ne rend pas la monnaie : il peut payer au plus %2.</translation>
    </message>
    <message>
        <source>Exact cash
%1</source>
        <translation>Espèces exactes
%1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>À payer %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>Il ne reste rien à payer.</translation>
    </message>
    <message>
        <source>%1 cannot pay less than one token of %2.</source>
        <translation>%1 ne peut pas payer moins d’un jeton de %2.</translation>
    </message>
    <message>
        <source>%1 come in whole tokens of %2.</source>
        <translation>%1 : uniquement des jetons entiers de %2.</translation>
    </message>
</context>
<context>
    <name>sk::ui::WeightDialog</name>
    <message>
        <source>Weigh %1</source>
        <translation>Peser %1</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Poids en %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Enter the weight</source>
        <translation>Saisissez le poids</translation>
    </message>
    <message>
        <source>Not a weight</source>
        <translation>Poids invalide</translation>
    </message>
</context>
</TS>
