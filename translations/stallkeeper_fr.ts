<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DemoData</name>
    <message>
        <source>Strawberry jam</source>
        <translation>Confiture de fraises</translation>
    </message>
    <message>
        <source>Jams</source>
        <translation>Confitures</translation>
    </message>
    <message>
        <source>Apricot jam</source>
        <translation>Confiture d&apos;abricots</translation>
    </message>
    <message>
        <source>Blackberry jam</source>
        <translation>Confiture de mûres</translation>
    </message>
    <message>
        <source>Wildflower honey</source>
        <translation>Miel de fleurs sauvages</translation>
    </message>
    <message>
        <source>Sourdough loaf</source>
        <translation>Pain au levain</translation>
    </message>
    <message>
        <source>Bread</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Rye loaf</source>
        <translation>Pain de seigle</translation>
    </message>
    <message>
        <source>Baguette</source>
        <translation>Baguette</translation>
    </message>
    <message>
        <source>Croissant</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <source>Aged cheddar</source>
        <translation>Cheddar affiné</translation>
    </message>
    <message>
        <source>Cheese</source>
        <translation>Fromage</translation>
    </message>
    <message>
        <source>Fresh goat cheese</source>
        <translation>Chèvre frais</translation>
    </message>
    <message>
        <source>Farmhouse brie</source>
        <translation>Brie fermier</translation>
    </message>
    <message>
        <source>Heirloom tomatoes</source>
        <translation>Tomates anciennes</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Fruits et légumes</translation>
    </message>
    <message>
        <source>Potatoes</source>
        <translation>Pommes de terre</translation>
    </message>
    <message>
        <source>Carrots (bunch)</source>
        <translation>Carottes (botte)</translation>
    </message>
    <message>
        <source>Kale (bunch)</source>
        <translation>Chou kale (botte)</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Courgettes</translation>
    </message>
    <message>
        <source>Strawberries (pint)</source>
        <translation>Fraises (barquette)</translation>
    </message>
    <message>
        <source>Apples</source>
        <translation>Pommes</translation>
    </message>
    <message>
        <source>Peaches</source>
        <translation>Pêches</translation>
    </message>
    <message>
        <source>Eggs (dozen)</source>
        <translation>Œufs (douzaine)</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Œufs</translation>
    </message>
    <message>
        <source>Coffee beans 12 oz</source>
        <translation>Café en grains 12 oz</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Hot coffee</source>
        <translation>Café chaud</translation>
    </message>
    <message>
        <source>Hot cider</source>
        <translation>Cidre chaud</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Biscuit</translation>
    </message>
    <message>
        <source>Flower bouquet</source>
        <translation>Bouquet de fleurs</translation>
    </message>
    <message>
        <source>Flowers</source>
        <translation>Fleurs</translation>
    </message>
    <message>
        <source>Canvas tote bag</source>
        <translation>Sac en toile</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Coffee beans 340 g</source>
        <translation>Café en grains 340 g</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Frais du marché</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Checks on the slip:</source>
        <translation>Chèques sur le bordereau :</translation>
    </message>
    <message>
        <source>No turn-in slip from this vendor yet.</source>
        <translation>Ce vendeur n&apos;a pas encore envoyé de bordereau de remise.</translation>
    </message>
    <message>
        <source>Reimbursement statement</source>
        <translation>Relevé de remboursement</translation>
    </message>
    <message>
        <source>Market: %1</source>
        <translation>Marché : %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Vendeur : %1</translation>
    </message>
    <message>
        <source>Market day: %1 · Status: %2</source>
        <translation>Jour de marché : %1 · Statut : %2</translation>
    </message>
    <message>
        <source>Amount owed: %1</source>
        <translation>Montant dû : %1</translation>
    </message>
    <message>
        <source>Tokens %1, less market fees %2.</source>
        <translation>Jetons %1, moins les frais du marché %2.</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>impossible d&apos;écrire le PDF dans %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point of sale for farmers&apos; market vendors.</source>
        <translation>Caisse pour les producteurs sur les marchés.</translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation>Utiliser le fichier de base de données FILE.</translation>
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
    <message>
        <source>%1 is empty. Delete it to start a new database, or start Stallkeeper with --db and another file. It was not changed.</source>
        <translation>%1 est vide. Supprimez-le pour commencer une nouvelle base de données, ou lancez Stallkeeper avec --db et un autre fichier. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Stallkeeper database (%2). Start Stallkeeper with --db and the right file. It was not changed.</source>
        <translation>%1 n’est pas une base de données Stallkeeper (%2). Lancez Stallkeeper avec --db et le bon fichier. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 asks to restore the backup.</source>
        <translation>%1 demande de restaurer la sauvegarde.</translation>
    </message>
    <message>
        <source>There is no folder %1 for %2. Check the path, or plug in the disk it is on. Nothing was made.</source>
        <translation>Le dossier %1 n’existe pas pour %2. Vérifiez le chemin, ou branchez le disque où il se trouve. Rien n’a été créé.</translation>
    </message>
</context>
<context>
    <name>sk::hw::CustomerView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>RENDU</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>A PAYER</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>MERCI !</translation>
    </message>
</context>
<context>
    <name>sk::hw::DeviceProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>%1 is not a device: write its whole path, e.g. /dev/ttyUSB0</source>
        <translation>%1 n&apos;est pas un appareil : écrivez son chemin complet, p. ex. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>%1 is not a serial port</source>
        <translation>%1 n&apos;est pas un port série</translation>
    </message>
    <message>
        <source>%1: write the port, e.g. /dev/ttyUSB1</source>
        <translation>%1 : écrivez le port, p. ex. /dev/ttyUSB1</translation>
    </message>
</context>
<context>
    <name>sk::hw::HidScale</name>
    <message>
        <source>The scale on %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la balance sur %1 : %2</translation>
    </message>
    <message>
        <source>The scale on %1 stopped: %2</source>
        <translation>La balance sur %1 s’est arrêtée : %2</translation>
    </message>
    <message>
        <source>it was unplugged</source>
        <translation>elle a été débranchée</translation>
    </message>
    <message>
        <source>The scale on %1 sent something unreadable (%2).</source>
        <translation>La balance sur %1 a envoyé quelque chose d’illisible (%2).</translation>
    </message>
</context>
<context>
    <name>sk::hw::PoleDisplay</name>
    <message>
        <source>The customer display on %1 stopped: %2</source>
        <translation>L’afficheur client sur %1 s’est arrêté : %2</translation>
    </message>
    <message>
        <source>%1: write the display&apos;s port, e.g. /dev/ttyUSB1</source>
        <translation>%1 : indiquez le port de l’afficheur, p. ex. /dev/ttyUSB1</translation>
    </message>
    <message>
        <source>The customer display on %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir l’afficheur client sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>sk::hw::PrinterTransport</name>
    <message>
        <source>The printer did not answer in %1 s.</source>
        <translation>L’imprimante n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The printer closed the connection before the receipt was sent.</source>
        <translation>L’imprimante a fermé la connexion avant d’avoir reçu tout le ticket.</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Imprimante %1 : %2</translation>
    </message>
</context>
<context>
    <name>sk::hw::ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the drawer opens through it.</source>
        <translation>Aucune imprimante de tickets n’est configurée : c’est elle qui ouvre le tiroir.</translation>
    </message>
</context>
<context>
    <name>sk::hw::SerialScale</name>
    <message>
        <source>The scale on %1 does not answer. Check its cable, that it is on, and its protocol and speed.</source>
        <translation>La balance sur %1 ne répond pas. Vérifiez le câble, qu’elle est allumée, ainsi que son protocole et sa vitesse.</translation>
    </message>
    <message>
        <source>The scale on %1 stopped: %2</source>
        <translation>La balance sur %1 s’est arrêtée : %2</translation>
    </message>
    <message>
        <source>The scale on %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la balance sur %1 : %2</translation>
    </message>
    <message>
        <source>The scale on %1 sent something unreadable (%2). Check its protocol setting.</source>
        <translation>La balance sur %1 a envoyé des données illisibles (%2). Vérifiez le protocole choisi.</translation>
    </message>
</context>
<context>
    <name>sk::hw::escpos</name>
    <message>
        <source>Stallkeeper test print</source>
        <translation>Impression test de Stallkeeper</translation>
    </message>
    <message>
        <source>%1 mm paper, %2 characters a line</source>
        <translation>Papier de %1 mm, %2 caractères par ligne</translation>
    </message>
    <message>
        <source>The QR code below reads &quot;stallkeeper&quot;.</source>
        <translation>Le code QR ci-dessous indique « stallkeeper ».</translation>
    </message>
</context>
<context>
    <name>sk::reports</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>One row per sale, refund or void.</source>
        <translation>Une ligne par vente, remboursement ou annulation.</translation>
    </message>
    <message>
        <source>Sale lines</source>
        <translation>Lignes de vente</translation>
    </message>
    <message>
        <source>One row per line of every sale, refund or void.</source>
        <translation>Une ligne par ligne de chaque vente, remboursement ou annulation.</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Ventes par article</translation>
    </message>
    <message>
        <source>One row per product, best seller first.</source>
        <translation>Une ligne par produit, meilleure vente en tête.</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventes par catégorie</translation>
    </message>
    <message>
        <source>One row per product category.</source>
        <translation>Une ligne par catégorie de produit.</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Ventes par jour</translation>
    </message>
    <message>
        <source>One row per business date.</source>
        <translation>Une ligne par date d’activité.</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>Ventes par heure de la journée</translation>
    </message>
    <message>
        <source>One row per hour of the day (local time).</source>
        <translation>Une ligne par heure de la journée (heure locale).</translation>
    </message>
    <message>
        <source>Sales by weekday</source>
        <translation>Ventes par jour de la semaine</translation>
    </message>
    <message>
        <source>One row per day of the week (1 = Monday).</source>
        <translation>Une ligne par jour de la semaine (1 = lundi).</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Ventes par marché</translation>
    </message>
    <message>
        <source>One row per market.</source>
        <translation>Une ligne par marché.</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Ventes par moyen de paiement</translation>
    </message>
    <message>
        <source>One row per way of paying.</source>
        <translation>Une ligne par moyen de paiement.</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>Récapitulatif des taxes</translation>
    </message>
    <message>
        <source>Taxable base and tax per tax category and rate.</source>
        <translation>Base imposable et taxe par catégorie et taux.</translation>
    </message>
    <message>
        <source>SNAP, token and voucher reimbursement</source>
        <translation>Remboursement SNAP, jetons et bons</translation>
    </message>
    <message>
        <source>One row per market day and restricted tender: what to claim back.</source>
        <translation>Une ligne par jour de marché et moyen de paiement restreint : ce qu’il faut réclamer.</translation>
    </message>
    <message>
        <source>Refunds and voids</source>
        <translation>Remboursements et annulations</translation>
    </message>
    <message>
        <source>One row per refund or void, with its reason.</source>
        <translation>Une ligne par remboursement ou annulation, avec son motif.</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>One row per discounted sale line.</source>
        <translation>Une ligne par ligne de vente remisée.</translation>
    </message>
    <message>
        <source>Stock variance</source>
        <translation>Écart de stock</translation>
    </message>
    <message>
        <source>One row per stock count: counted minus the level expected just before.</source>
        <translation>Une ligne par comptage de stock : le compté moins le niveau attendu juste avant.</translation>
    </message>
    <message>
        <source>Cash reconciliation</source>
        <translation>Rapprochement de caisse</translation>
    </message>
    <message>
        <source>One row per market day: the cash the drawer should hold, and what was counted.</source>
        <translation>Une ligne par jour de marché : les espèces que le tiroir devrait contenir, et ce qui a été compté.</translation>
    </message>
    <message>
        <source>Pick-up orders</source>
        <translation>Commandes à retirer</translation>
    </message>
    <message>
        <source>One row per market day of pick-up orders: how they ended, the fill rate and the weight handed over against the weight ordered.</source>
        <translation>Une ligne par jour de marché de commandes à retirer : leur issue, le taux de service et le poids remis comparé au poids commandé.</translation>
    </message>
    <message>
        <source>Program redemption</source>
        <translation>Remboursement par programme</translation>
    </message>
    <message>
        <source>One row per market day and program: SNAP sales, incentives issued and redeemed, transactions.</source>
        <translation>Une ligne par jour de marché et programme : ventes SNAP, incitations accordées et remboursées, transactions.</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Frais de marché</translation>
    </message>
    <message>
        <source>One row per market and fee period (a day, or a week when paid weekly): the share of sales, the stall fee and the total due.</source>
        <translation>Une ligne par marché et période (un jour, ou une semaine si payé à la semaine) : la part des ventes, le droit de place et le total dû.</translation>
    </message>
</context>
<context>
    <name>sk::ui::AppContext</name>
    <message>
        <source>The helper</source>
        <translation>L&apos;aide</translation>
    </message>
    <message>
        <source>%1 asks to void a sale.</source>
        <translation>%1 demande d&apos;annuler une vente.</translation>
    </message>
    <message>
        <source>%1 asks to give a refund.</source>
        <translation>%1 demande de faire un remboursement.</translation>
    </message>
    <message>
        <source>%1 asks to change a price for this sale.</source>
        <translation>%1 demande de changer un prix pour cette vente.</translation>
    </message>
    <message>
        <source>%1 asks to open the cash drawer with no sale.</source>
        <translation>%1 demande d&apos;ouvrir le tiroir-caisse sans vente.</translation>
    </message>
    <message>
        <source>Only an owner can use Inventory (stock and the catalog).</source>
        <translation>Seul un gérant peut utiliser le stock (niveaux et catalogue).</translation>
    </message>
    <message>
        <source>Only an owner can do the end of day.</source>
        <translation>Seul un gérant peut faire la clôture de la journée.</translation>
    </message>
    <message>
        <source>Only an owner can see reports.</source>
        <translation>Seul un gérant peut voir les rapports.</translation>
    </message>
    <message>
        <source>Only an owner can change settings.</source>
        <translation>Seul un gérant peut modifier les réglages.</translation>
    </message>
    <message>
        <source>Only an owner can add, remove or change users.</source>
        <translation>Seul un gérant peut ajouter, retirer ou modifier des utilisateurs.</translation>
    </message>
    <message>
        <source>Only an owner can do this.</source>
        <translation>Seul un gérant peut faire cela.</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Réservé au gérant</translation>
    </message>
    <message>
        <source>Ask an owner to unlock the till with their PIN.</source>
        <translation>Demandez à un gérant de déverrouiller la caisse avec son code.</translation>
    </message>
</context>
<context>
    <name>sk::ui::BoothPage</name>
    <message>
        <source>Sell tokens</source>
        <translation>Vendre des jetons</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Turn-ins</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Type the amount, such as 20.00.</source>
        <translation>Saisissez le montant, par exemple 20.00.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Carte de débit</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Sell SNAP tokens</source>
        <translation>Vendre des jetons SNAP</translation>
    </message>
    <message>
        <source>Sell credit tokens</source>
        <translation>Vendre des jetons carte</translation>
    </message>
    <message>
        <source>Refund SNAP tokens</source>
        <translation>Rembourser des jetons SNAP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SNAP</source>
        <translation>SNAP</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Incentive match: %1</source>
        <translation>Bonus accordé : %1</translation>
    </message>
    <message>
        <source>Had today: %1 of %2</source>
        <translation>Reçu aujourd&apos;hui : %1 sur %2</translation>
    </message>
    <message>
        <source>Had this month: %1 of %2</source>
        <translation>Reçu ce mois-ci : %1 sur %2</translation>
    </message>
    <message>
        <source>Capped: the customer reached the limit.</source>
        <translation>Plafond atteint : le client a atteint la limite.</translation>
    </message>
    <message>
        <source>Refund whole SNAP tokens.</source>
        <translation>Remboursez des jetons SNAP entiers.</translation>
    </message>
    <message>
        <source>Give %1 in SNAP tokens and %2 in incentive tokens.</source>
        <translation>Remettez %1 en jetons SNAP et %2 en jetons bonus.</translation>
    </message>
    <message>
        <source>Charge %1 on the card terminal; give %2 in tokens.</source>
        <translation>Encaissez %1 sur le terminal de paiement ; remettez %2 en jetons.</translation>
    </message>
    <message>
        <source>Refund %1 to the EBT card on the terminal.</source>
        <translation>Remboursez %1 sur la carte EBT au terminal.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fabriqués</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Vendeurs</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruits</translation>
    </message>
    <message>
        <source>Bought or printed</source>
        <translation>Achetés ou imprimés</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Type how many tokens.</source>
        <translation>Saisissez le nombre de jetons.</translation>
    </message>
    <message>
        <source>Saved. Every token is accounted for.</source>
        <translation>Enregistré. Tous les jetons sont comptabilisés.</translation>
    </message>
    <message>
        <source>Tokens counted</source>
        <translation>Jetons comptés</translation>
    </message>
    <message>
        <source>Get slips from the server</source>
        <translation>Récupérer les bordereaux du serveur</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) received.</source>
        <translation>
            <numerusform>%n bordereau reçu.</numerusform>
            <numerusform>%n bordereaux reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many tokens the vendor handed in.</source>
        <translation>Saisissez le nombre de jetons remis par le vendeur.</translation>
    </message>
    <message>
        <source>No slip from this vendor yet.</source>
        <translation>Pas encore de bordereau de ce vendeur.</translation>
    </message>
    <message>
        <source>The count differs from the vendor&apos;s slip.</source>
        <translation>Le comptage diffère du bordereau du vendeur.</translation>
    </message>
    <message>
        <source>The count matches the vendor&apos;s slip.</source>
        <translation>Le comptage correspond au bordereau du vendeur.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer comme payé</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Enregistrer le relevé en PDF</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Enregistrer le relevé en CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Count a vendor&apos;s tokens first (Turn-ins).</source>
        <translation>Comptez d&apos;abord les jetons d&apos;un vendeur (Remises).</translation>
    </message>
    <message>
        <source>The vendor sees the statement after the next sync.</source>
        <translation>Le vendeur verra le relevé après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>choose a vendor first</source>
        <translation>choisissez d&apos;abord un vendeur</translation>
    </message>
    <message>
        <source>No connection to the server: the match counts only this booth&apos;s sales. Other booths are checked at the next sync.</source>
        <translation>Pas de connexion au serveur : le bonus ne compte que les ventes de ce stand. Les autres stands seront vérifiés à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Customer %1 had %2 of incentive in %3, over the cap of %4.</source>
        <translation>Le client %1 a reçu %2 de bonus sur %3, au-delà du plafond de %4.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Last 4 or program card</source>
        <translation>4 derniers chiffres ou carte programme</translation>
    </message>
</context>
<context>
    <name>sk::ui::BoothSettings</name>
    <message>
        <source>SNAP</source>
        <translation>SNAP</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Enregistrer le jeton</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Sold as:</source>
        <translation>Vendu comme :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Face value:</source>
        <translation>Valeur faciale :</translation>
    </message>
    <message>
        <source>Market fee (%):</source>
        <translation>Frais du marché (%) :</translation>
    </message>
    <message>
        <source>Incentive:</source>
        <translation>Bonus :</translation>
    </message>
    <message>
        <source>Match (%):</source>
        <translation>Abondement (%) :</translation>
    </message>
    <message>
        <source>Cap per day:</source>
        <translation>Plafond par jour :</translation>
    </message>
    <message>
        <source>Cap per month:</source>
        <translation>Plafond par mois :</translation>
    </message>
    <message>
        <source>Card fee (%):</source>
        <translation>Frais de carte (%) :</translation>
    </message>
    <message>
        <source>EBT terminal:</source>
        <translation>Terminal EBT :</translation>
    </message>
    <message>
        <source>New token kind</source>
        <translation>Nouveau type de jeton</translation>
    </message>
    <message>
        <source>Only an owner changes the booth&apos;s settings.</source>
        <translation>Seul un propriétaire modifie les réglages du stand.</translation>
    </message>
    <message>
        <source>Type the token&apos;s face value, such as 1.00.</source>
        <translation>Saisissez la valeur faciale du jeton, par exemple 1,00.</translation>
    </message>
    <message>
        <source>Type the market&apos;s fee as a percent from 0 to 100, such as 3.</source>
        <translation>Saisissez les frais du marché en pourcentage de 0 à 100, par exemple 3.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Type the match and fees as percents and the caps as amounts (0: no cap).</source>
        <translation>Saisissez l’abondement et les frais en pourcentage, et les plafonds en montants (0 : sans plafond).</translation>
    </message>
    <message>
        <source>Name the incentive, such as Double Up.</source>
        <translation>Nommez le bonus, par exemple Double Up.</translation>
    </message>
    <message>
        <source>Saved the incentive and fees.</source>
        <translation>Bonus et frais enregistrés.</translation>
    </message>
    <message>
        <source>The vendors&apos; till tender codes paid back as this token, separated by spaces (empty: the till&apos;s own SNAP or market token)</source>
        <translation>Les codes de moyen de paiement des caisses des vendeurs remboursés comme ce jeton, séparés par des espaces (vide : le jeton SNAP ou de marché propre à la caisse)</translation>
    </message>
    <message>
        <source>Booth settings</source>
        <translation>Réglages du stand de jetons</translation>
    </message>
    <message>
        <source>Till tenders:</source>
        <translation>Paiements en caisse :</translation>
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
    <message>
        <source>%1
(manual)</source>
        <translation>%1
(saisi)</translation>
    </message>
</context>
<context>
    <name>sk::ui::CashDrawerStep</name>
    <message>
        <source>Record drawer count</source>
        <translation>Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Counted at %1: %2 in cash.</source>
        <translation>Compté à %1 : %2 en espèces.</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>Pas encore compté.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Billets de %1</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation>Pièces de %1</translation>
    </message>
    <message>
        <source>Tokens and vouchers</source>
        <translation>Jetons et bons</translation>
    </message>
    <message>
        <source>%1 (pieces of %2)</source>
        <translation>%1 (unités de %2)</translation>
    </message>
    <message>
        <source>%1 (amount)</source>
        <translation>%1 (montant)</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>montant invalide</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 sur %2 attendus</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>+ Cash handed over</source>
        <translation>+ Espèces reçues</translation>
    </message>
    <message>
        <source>− Change given</source>
        <translation>− Monnaie rendue</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− Remboursements en espèces</translation>
    </message>
    <message>
        <source>− Payouts</source>
        <translation>− Sorties de caisse</translation>
    </message>
    <message>
        <source>+ Paid-ins</source>
        <translation>+ Entrées de caisse</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Drawer balances</source>
        <translation>La caisse est juste</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Excédent de %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Manque %1</translation>
    </message>
    <message>
        <source>Recorded at %1: counted %2, %3.</source>
        <translation>Enregistré à %1 : compté %2, %3.</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>caisse juste</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>excédent de %1</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>manque %1</translation>
    </message>
    <message>
        <source>%1: type an amount such as %2.</source>
        <translation>%1 : saisissez un montant, par exemple %2.</translation>
    </message>
    <message>
        <source>Expected at the count</source>
        <translation>Attendu au comptage</translation>
    </message>
    <message>
        <source>Recorded since the count</source>
        <translation>Saisi depuis le comptage</translation>
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
        <translation>Nom ou réf., ou scanner (F2)</translation>
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
        <source>Item discount</source>
        <translation>Remise sur l’article</translation>
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
        <source>Tax %1</source>
        <translation>Taxe %1</translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation>Remise −%1</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Remise sur %1</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Remise sur toute la vente</translation>
    </message>
    <message>
        <source>Sale %1 saved.</source>
        <translation>Vente %1 enregistrée.</translation>
    </message>
    <message>
        <source>Parked (%1). Resume brings it back.</source>
        <translation>Mise en attente (%1). « Reprendre » la rappelle.</translation>
    </message>
    <message>
        <source>Cart cleared. Undo brings it back.</source>
        <translation>Panier vidé. « Annuler » le rétablit.</translation>
    </message>
    <message>
        <source>Scan not taken</source>
        <translation>Scan refusé</translation>
    </message>
    <message>
        <source>That was a scan (%1), not typing: nothing was entered. Finish or close this window, then scan the item again.</source>
        <translation>C&apos;était un scan (%1), pas une saisie : rien n&apos;a été entré. Terminez ou fermez cette fenêtre, puis scannez l&apos;article à nouveau.</translation>
    </message>
    <message>
        <source>Check the quantity</source>
        <translation>Vérifiez la quantité</translation>
    </message>
    <message>
        <source>%1 × %2 comes to %3. That is more than usual (up to %4): is it right?</source>
        <translation>%1 × %2 font %3. C&apos;est plus que d&apos;habitude (jusqu&apos;à %4) : est-ce exact ?</translation>
    </message>
    <message>
        <source>Item discount on %1</source>
        <translation>Remise sur %1</translation>
    </message>
    <message>
        <source>The price change was not logged: %1</source>
        <translation>Le changement de prix n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>Prix de %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 is %2 in this sale.</source>
        <translation>%1 est à %2 dans cette vente.</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Sans vente</translation>
    </message>
    <message>
        <source>The drawer stays shut: opening it could not be logged (%1).</source>
        <translation>Le tiroir reste fermé : l&apos;ouverture n&apos;a pas pu être enregistrée (%1).</translation>
    </message>
    <message>
        <source>Drawer opened with no sale. It is listed in the end-of-day summary.</source>
        <translation>Tiroir ouvert sans vente. Cela figure dans le résumé de clôture.</translation>
    </message>
    <message>
        <source>Label not taken</source>
        <translation>Étiquette refusée</translation>
    </message>
    <message>
        <source>No item has the item code on label %1. Give the item that code as its SKU or a barcode under Inventory.</source>
        <translation>Aucun article n’a le code de l’étiquette %1. Donnez ce code à l’article comme référence ou code-barres dans Stock.</translation>
    </message>
    <message>
        <source>Label %1 did not read right. Scan it again, or weigh the item.</source>
        <translation>L’étiquette %1 a été mal lue. Scannez-la à nouveau ou pesez l’article.</translation>
    </message>
    <message>
        <source>Orders
Ctrl+O</source>
        <translation>Commandes
Ctrl+O</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Order opened: re-weigh weighed items, then take payment.</source>
        <translation>Commande ouverte : repesez les articles au poids, puis encaissez.</translation>
    </message>
    <message>
        <source>Weigh it on the scale</source>
        <translation>Pesez-le sur la balance</translation>
    </message>
    <message>
        <source>Give the customer %1 back: paid online for more than was handed over.</source>
        <translation>Rendez %1 au client : il a payé en ligne plus que ce qui lui a été remis.</translation>
    </message>
    <message>
        <source>Give back %1</source>
        <translation>Rendre %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::ClosingSummaryText</name>
    <message>
        <source>Closing summary: %1, %2</source>
        <translation>Bilan de clôture : %1, %2</translation>
    </message>
    <message>
        <source>Closed at %1.</source>
        <translation>Clôturé à %1.</translation>
    </message>
    <message>
        <source>The market day is still open.</source>
        <translation>Le jour de marché est encore ouvert.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Ventes brutes</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Remboursements (%1)</translation>
    </message>
    <message>
        <source>Voids (%1)</source>
        <translation>Annulations (%1)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>Net encaissé</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>+ Cash handed over</source>
        <translation>+ Espèces reçues</translation>
    </message>
    <message>
        <source>− Change given</source>
        <translation>− Monnaie rendue</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− Remboursements en espèces</translation>
    </message>
    <message>
        <source>− Payouts</source>
        <translation>− Sorties de caisse</translation>
    </message>
    <message>
        <source>+ Paid-ins</source>
        <translation>+ Entrées de caisse</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>%1 held: expected %2</source>
        <translation>%1 en caisse : %2 attendus</translation>
    </message>
    <message>
        <source>Payouts and paid-ins</source>
        <translation>Sorties et entrées de caisse</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>Sortie : %1</translation>
    </message>
    <message>
        <source>Paid-in: %1</source>
        <translation>Entrée : %1</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Items counted</source>
        <translation>Articles comptés</translation>
    </message>
    <message>
        <source>Stock variance</source>
        <translation>Écart de stock</translation>
    </message>
    <message>
        <source>Unrecorded (%1 items reconciled)</source>
        <translation>Non enregistré (%1 articles rapprochés)</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Meilleures ventes</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Load-out and load-in</source>
        <translation>Chargement et retour</translation>
    </message>
    <message>
        <source>Load-out + received ± adjusted − sold − wasted − load-in = unrecorded</source>
        <translation>Chargé + reçu ± ajusté − vendu − perdu − retour = non enregistré</translation>
    </message>
    <message>
        <source>Load-out</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Load-in</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Unrecorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recorded since the count</source>
        <translation>Saisi depuis le comptage</translation>
    </message>
    <message>
        <source>Cash in the drawer now</source>
        <translation>Espèces dans la caisse maintenant</translation>
    </message>
    <message>
        <source>not counted back</source>
        <translation>pas recompté au retour</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>la caisse</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>by %1, approved by %2</source>
        <translation>par %1, approuvé par %2</translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened with no sale: %n time(s)</source>
        <translation>
            <numerusform>Tiroir ouvert sans vente : %n fois</numerusform>
            <numerusform>Tiroir ouvert sans vente : %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by an owner</source>
        <translation>Approuvé par un gérant</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Changement de prix</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened %n time(s) with a sale, and %1 with no sale.</source>
        <translation>
            <numerusform>Tiroir ouvert %n fois avec une vente et %1 sans vente.</numerusform>
            <numerusform>Tiroir ouvert %n fois avec une vente et %1 sans vente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>%1 paid %2</source>
        <translation>%1 : payé %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rendu %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>À payer %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::DamageGuard</name>
    <message>
        <source>Restore the backup made %1? Sales made since then are lost unless they were synced; the damaged file is kept beside the database.</source>
        <translation>Restaurer la sauvegarde faite le %1 ? Les ventes faites depuis sont perdues, sauf celles qui ont été synchronisées ; le fichier endommagé est conservé à côté de la base de données.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Close Stallkeeper and keep the file for repair; synced sales are safe on the server.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée dans %1. Fermez Stallkeeper et gardez le fichier pour le faire réparer ; les ventes synchronisées sont en sécurité sur le serveur.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n’a pas été restaurée : %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. The damaged database was kept as %2.</source>
        <translation>La sauvegarde faite le %1 a été restaurée. La base de données endommagée a été conservée sous %2.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Nothing more is written to it, so no sale can be rung up until it is repaired.</source>
        <translation>La base de données %1 est endommagée. Plus rien n’y est écrit : aucune vente ne peut être enregistrée tant qu’elle n’est pas réparée.</translation>
    </message>
    <message>
        <source>Stallkeeper cannot open %1.</source>
        <translation>Stallkeeper ne peut pas ouvrir %1.</translation>
    </message>
    <message>
        <source>The backup could not be read to check the owner&apos;s PIN.</source>
        <translation>Impossible de lire la sauvegarde pour vérifier le PIN du propriétaire.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurer la dernière sauvegarde saine</translation>
    </message>
</context>
<context>
    <name>sk::ui::DeviceStatus</name>
    <message>
        <source>Looking for %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Non configuré.</translation>
    </message>
    <message>
        <source>Connected: %1 (in use by the till or another program).</source>
        <translation>Connecté : %1 (utilisé par la caisse ou un autre programme).</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Not reachable: %1 (%2). Check that it is on and plugged in, and the address.</source>
        <translation>Injoignable : %1 (%2). Vérifiez qu&apos;il est allumé et branché, et l&apos;adresse.</translation>
    </message>
    <message>
        <source>Not a device address: %1</source>
        <translation>Ce n&apos;est pas une adresse d&apos;appareil : %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::DiscountDialog</name>
    <message>
        <source>Before the discount: %1</source>
        <translation>Avant la remise : %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% de remise</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Sans remise</translation>
    </message>
    <message>
        <source>Enter an amount or a percentage.</source>
        <translation>Saisissez un montant ou un pourcentage.</translation>
    </message>
    <message>
        <source>A percentage is a number from 0 to 100.</source>
        <translation>Un pourcentage est un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>That is more than the %1 it is taken off.</source>
        <translation>C’est plus que les %1 sur lesquels elle s’applique.</translation>
    </message>
    <message>
        <source>Tap a percentage, or type a figure and choose % or amount.</source>
        <translation>Touchez un pourcentage, ou tapez un chiffre et choisissez % ou montant.</translation>
    </message>
    <message>
        <source>%1 off, %2 to pay</source>
        <translation>%1 de remise, %2 à payer</translation>
    </message>
    <message>
        <source>e.g. %1 or %2%</source>
        <translation>p. ex. %1 ou %2 %</translation>
    </message>
</context>
<context>
    <name>sk::ui::DisplayNames</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>SNAP/EBT</source>
        <translation>SNAP/EBT</translation>
    </message>
    <message>
        <source>SNAP token</source>
        <translation>Jeton SNAP</translation>
    </message>
    <message>
        <source>Market token</source>
        <translation>Jeton du marché</translation>
    </message>
    <message>
        <source>WIC/FMNP check</source>
        <translation>Chèque WIC/FMNP</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>Bon cadeau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Exempt (raw food)</source>
        <translation>Exonéré (produits bruts)</translation>
    </message>
    <message>
        <source>Prepared food</source>
        <translation>Plats préparés</translation>
    </message>
    <message>
        <source>General merchandise</source>
        <translation>Marchandises diverses</translation>
    </message>
    <message>
        <source>each</source>
        <comment>unit of sale: sold by the piece</comment>
        <translation>pièce</translation>
    </message>
    <message>
        <source>lb</source>
        <comment>unit of sale: pound</comment>
        <translation>lb</translation>
    </message>
    <message>
        <source>kg</source>
        <comment>unit of sale: kilogram</comment>
        <translation>kg</translation>
    </message>
    <message>
        <source>oz</source>
        <comment>unit of sale: ounce</comment>
        <translation>oz</translation>
    </message>
    <message>
        <source>g</source>
        <comment>unit of sale: gram</comment>
        <translation>g</translation>
    </message>
    <message>
        <source>Produce match</source>
        <translation>Bonus fruits et légumes</translation>
    </message>
    <message>
        <source>SNAP food</source>
        <translation>Aliments SNAP</translation>
    </message>
    <message>
        <source>Fresh fruit and vegetables</source>
        <translation>Fruits et légumes frais</translation>
    </message>
    <message>
        <source>FMNP</source>
        <translation>FMNP</translation>
    </message>
    <message>
        <source>WIC cash-value benefit</source>
        <translation>Allocation en espèces WIC</translation>
    </message>
    <message>
        <source>Market tokens</source>
        <translation>Jetons du marché</translation>
    </message>
    <message>
        <source>My Stall</source>
        <translation>Mon stand</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>paid back on order %1: paid online for more than was handed over</source>
        <comment>reason of a cash payout the app records at an order&apos;s hand-over</comment>
        <translation>remboursé sur la commande %1 : payé en ligne plus que ce qui a été remis</translation>
    </message>
</context>
<context>
    <name>sk::ui::EndOfDayPage</name>
    <message>
        <source>1 · Stock count</source>
        <translation>1 · Inventaire</translation>
    </message>
    <message>
        <source>2 · Cash drawer</source>
        <translation>2 · Tiroir-caisse</translation>
    </message>
    <message>
        <source>3 · Payouts</source>
        <translation>3 · Sorties de caisse</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer for the stall (ice, a helper&apos;s lunch) or put in (change from the bank). Each needs a reason.</source>
        <translation>Espèces sorties du tiroir pour le stand (glace, repas d’une aide) ou ajoutées (monnaie de la banque). Chaque mouvement demande un motif.</translation>
    </message>
    <message>
        <source>Payout (cash out)</source>
        <translation>Sortie (retirer des espèces)</translation>
    </message>
    <message>
        <source>Paid-in (cash in)</source>
        <translation>Entrée (ajouter des espèces)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason (bought ice)</source>
        <translation>Motif (achat de glace)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close the market day</source>
        <translation>Clôturer le jour de marché</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>No market day yet. Open one from Checkout to start selling.</source>
        <translation>Aucun jour de marché pour l’instant. Ouvrez-en un depuis Caisse pour commencer à vendre.</translation>
    </message>
    <message>
        <source>End of day: %1, %2</source>
        <translation>Fin de journée : %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 is closed. Open a new market day from Checkout to sell again.</source>
        <translation>%1, %2 est clôturé. Ouvrez un nouveau jour de marché depuis Caisse pour vendre à nouveau.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Paid-in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Say what the cash was for.</source>
        <translation>Indiquez à quoi ont servi les espèces.</translation>
    </message>
    <message>
        <source>Payout of %1 recorded.</source>
        <translation>Sortie de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Paid-in of %1 recorded.</source>
        <translation>Entrée de %1 enregistrée.</translation>
    </message>
    <message>
        <source>No market day has been opened yet.</source>
        <translation>Aucun jour de marché n’a encore été ouvert.</translation>
    </message>
    <message>
        <source>The cash drawer has not been counted yet.</source>
        <translation>Le tiroir-caisse n’a pas encore été compté.</translation>
    </message>
    <message>
        <source>closing-summary-%1.pdf</source>
        <translation>bilan-cloture-%1.pdf</translation>
    </message>
    <message>
        <source>Save the closing summary</source>
        <translation>Enregistrer le bilan de clôture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Close this market day? Selling needs a new market day after this.</source>
        <translation>Clôturer ce jour de marché ? Pour vendre ensuite, il faudra un nouveau jour de marché.</translation>
    </message>
    <message>
        <source>The cash drawer has not been counted. Close this market day anyway?</source>
        <translation>Le tiroir-caisse n’a pas été compté. Clôturer quand même ce jour de marché ?</translation>
    </message>
    <message>
        <source>The market day is closed.</source>
        <translation>Le jour de marché est clôturé.</translation>
    </message>
    <message>
        <source>Type the amount, such as %1.</source>
        <translation>Saisissez le montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Payouts and paid-ins</source>
        <translation>Sorties et entrées de caisse</translation>
    </message>
    <message>
        <source>4 · Turn-in slip</source>
        <translation>4 · Bordereau de remise</translation>
    </message>
    <message>
        <source>5 · Summary and close</source>
        <translation>5 · Bilan et clôture</translation>
    </message>
</context>
<context>
    <name>sk::ui::FileSaving</name>
    <message>
        <source>That file is a database, or belongs to one; nothing was written to it. Choose a new file name, for example in your Documents folder.</source>
        <translation>Ce fichier est une base de données ou en fait partie ; rien n’y a été écrit. Choisissez un nouveau nom de fichier, par exemple dans votre dossier Documents.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written. Free some space or choose another disk.</source>
        <translation>Le disque est plein ; rien n’a été écrit. Libérez de l’espace ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>That place is read-only; nothing was written. Choose another folder or disk.</source>
        <translation>Cet emplacement est en lecture seule ; rien n’a été écrit. Choisissez un autre dossier ou un autre disque.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Le fichier n’a pas pu être lu ni écrit.</translation>
    </message>
    <message>
        <source>The database is damaged; nothing more is written to it. Restore a backup.</source>
        <translation>La base de données est endommagée ; plus rien n’y est écrit. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>That file is not a Stallkeeper database.</source>
        <translation>Ce fichier n’est pas une base de données Stallkeeper.</translation>
    </message>
</context>
<context>
    <name>sk::ui::HardwarePage</name>
    <message>
        <source>USB printer %1</source>
        <translation>Imprimante USB %1</translation>
    </message>
    <message>
        <source>USB scale %1</source>
        <translation>Balance USB %1</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>Port série %1</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression test</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>Ouvrir le tiroir</translation>
    </message>
    <message>
        <source>Owners only; listed as a &quot;no sale&quot; in the end-of-day summary</source>
        <translation>Propriétaires seulement ; noté comme « sans vente » dans le bilan de fin de journée</translation>
    </message>
    <message>
        <source>Logo on receipts…</source>
        <translation>Logo sur les tickets…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>The stall&apos;s logo</source>
        <translation>Le logo du stand</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>NCI / Weigh-Tronix</source>
        <translation>NCI / Weigh-Tronix</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>Brecknell / Avery ECR</source>
        <translation>Brecknell / Avery ECR</translation>
    </message>
    <message>
        <source>Read the scale</source>
        <translation>Lire la balance</translation>
    </message>
    <message>
        <source>Weights may be typed by hand (marked &quot;manual weight&quot; on the receipt)</source>
        <translation>Le poids peut être saisi à la main (noté « poids saisi » sur le ticket)</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Imprimante d’étiquettes</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Affichage client</translation>
    </message>
    <message>
        <source>Show the sale to the customer on the second screen</source>
        <translation>Montrer la vente au client sur le second écran</translation>
    </message>
    <message>
        <source>Pole display (2 lines of 20, CD5220):</source>
        <translation>Afficheur client (2 lignes de 20, CD5220) :</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Chercher à nouveau les appareils</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Network printer (host:9100)…</source>
        <translation>Imprimante réseau (hôte:9100)…</translation>
    </message>
    <message>
        <source>Network printer</source>
        <translation>Imprimante réseau</translation>
    </message>
    <message>
        <source>The printer&apos;s address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>L’adresse de l’imprimante, p. ex. 192.168.1.50 ou 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Write the address as 192.168.1.50 or host:9100.</source>
        <translation>Écrivez l’adresse sous la forme 192.168.1.50 ou hôte:9100.</translation>
    </message>
    <message>
        <source>Device removed.</source>
        <translation>Appareil retiré.</translation>
    </message>
    <message>
        <source>Set to %1.</source>
        <translation>Réglé sur %1.</translation>
    </message>
    <message>
        <source>Pick the receipt printer first.</source>
        <translation>Choisissez d’abord l’imprimante de tickets.</translation>
    </message>
    <message>
        <source>The test page went to %1: check the accents and the QR code.</source>
        <translation>La page de test est partie vers %1 : vérifiez les accents et le code QR.</translation>
    </message>
    <message>
        <source>The drawer stays shut: opening it could not be logged (%1).</source>
        <translation>Le tiroir reste fermé : l’ouverture n’a pas pu être enregistrée (%1).</translation>
    </message>
    <message>
        <source>Drawer opened. It is listed in the end-of-day summary.</source>
        <translation>Tiroir ouvert. C’est noté dans le bilan de fin de journée.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Le tiroir ne s’est pas ouvert : %1</translation>
    </message>
    <message>
        <source>Pick the scale first.</source>
        <translation>Choisissez d’abord la balance.</translation>
    </message>
    <message>
        <source>%1, settling…</source>
        <translation>%1, en cours de stabilisation…</translation>
    </message>
    <message>
        <source>Steady: %1</source>
        <translation>Stable : %1</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Lecture de la balance…</translation>
    </message>
    <message>
        <source>%1 is not a picture Stallkeeper can read (PNG, JPEG, BMP or GIF).</source>
        <translation>%1 n’est pas une image que Stallkeeper sait lire (PNG, JPEG, BMP ou GIF).</translation>
    </message>
    <message>
        <source>The logo prints above every receipt (%1 × %2 dots).</source>
        <translation>Le logo s’imprime en haut de chaque ticket (%1 × %2 points).</translation>
    </message>
    <message>
        <source>Test label</source>
        <translation>Étiquette de test</translation>
    </message>
    <message>
        <source>Test the pole display</source>
        <translation>Tester l&apos;afficheur</translation>
    </message>
    <message>
        <source>Other device (type its path)…</source>
        <translation>Autre appareil (taper son chemin)…</translation>
    </message>
    <message>
        <source>%1 (set up)</source>
        <translation>%1 (configuré)</translation>
    </message>
    <message>
        <source>%1 — connected</source>
        <translation>%1 — connecté</translation>
    </message>
    <message>
        <source>%1 — not reachable</source>
        <translation>%1 — injoignable</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Autre appareil</translation>
    </message>
    <message>
        <source>The device&apos;s path, e.g. /dev/ttyUSB0</source>
        <translation>Le chemin de l&apos;appareil, p. ex. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Write the device&apos;s whole path, e.g. /dev/ttyUSB0 or /dev/usb/lp0.</source>
        <translation>Écrivez le chemin complet de l&apos;appareil, p. ex. /dev/ttyUSB0 ou /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>There is no %1 on this machine: check the path (the devices it has are listed).</source>
        <translation>Il n&apos;y a pas de %1 sur cet appareil : vérifiez le chemin (ses appareils sont dans la liste).</translation>
    </message>
    <message>
        <source>The test did not go through: %1</source>
        <translation>Le test n&apos;est pas passé : %1</translation>
    </message>
    <message>
        <source>Sending the test to %1…</source>
        <translation>Envoi du test à %1…</translation>
    </message>
    <message>
        <source>Pick the label printer first.</source>
        <translation>Choisissez d&apos;abord l&apos;imprimante d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Test label: honey</source>
        <translation>Étiquette de test : miel</translation>
    </message>
    <message>
        <source>The test label went to %1 (barcode %2).</source>
        <translation>L&apos;étiquette de test est partie vers %1 (code-barres %2).</translation>
    </message>
    <message>
        <source>Pick the pole display first.</source>
        <translation>Choisissez d&apos;abord l&apos;afficheur.</translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
    <message>
        <source>Display test</source>
        <translation>Test afficheur</translation>
    </message>
    <message>
        <source>The pole display was sent two test lines: check it shows them.</source>
        <translation>Deux lignes de test ont été envoyées à l&apos;afficheur : vérifiez qu&apos;il les montre.</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Ouverture du tiroir…</translation>
    </message>
    <message>
        <source>over capacity, not a weight to take</source>
        <translation>au-delà de la capacité, poids non retenu</translation>
    </message>
</context>
<context>
    <name>sk::ui::InventoryPage</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Tax and tenders</source>
        <translation>Taxes et paiements</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Chercher par nom, réf. ou code-barres</translation>
    </message>
    <message>
        <source>Low or oversold only</source>
        <translation>Seulement bas ou survendus</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pick an item</source>
        <translation>Choisissez un article</translation>
    </message>
    <message>
        <source>Receive (delivery)</source>
        <translation>Réception (livraison)</translation>
    </message>
    <message>
        <source>Waste or spoilage</source>
        <translation>Perte ou casse</translation>
    </message>
    <message>
        <source>Adjust (+/−)</source>
        <translation>Ajuster (+/−)</translation>
    </message>
    <message>
        <source>Count (what is there now)</source>
        <translation>Compter (ce qu’il y a maintenant)</translation>
    </message>
    <message>
        <source>Load-out (onto the truck)</source>
        <translation>Chargement (dans le camion)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>oversold</source>
        <translation>survendu</translation>
    </message>
    <message>
        <source>low (≤ %1)</source>
        <translation>bas (≤ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in stock worth %1 at price</source>
        <translation>
            <numerusform>%n article en stock, valeur %1 au prix de vente</numerusform>
            <numerusform>%n articles en stock, valeur %1 au prix de vente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in stock</source>
        <translation>%1 : %2 en stock</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendu</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retourné</translation>
    </message>
    <message>
        <source>wasted</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>load-out</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>end of day</source>
        <translation>fin de journée</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>Pick an item first.</source>
        <translation>Choisissez d’abord un article.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Say why (spoiled, samples, miscounted…).</source>
        <translation>Indiquez le motif (abîmé, dégustation, erreur de comptage…).</translation>
    </message>
    <message>
        <source>Open a market day first: the load-out belongs to it.</source>
        <translation>Ouvrez d’abord un jour de marché : le chargement en fait partie.</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Enregistré pour %1.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Chercher des produits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Quick key</source>
        <translation>Touche rapide</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Rows an import rejects are listed here.</source>
        <translation>Les lignes refusées par un import s’affichent ici.</translation>
    </message>
    <message>
        <source>Sold at the till</source>
        <translation>Vendu en caisse</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Séparés par des espaces</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Vendu au</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codes-barres</translation>
    </message>
    <message>
        <source>Quick key position</source>
        <translation>Position de la touche rapide</translation>
    </message>
    <message>
        <source>Quick key colour</source>
        <translation>Couleur de la touche rapide</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Stock bas à partir de</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Type the low-stock level in %1.</source>
        <translation>Saisissez le seuil de stock bas en %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n produit importé.</numerusform>
            <numerusform>%n produits importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are not valid. Import the valid rows and skip the others?</source>
        <translation>Certaines lignes ne sont pas valides. Importer les lignes valides et ignorer les autres ?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s);</source>
        <translation>
            <numerusform>%n produit importé ;</numerusform>
            <numerusform>%n produits importés ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s):</source>
        <translation>
            <numerusform>%n ligne ignorée :</numerusform>
            <numerusform>%n lignes ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>Exported the catalog to %1.</source>
        <translation>Catalogue exporté dans %1.</translation>
    </message>
    <message>
        <source>Tax categories</source>
        <translation>Catégories de taxe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Tenders and what they may pay for</source>
        <translation>Moyens de paiement et ce qu’ils peuvent payer</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>Paie</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Rend la monnaie</translation>
    </message>
    <message>
        <source>Untaxed</source>
        <translation>Sans taxe</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a quantity in %1, e.g. %2.</source>
        <translation>Saisissez une quantité en %1, p. ex. %2.</translation>
    </message>
    <message>
        <source>Type the price, such as %1.</source>
        <translation>Saisissez le prix, par exemple %1.</translation>
    </message>
    <message>
        <source>You counted %1, expected about %2. Keep %1?</source>
        <translation>Vous avez compté %1, environ %2 attendus. Garder %1 ?</translation>
    </message>
    <message>
        <source>Check the count of %1</source>
        <translation>Vérifiez le comptage de %1</translation>
    </message>
    <message>
        <source>Not recorded: type the count of %1 again.</source>
        <translation>Non enregistré : saisissez à nouveau le comptage de %1.</translation>
    </message>
    <message>
        <source>For waste and adjustments</source>
        <translation>Pour pertes/ajustements</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Fee, deposit or bag (no food program pays)</source>
        <translation>Frais, consigne ou sac (aucun programme alimentaire ne paie)</translation>
    </message>
    <message>
        <source>Classes (who may pay)</source>
        <translation>Catégories (qui peut payer)</translation>
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
        <translation>Clôture</translation>
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
    <message>
        <source>Market office</source>
        <translation>Bureau du marché</translation>
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
        <source>The opening float must be an amount like %1.</source>
        <translation>Le fond de caisse doit être un montant comme %1.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Which market are you at today?</source>
        <translation>Sur quel marché êtes-vous aujourd&apos;hui ?</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketFeeEditor</name>
    <message>
        <source>6 (percent)</source>
        <translation>6 (pour cent)</translation>
    </message>
    <message>
        <source>empty: every tender; or codes such as cash card</source>
        <translation>vide : tous les moyens de paiement ; ou des codes comme cash card</translation>
    </message>
    <message>
        <source>The share includes sales tax</source>
        <translation>La part inclut la taxe de vente</translation>
    </message>
    <message>
        <source>empty: no maximum</source>
        <translation>vide : pas de maximum</translation>
    </message>
    <message>
        <source>Paid every market day</source>
        <translation>Payé chaque jour de marché</translation>
    </message>
    <message>
        <source>Paid weekly</source>
        <translation>Payé à la semaine</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Marché :</translation>
    </message>
    <message>
        <source>Share of sales (%):</source>
        <translation>Part des ventes (%) :</translation>
    </message>
    <message>
        <source>Over the tenders:</source>
        <translation>Sur les moyens de paiement :</translation>
    </message>
    <message>
        <source>At least per day:</source>
        <translation>Au moins par jour :</translation>
    </message>
    <message>
        <source>At most per day:</source>
        <translation>Au plus par jour :</translation>
    </message>
    <message>
        <source>Stall fee per day:</source>
        <translation>Droit de place par jour :</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Enregistrer les frais</translation>
    </message>
    <message>
        <source>Only an owner can change market fees.</source>
        <translation>Seul un propriétaire peut modifier les frais de marché.</translation>
    </message>
    <message>
        <source>Choose or type the market the fee is for.</source>
        <translation>Choisissez ou saisissez le marché concerné.</translation>
    </message>
    <message>
        <source>Type the share as a percentage from 0 to 100, such as %1.</source>
        <translation>Saisissez la part en pourcentage de 0 à 100, par exemple %1.</translation>
    </message>
    <message>
        <source>Type an amount, such as %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>The most per day must not be below the least per day.</source>
        <translation>Le maximum par jour ne peut pas être inférieur au minimum.</translation>
    </message>
    <message>
        <source>Saved the fee of %1.</source>
        <translation>Frais de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Frais de marché</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSettings</name>
    <message>
        <source>Join code, such as K7QF-9XM2-PLRT</source>
        <translation>Code d&apos;adhésion, par exemple K7QF-9XM2-PLRT</translation>
    </message>
    <message>
        <source>Join market</source>
        <translation>Rejoindre le marché</translation>
    </message>
    <message>
        <source>This device is the market office&apos;s token booth</source>
        <translation>Cet appareil est le stand à jetons du bureau du marché</translation>
    </message>
    <message>
        <source>Restart Stallkeeper to switch the market office on or off.</source>
        <translation>Redémarrez Stallkeeper pour activer ou désactiver le bureau du marché.</translation>
    </message>
    <message>
        <source>Not in any market yet.</source>
        <translation>Inscrit à aucun marché pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Markets: %1</source>
        <translation>Marchés : %1</translation>
    </message>
    <message>
        <source>Joined %1. Your turn-in slips for it reach its market office.</source>
        <translation>Vous avez rejoint %1. Vos bordereaux de remise parviennent à son bureau du marché.</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSlipBox</name>
    <message>
        <source>Send to the market office</source>
        <translation>Envoyer au bureau du marché</translation>
    </message>
    <message>
        <source>Check the market&apos;s statement</source>
        <translation>Voir le relevé du marché</translation>
    </message>
    <message>
        <source>To send this slip to the market office, join %1 in Settings, Markets, with the join code its manager gives you.</source>
        <translation>Pour envoyer ce bordereau au bureau du marché, rejoignez %1 dans Réglages, Marchés, avec le code que vous donne son responsable.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %1 yet: %n token(s) on this slip.</source>
        <translation>
            <numerusform>Pas encore envoyé à %1 : %n jeton sur ce bordereau.</numerusform>
            <numerusform>Pas encore envoyé à %1 : %n jetons sur ce bordereau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent to %1 (%n token(s)): it goes with the next sync.</source>
        <translation>
            <numerusform>En attente d’envoi à %1 (%n jeton) : il partira à la prochaine synchronisation.</numerusform>
            <numerusform>En attente d’envoi à %1 (%n jetons) : il partira à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1&apos;s market office: %n token(s).</source>
        <translation>
            <numerusform>Envoyé au bureau du marché %1 : %n jeton.</numerusform>
            <numerusform>Envoyé au bureau du marché %1 : %n jetons.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the slip: %1</source>
        <translation>Le serveur a refusé le bordereau : %1</translation>
    </message>
    <message numerus="yes">
        <source>The day now has %n token(s): send it again to replace it.</source>
        <translation>
            <numerusform>La journée compte maintenant %n jeton : renvoyez-le pour le remplacer.</numerusform>
            <numerusform>La journée compte maintenant %n jetons : renvoyez-le pour le remplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Envoyer à nouveau</translation>
    </message>
    <message>
        <source>The market office has not counted your tokens yet.</source>
        <translation>Le bureau du marché n’a pas encore compté vos jetons.</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Payé : %1.</translation>
    </message>
    <message>
        <source>Approved: %1 to be paid.</source>
        <translation>Approuvé : %1 à payer.</translation>
    </message>
    <message>
        <source>Counted: %1 owed, waiting for approval.</source>
        <translation>Compté : %1 dus, en attente d’approbation.</translation>
    </message>
    <message>
        <source>The count differs from your slip: ask the market office.</source>
        <translation>Le comptage diffère de votre bordereau : renseignez-vous au bureau du marché.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumberField</name>
    <message>
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: type %2 or %3, without thousands separators.</source>
        <translation>« %1 » peut se lire de deux façons : saisissez %2 ou %3, sans séparateur de milliers.</translation>
    </message>
    <message>
        <source>Type %1, without thousands separators.</source>
        <translation>Saisissez %1, sans séparateur de milliers.</translation>
    </message>
    <message>
        <source>“%1” has too many decimals: %2 at most.</source>
        <translation>« %1 » a trop de décimales : %2 au plus.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>« %1 » est trop grand.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
</context>
<context>
    <name>sk::ui::OrdersDialog</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>partly picked up</source>
        <translation>retirée en partie</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>non retirée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation>environ %1 %2</translation>
    </message>
    <message>
        <source>Pick-up orders</source>
        <translation>Commandes à retirer</translation>
    </message>
    <message>
        <source>Name or order number, or scan the customer&apos;s code</source>
        <translation>Nom ou numéro de commande, ou scannez le code du client</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non retirée</translation>
    </message>
    <message>
        <source>Pick list (PDF)</source>
        <translation>Liste de préparation (PDF)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the pick list</source>
        <translation>Enregistrer la liste de préparation</translation>
    </message>
    <message>
        <source>pick-list-%1.pdf</source>
        <translation>liste-preparation-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Liste de préparation</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pick list, %1</source>
        <translation>Liste de préparation, %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>To bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Move to another day</source>
        <translation>Reporter à un autre jour</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancel order %1 for %2? What it holds is free to sell again. The order stays in the list and in the reports as cancelled.</source>
        <translation>Annuler la commande %1 de %2 ? Ce qu’elle réservait peut de nouveau être vendu. La commande reste dans la liste et dans les rapports comme annulée.</translation>
    </message>
    <message>
        <source>Order %1 for %2: the new market day (as 2026-06-20) and pick-up window.</source>
        <translation>Commande %1 de %2 : le nouveau jour de marché (comme 2026-06-20) et le créneau de retrait.</translation>
    </message>
    <message>
        <source>“%1” does not start with a date. Type the day as 2026-06-20, then the pick-up window.</source>
        <translation>« %1 » ne commence pas par une date. Tapez le jour comme 2026-06-20, puis le créneau de retrait.</translation>
    </message>
    <message>
        <source>%1 (handed over %2)</source>
        <translation>%1 (remis : %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4
%5</source>
        <translation>%1 · %2 · %3 · %4
%5</translation>
    </message>
</context>
<context>
    <name>sk::ui::OwnerApproval</name>
    <message>
        <source>Owner approval</source>
        <translation>Accord du gérant</translation>
    </message>
    <message>
        <source>An owner taps their name and types their PIN to allow this once. The helper stays signed in.</source>
        <translation>Un gérant touche son nom et tape son code pour l&apos;autoriser une fois. L&apos;aide reste connecté.</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>Code du gérant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>No owner has a PIN on this till, so nobody can approve this.</source>
        <translation>Aucun gérant n&apos;a de code sur cette caisse : personne ne peut l&apos;approuver.</translation>
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
    <message>
        <source>Only an owner can approve this.</source>
        <translation>Seul un gérant peut l&apos;approuver.</translation>
    </message>
</context>
<context>
    <name>sk::ui::PriceDialog</name>
    <message>
        <source>Price for this sale</source>
        <translation>Prix pour cette vente</translation>
    </message>
    <message>
        <source>For this sale only. The usual price, %1, stays in the catalog.</source>
        <translation>Pour cette vente seulement. Le prix habituel, %1, reste au catalogue.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use this price</source>
        <translation>Prendre ce prix</translation>
    </message>
    <message>
        <source>Type the price for this sale.</source>
        <translation>Tapez le prix pour cette vente.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramCharts</name>
    <message>
        <source>Sold and issued by market day</source>
        <translation>Vendu et remis par jour de marché</translation>
    </message>
    <message>
        <source>Redeemed by vendors by market day</source>
        <translation>Remboursé aux vendeurs par jour de marché</translation>
    </message>
    <message>
        <source>Save report as CSV…</source>
        <translation>Enregistrer le rapport en CSV…</translation>
    </message>
    <message>
        <source>Save the program report</source>
        <translation>Enregistrer le rapport des programmes</translation>
    </message>
    <message>
        <source>program-report-%1.csv</source>
        <translation>rapport-programmes-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n market day(s).</source>
        <translation>
            <numerusform>%1 : %n jour de marché.</numerusform>
            <numerusform>%1 : %n jours de marché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramsEditor</name>
    <message>
        <source>Classes: what each program may pay for</source>
        <translation>Catégories : ce que chaque programme peut payer</translation>
    </message>
    <message>
        <source>Name of a new class, such as Bakery tokens</source>
        <translation>Nom d’une nouvelle catégorie, par exemple Jetons boulangerie</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Ajouter la catégorie</translation>
    </message>
    <message>
        <source>Save for new products</source>
        <translation>Enregistrer pour les nouveaux produits</translation>
    </message>
    <message>
        <source>New products of category:</source>
        <translation>Nouveaux produits de la catégorie :</translation>
    </message>
    <message>
        <source>start in:</source>
        <translation>commencent dans :</translation>
    </message>
    <message>
        <source>Incentive match: SNAP spent on fresh fruit and vegetables is matched, up to a cap per customer</source>
        <translation>Bonus d’incitation : les achats SNAP de fruits et légumes frais sont complétés, jusqu’à un plafond par client</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Offer the match at the till</source>
        <translation>Proposer le bonus à la caisse</translation>
    </message>
    <message>
        <source>Save match</source>
        <translation>Enregistrer le bonus</translation>
    </message>
    <message>
        <source>Match (%):</source>
        <translation>Bonus (%) :</translation>
    </message>
    <message>
        <source>Cap per customer:</source>
        <translation>Plafond par client :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a name for the class (at most 60 characters).</source>
        <translation>Saisissez un nom pour la catégorie (60 caractères au plus).</translation>
    </message>
    <message>
        <source>Class “%1” added: tick it on products, and pick it for a tender.</source>
        <translation>Catégorie « %1 » ajoutée : cochez-la sur les produits et choisissez-la pour un moyen de paiement.</translation>
    </message>
    <message>
        <source>Pick or type a category first.</source>
        <translation>Choisissez ou saisissez d’abord une catégorie.</translation>
    </message>
    <message>
        <source>New products of %1 start in these classes.</source>
        <translation>Les nouveaux produits de %1 commencent dans ces catégories.</translation>
    </message>
    <message>
        <source>Type the match as a percentage (such as 100) and the cap as an amount (such as 10.00).</source>
        <translation>Saisissez le bonus en pourcentage (par exemple 100) et le plafond en montant (par exemple 10.00).</translation>
    </message>
    <message>
        <source>The match is saved.</source>
        <translation>Le bonus est enregistré.</translation>
    </message>
    <message>
        <source>Eligibility classes</source>
        <translation>Catégories d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Incentive match</source>
        <translation>Bonus incitatif</translation>
    </message>
</context>
<context>
    <name>sk::ui::QuickKeysPanel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>sk::ui::Receipt</name>
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
    <message>
        <source>Benefit card</source>
        <translation>Carte d’aide</translation>
    </message>
    <message>
        <source>SNAP paid</source>
        <translation>Payé en SNAP</translation>
    </message>
    <message>
        <source>%1 earned</source>
        <translation>%1 obtenu</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 utilisé</translation>
    </message>
    <message>
        <source>Left this month</source>
        <translation>Reste ce mois-ci</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>Reste aujourd’hui</translation>
    </message>
    <message>
        <source>(manual weight)</source>
        <translation>(poids saisi)</translation>
    </message>
    <message>
        <source>EBT SNAP amount</source>
        <translation>Montant SNAP (EBT)</translation>
    </message>
    <message>
        <source>EBT SNAP balance (terminal)</source>
        <translation>Solde SNAP (EBT, selon le terminal)</translation>
    </message>
    <message>
        <source>Check no. %1</source>
        <translation>Chèque n° %1</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Payé par %1</translation>
    </message>
    <message>
        <source>Paid online (order %1)</source>
        <translation>Payé en ligne (commande %1)</translation>
    </message>
</context>
<context>
    <name>sk::ui::RefundDialog</name>
    <message>
        <source>Refund from receipt %1</source>
        <translation>Remboursement du ticket %1</translation>
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
    <message>
        <source>%1 paid %2 of this and is never paid back: exchange the item instead.</source>
        <translation>%1 a payé %2 de ceci et n’est jamais remboursé : échangez plutôt l’article.</translation>
    </message>
    <message>
        <source>Nothing of this can go back as %1: the %2 paid with %3 goes back to %3.</source>
        <translation>Rien de ceci ne peut être remboursé en %1 : les %2 payés en %3 retournent sur %3.</translation>
    </message>
    <message>
        <source>%1 takes back only what it paid.</source>
        <translation>%1 ne reprend que ce qu’il a payé.</translation>
    </message>
    <message>
        <source>Choose how the money goes back.</source>
        <translation>Choisissez comment l’argent est rendu.</translation>
    </message>
    <message>
        <source>Give back at most %1 of %2.</source>
        <translation>Rendez au plus %1 de %2.</translation>
    </message>
    <message>
        <source>The tenders that paid</source>
        <translation>Les moyens de paiement de la vente</translation>
    </message>
    <message>
        <source>This cannot be given back: %1</source>
        <translation>Ceci ne peut pas être rendu : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goes back: %1</source>
        <translation>Remboursé : %1</translation>
    </message>
    <message>
        <source>Tap what comes back (or Space) and set how much.</source>
        <translation>Touchez ce qui est rendu (ou Espace) et indiquez la quantité.</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportCharts</name>
    <message>
        <source>Sales by hour</source>
        <translation>Ventes par heure</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Ventes par marché</translation>
    </message>
    <message>
        <source>Sales by weekday</source>
        <translation>Ventes par jour de la semaine</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Meilleures ventes</translation>
    </message>
    <message>
        <source>Tender mix</source>
        <translation>Répartition des paiements</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes nettes</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Owed by programs</source>
        <translation>Dû par les programmes</translation>
    </message>
    <message>
        <source>Market fees due</source>
        <translation>Frais de marché dus</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Rien sur cette période</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Remboursements en espèces</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Compté à</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tranche horaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Market days</source>
        <translation>Jours de marché</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Quantité nette</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes nettes</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Reçu d’origine</translation>
    </message>
    <message>
        <source>Original sale</source>
        <translation>Vente d’origine</translation>
    </message>
    <message>
        <source>Paid-ins</source>
        <translation>Entrées de caisse</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Sorties de caisse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Refers to sale</source>
        <translation>Vente de référence</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Tax category name</source>
        <translation>Nom de la catégorie de taxe</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Taux de taxe %</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Base imposable</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Tender name</source>
        <translation>Nom du moyen de paiement</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation>Nombre de ventes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Paid untaxed</source>
        <translation>Payé hors taxe</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Variance value</source>
        <translation>Valeur de l’écart</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Weight typed in</source>
        <translation>Poids saisi à la main</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation>Frais dus</translation>
    </message>
    <message>
        <source>Fill rate %</source>
        <translation>Taux de service %</translation>
    </message>
    <message>
        <source>Incentive issued</source>
        <translation>Bonus émis</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Market day</source>
        <translation>Jour de marché</translation>
    </message>
    <message>
        <source>Raised or lowered to the limit</source>
        <translation>Ajustement au minimum ou maximum</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Non retirées</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Partly picked up</source>
        <translation>Retirées en partie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sales the share is taken of</source>
        <translation>Ventes prises en compte</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>Part des ventes</translation>
    </message>
    <message>
        <source>SNAP sales</source>
        <translation>Ventes SNAP</translation>
    </message>
    <message>
        <source>Stall fee</source>
        <translation>Droit de place</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Weight difference</source>
        <translation>Écart de poids</translation>
    </message>
    <message>
        <source>Weight handed over</source>
        <translation>Poids remis</translation>
    </message>
    <message>
        <source>Weight ordered</source>
        <translation>Poids commandé</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportsPage</name>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Marché :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>For Excel (byte order mark)</source>
        <translation>Pour Excel (indicateur d’ordre des octets)</translation>
    </message>
    <message>
        <source>Excel needs it to show accented names right; other programs ignore it.</source>
        <translation>Excel en a besoin pour afficher correctement les accents ; les autres logiciels l’ignorent.</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Enregistrer les graphiques en PNG…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Working… %1 rows</source>
        <translation>En cours… %1 lignes</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>This report is about whole sales or market days; it cannot be narrowed to a category.</source>
        <translation>Ce rapport porte sur des ventes entières ou des jours de marché ; il ne peut pas être limité à une catégorie.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Enregistrer les graphiques en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Charts saved to %1</source>
        <translation>Graphiques enregistrés dans %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <source>Check the filters: %1</source>
        <translation>Vérifiez les filtres : %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Le rapport a échoué : %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReservedStockGuard</name>
    <message>
        <source>%1: %2 of the %3 left are reserved for today&apos;s pick-up orders; this sale takes %4.</source>
        <translation>%1 : %2 des %3 restants sont réservés pour les commandes à retirer aujourd’hui ; cette vente en prend %4.</translation>
    </message>
    <message>
        <source>%1: %2 %5 of the %3 %5 left are reserved for today&apos;s pick-up orders; this sale takes %4 %5.</source>
        <translation>%1 : %2 %5 des %3 %5 restants sont réservés pour les commandes à retirer aujourd’hui ; cette vente en prend %4 %5.</translation>
    </message>
    <message>
        <source>Reserved for pick-up orders</source>
        <translation>Réservé pour des commandes</translation>
    </message>
    <message>
        <source>Sell anyway?</source>
        <translation>Vendre quand même ?</translation>
    </message>
    <message>
        <source>The helper</source>
        <translation>L&apos;aide</translation>
    </message>
    <message>
        <source>%1 asks to sell stock reserved for pick-up orders.</source>
        <translation>%1 demande à vendre du stock réservé pour des commandes.</translation>
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
        <translation>Remboursement</translation>
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
    <message>
        <source>No sale (F11)</source>
        <translation>Sans vente (F11)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message>
        <source>By %1, approved by %2</source>
        <translation>Par %1, approuvé par %2</translation>
    </message>
    <message>
        <source>Refund items</source>
        <translation>Rembourser des articles</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
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
        <translation>Remboursement</translation>
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
    <message>
        <source>partly refunded</source>
        <translation>remboursée en partie</translation>
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
    <message>
        <source>Tax and tenders</source>
        <translation>Taxes et moyens de paiement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Numbers, money and dates on screen follow the language. A change takes effect the next time Stallkeeper starts.</source>
        <translation>Les nombres, montants et dates à l&apos;écran suivent la langue. Un changement prend effet au prochain démarrage de Stallkeeper.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Saved. Stallkeeper will follow the system&apos;s language from its next start.</source>
        <translation>Enregistré. Stallkeeper suivra la langue du système à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Saved. Stallkeeper will be in %1 from its next start.</source>
        <translation>Enregistré. Stallkeeper sera en %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Set up the till again…</source>
        <translation>Reconfigurer la caisse…</translation>
    </message>
    <message>
        <source>Language, stall name, currency, sales tax, benefits and owner PIN, screen by screen</source>
        <translation>Langue, nom du stand, monnaie, taxe, aides et PIN du patron, écran par écran</translation>
    </message>
    <message>
        <source>Stall name</source>
        <translation>Nom du stand</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pied du ticket</translation>
    </message>
    <message>
        <source>Benefit programs</source>
        <translation>Programmes d’aide</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Frais de marché</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
</context>
<context>
    <name>sk::ui::SetupWizard</name>
    <message>
        <source>US dollar</source>
        <translation>Dollar américain</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dollar canadien</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Peso mexicain</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Dollar australien</translation>
    </message>
    <message>
        <source>Set up the till</source>
        <translation>Configurer la caisse</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Passer la configuration</translation>
    </message>
    <message>
        <source>Start selling now with the settings as they are</source>
        <translation>Commencer à vendre tout de suite avec les réglages actuels</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the till&apos;s screens.</source>
        <translation>La langue des écrans de la caisse.</translation>
    </message>
    <message>
        <source>Your stall&apos;s name</source>
        <translation>Le nom de votre stand</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt.</source>
        <translation>Imprimé en haut de chaque ticket.</translation>
    </message>
    <message>
        <source>e.g. Green Acres Farm</source>
        <translation>ex. Ferme des Prés</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>The till has sales in %1: the currency can no longer change.</source>
        <translation>La caisse a des ventes en %1 : la monnaie ne peut plus changer.</translation>
    </message>
    <message>
        <source>What the prices and the receipts are in.</source>
        <translation>La monnaie des prix et des tickets.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Taxe sur les ventes</translation>
    </message>
    <message>
        <source>The rate on prepared food and other goods, in percent; 0 for none. Raw farm food stays exempt. Each product&apos;s tax is chosen in Inventory.</source>
        <translation>Le taux sur les plats préparés et les autres articles, en pourcentage ; 0 s’il n’y en a pas. Les produits bruts de la ferme restent exonérés. La taxe de chaque produit se choisit dans Inventaire.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex. %1</translation>
    </message>
    <message>
        <source>Benefits you accept</source>
        <translation>Aides acceptées</translation>
    </message>
    <message>
        <source>Tap to turn each on or off. The till then offers it at payment and keeps each program&apos;s totals for its claim.</source>
        <translation>Touchez chacune pour l’activer ou la désactiver. La caisse la propose alors au paiement et tient les totaux de chaque programme pour sa demande de remboursement.</translation>
    </message>
    <message>
        <source>SNAP/EBT cards and SNAP tokens</source>
        <translation>Cartes SNAP/EBT et jetons SNAP</translation>
    </message>
    <message>
        <source>Market tokens</source>
        <translation>Jetons du marché</translation>
    </message>
    <message>
        <source>WIC/FMNP checks</source>
        <translation>Chèques WIC/FMNP</translation>
    </message>
    <message>
        <source>Owner PIN (optional)</source>
        <translation>PIN du patron (facultatif)</translation>
    </message>
    <message>
        <source>With the owner&apos;s name and a PIN, the till starts locked and only the owner can void, refund, count and change settings; helpers get their own PIN in Settings. Leave the name empty to go without.</source>
        <translation>Avec le nom du patron et un PIN, la caisse démarre verrouillée et seul le patron peut annuler, rembourser, compter et changer les réglages ; les aides reçoivent leur propre PIN dans Réglages. Laissez le nom vide pour s’en passer.</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nom du patron</translation>
    </message>
    <message>
        <source>Ready to sell</source>
        <translation>Prêt à vendre</translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation>Tout cela se modifie plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>The same PIN again, to be sure.</source>
        <translation>Le même PIN encore une fois, pour être sûr.</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits for %1.</source>
        <translation>Un PIN de 4 à 8 chiffres pour %1.</translation>
    </message>
    <message>
        <source>Setting up the till · step %1 of %2</source>
        <translation>Configuration de la caisse · étape %1 sur %2</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Commencer à vendre</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Type the rate as a percentage between 0 and 100, such as %1.</source>
        <translation>Tapez le taux en pourcentage entre 0 et 100, par exemple %1.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>Le PIN a de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Les deux PIN diffèrent. Tapez le PIN à nouveau.</translation>
    </message>
    <message>
        <source>Stall: %1</source>
        <translation>Stand : %1</translation>
    </message>
    <message>
        <source>Currency: %1 (%2)</source>
        <translation>Monnaie : %1 (%2)</translation>
    </message>
    <message>
        <source>Sales tax: %1 %</source>
        <translation>Taxe sur les ventes : %1 %</translation>
    </message>
    <message>
        <source>Benefits: none</source>
        <translation>Aides : aucune</translation>
    </message>
    <message>
        <source>Benefits: %1</source>
        <translation>Aides : %1</translation>
    </message>
    <message>
        <source>Owner PIN: none, the till does not lock</source>
        <translation>PIN du patron : aucun, la caisse ne se verrouille pas</translation>
    </message>
    <message>
        <source>Owner PIN: set for %1</source>
        <translation>PIN du patron : défini pour %1</translation>
    </message>
    <message>
        <source>Not everything could be saved: %1</source>
        <translation>Tout n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::StockCountStep</name>
    <message>
        <source>Scan or type a code or name, then Enter</source>
        <translation>Scannez ou saisissez un code ou un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Skip (F4)</source>
        <translation>Passer (F4)</translation>
    </message>
    <message>
        <source>Leave this item uncounted and go to the next</source>
        <translation>Laisser cet article non compté et passer au suivant</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>%1 (%2): counted %3; type a new figure to recount</source>
        <translation>%1 (%2) : compté %3 ; saisissez un autre chiffre pour recompter</translation>
    </message>
    <message>
        <source>%1 (%2): expected %3</source>
        <translation>%1 (%2) : attendu %3</translation>
    </message>
    <message>
        <source>No active item matches &quot;%1&quot;.</source>
        <translation>Aucun article actif ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Type what is left, or press F4 to skip this item.</source>
        <translation>Saisissez ce qui reste, ou appuyez sur F4 pour passer cet article.</translation>
    </message>
    <message>
        <source>Type a whole number of %1.</source>
        <translation>Saisissez un nombre entier de %1.</translation>
    </message>
    <message>
        <source>Every item is counted or skipped. Go on to the cash drawer, or pick an item to recount.</source>
        <translation>Tous les articles sont comptés ou passés. Passez au tiroir-caisse, ou choisissez un article à recompter.</translation>
    </message>
    <message>
        <source>There are no active items.</source>
        <translation>Il n’y a aucun article actif.</translation>
    </message>
    <message>
        <source>%1 of %2 items counted, %3 skipped · stock variance %4</source>
        <translation>%1 articles comptés sur %2, %3 passés · écart de stock %4</translation>
    </message>
    <message>
        <source>Type the weight of %1 in %2, e.g. %3.</source>
        <translation>Saisissez le poids de %1 en %2, p. ex. %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You counted %1, expected about %2. Keep %3?</source>
        <translation>Vous avez compté %1, environ %2 attendus. Garder %3 ?</translation>
    </message>
    <message>
        <source>Check the count of %1</source>
        <translation>Vérifiez le comptage de %1</translation>
    </message>
    <message>
        <source>Not recorded: type the count of %1 again.</source>
        <translation>Non enregistré : saisissez à nouveau le comptage de %1.</translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncController</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncSettingsWidget</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d’appairage</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Appairer</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Unpair…</source>
        <translation>Désappairer…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Paired. Syncing in the background.</source>
        <translation>Appairé. Synchronisation en arrière-plan.</translation>
    </message>
    <message>
        <source>Pairing failed: %1</source>
        <translation>Échec de l’appairage : %1</translation>
    </message>
    <message>
        <source>Paired with %1 as %2.</source>
        <translation>Appairé avec %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Dernière synchronisation : %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>The server revoked this device; pair it again.</source>
        <translation>Le serveur a révoqué cet appareil ; appairez-le de nouveau.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) happened so close to a count on another device that clocks decide their order: check them in Inventory.</source>
        <translation>
            <numerusform>%n mouvement de stock a eu lieu si près d’un comptage sur un autre appareil que les horloges décident de l’ordre : vérifiez-le dans Stock.</numerusform>
            <numerusform>%n mouvements de stock ont eu lieu si près d’un comptage sur un autre appareil que les horloges décident de leur ordre : vérifiez-les dans Stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Enter the server address and the pairing code.</source>
        <translation>Saisissez l’adresse du serveur et le code d’appairage.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Appairage…</translation>
    </message>
    <message>
        <source>Unpair this device?</source>
        <translation>Désappairer cet appareil ?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on this device have not reached the server yet. They stay on this device and will be sent after pairing again; a copy is also saved to a file. Unpair anyway?</source>
        <translation>
            <numerusform>%n événement de cet appareil n’a pas encore atteint le serveur. Il reste sur cet appareil et sera envoyé après un nouvel appairage ; une copie est aussi enregistrée dans un fichier. Désappairer quand même ?</numerusform>
            <numerusform>%n événements de cet appareil n’ont pas encore atteint le serveur. Ils restent sur cet appareil et seront envoyés après un nouvel appairage ; une copie est aussi enregistrée dans un fichier. Désappairer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not unpaired</source>
        <translation>Non désappairé</translation>
    </message>
    <message>
        <source>The waiting events could not be saved: %1</source>
        <translation>Impossible d’enregistrer les événements en attente : %1</translation>
    </message>
    <message>
        <source>This device will stop syncing with %1.</source>
        <translation>Cet appareil ne se synchronisera plus avec %1.</translation>
    </message>
    <message>
        <source>Unpaired.</source>
        <translation>Désappairé.</translation>
    </message>
    <message>
        <source>Unpaired. The waiting events were saved to %1.</source>
        <translation>Désappairé. Les événements en attente ont été enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Set aside (refused by the server, or received and refused here):</source>
        <translation>Mis de côté (refusés par le serveur, ou reçus et refusés ici) :</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is more than %n minute(s) off the server&apos;s: set its date and time, or the server refuses what it sends.</source>
        <translation>
            <numerusform>L’horloge de cet appareil s’écarte de plus de %n minute de celle du serveur : réglez sa date et son heure, sinon le serveur refuse ce qu’il envoie.</numerusform>
            <numerusform>L’horloge de cet appareil s’écarte de plus de %n minutes de celle du serveur : réglez sa date et son heure, sinon le serveur refuse ce qu’il envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 %2: %3</source>
        <translation>Reçu %1 %2 : %3</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP (http://)</source>
        <translation>Autoriser le HTTP non chiffré (http://)</translation>
    </message>
    <message>
        <source>Without encryption, anyone on this network can read the pairing code and this device&apos;s key, and use them to read and change your sales. Use it only on a network you trust, such as your own at home.</source>
        <translation>Sans chiffrement, n’importe qui sur ce réseau peut lire le code d’appairage et la clé de cet appareil, et s’en servir pour lire et modifier vos ventes. Ne l’utilisez que sur un réseau de confiance, comme celui de votre domicile.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the pairing code and this device&apos;s key would be readable by anyone on the network. Use the server&apos;s https:// address, or tick “Allow unencrypted HTTP” if you trust this network.</source>
        <translation>%1 n’est pas chiffré : n’importe qui sur le réseau pourrait lire le code d’appairage et la clé de cet appareil. Utilisez l’adresse https:// du serveur, ou cochez « Autoriser le HTTP non chiffré » si vous faites confiance à ce réseau.</translation>
    </message>
    <message>
        <source>The server address must look like https://sync.example.org:8443.</source>
        <translation>L’adresse du serveur doit être de la forme https://sync.example.org:8443.</translation>
    </message>
    <message>
        <source>Only an owner can pair or unpair this till.</source>
        <translation>Seul un gérant peut appairer ou désappairer cette caisse.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a server: everything is kept on this device. %n change(s) will be sent once it is paired.</source>
        <translation>
            <numerusform>Pas de serveur : tout est gardé sur cet appareil. %n modification sera envoyée une fois l’appareil associé.</numerusform>
            <numerusform>Pas de serveur : tout est gardé sur cet appareil. %n modifications seront envoyées une fois l’appareil associé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet.</source>
        <translation>
            <numerusform>%n modification pas encore envoyée.</numerusform>
            <numerusform>%n modifications pas encore envoyées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncStatusWidget</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This till is no longer accepted by the server: connect it again in Settings</source>
        <translation>Le serveur n’accepte plus cette caisse : reconnectez-la dans Réglages</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) not sent yet</source>
        <translation>
            <numerusform>%n vente pas encore envoyée</numerusform>
            <numerusform>%n ventes pas encore envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>This till&apos;s clock is wrong: set its date and time</source>
        <translation>L’horloge de cette caisse est fausse : réglez la date et l’heure</translation>
    </message>
    <message>
        <source>The server&apos;s address is not safe: check it in Settings</source>
        <translation>L’adresse du serveur n’est pas sûre : vérifiez-la dans Réglages</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Le serveur n’a pas répondu</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>Everything sent to the server %1</source>
        <translation>Tout est envoyé au serveur %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n refused by the server (see Settings)</source>
        <translation>
            <numerusform>%1 · %n refusé par le serveur (voir Réglages)</numerusform>
            <numerusform>%1 · %n refusés par le serveur (voir Réglages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Settings</source>
        <translation>Voir Réglages</translation>
    </message>
    <message>
        <source>Getting earlier sales: %1 of %2</source>
        <translation>Récupération des ventes précédentes : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>sk::ui::TaxTenderEditor</name>
    <message>
        <source>Tax categories</source>
        <translation>Catégories de taxe</translation>
    </message>
    <message>
        <source>Offered for products</source>
        <translation>Proposée pour les produits</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Taux (%) :</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Enregistrer la catégorie</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>empty: any amount</source>
        <translation>vide : tout montant</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Rend la monnaie</translation>
    </message>
    <message>
        <source>What it pays is not taxed (SNAP)</source>
        <translation>Ce qu&apos;il paie n&apos;est pas taxé (SNAP)</translation>
    </message>
    <message>
        <source>Enabled at the till</source>
        <translation>Activé à la caisse</translation>
    </message>
    <message>
        <source>Pays for:</source>
        <translation>Paie :</translation>
    </message>
    <message>
        <source>Token value:</source>
        <translation>Valeur du jeton :</translation>
    </message>
    <message>
        <source>New tender</source>
        <translation>Nouveau moyen de paiement</translation>
    </message>
    <message>
        <source>Save tender</source>
        <translation>Enregistrer le moyen de paiement</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposée)</translation>
    </message>
    <message>
        <source>pays for anything</source>
        <translation>paie tout</translation>
    </message>
    <message>
        <source>tokens of %1</source>
        <translation>jetons de %1</translation>
    </message>
    <message>
        <source>gives change</source>
        <translation>rend la monnaie</translation>
    </message>
    <message>
        <source>untaxed</source>
        <translation>non taxé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name and rate, then Save.</source>
        <translation>Saisissez le nom et le taux de la nouvelle catégorie, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Type the new tender&apos;s name, then Save.</source>
        <translation>Saisissez le nom du nouveau moyen de paiement, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Shorten the name to %1 characters or fewer.</source>
        <translation>Raccourcissez le nom à %1 caractères au plus.</translation>
    </message>
    <message>
        <source>That name is already taken; choose another.</source>
        <translation>Ce nom est déjà pris ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A rate cannot be negative; type 0 for no tax.</source>
        <translation>Un taux ne peut pas être négatif ; saisissez 0 pour aucune taxe.</translation>
    </message>
    <message>
        <source>A rate cannot be more than 100 %.</source>
        <translation>Un taux ne peut pas dépasser 100 %.</translation>
    </message>
    <message>
        <source>A token value cannot be negative; leave it empty for any amount.</source>
        <translation>La valeur d&apos;un jeton ne peut pas être négative ; laissez vide pour tout montant.</translation>
    </message>
    <message>
        <source>That token value is too large.</source>
        <translation>Cette valeur de jeton est trop élevée.</translation>
    </message>
    <message>
        <source>Choose what the tender pays for.</source>
        <translation>Choisissez ce que ce moyen de paiement paie.</translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s) use this category; give them another tax category first.</source>
        <translation>
            <numerusform>%n produit actif utilise cette catégorie ; donnez-lui d&apos;abord une autre catégorie de taxe.</numerusform>
            <numerusform>%n produits actifs utilisent cette catégorie ; donnez-leur d&apos;abord une autre catégorie de taxe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an owner can change tax and tenders.</source>
        <translation>Seul un propriétaire peut modifier les taxes et moyens de paiement.</translation>
    </message>
    <message>
        <source>Saved %1. Sales from now on use it; past sales keep their tax.</source>
        <translation>%1 enregistré. Les ventes à partir de maintenant l&apos;utilisent ; les ventes passées gardent leur taxe.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cash rounding:</source>
        <translation>Arrondi des espèces :</translation>
    </message>
    <message>
        <source>Through it, or cash, card… as chosen</source>
        <translation>Par le même moyen, ou espèces, carte… au choix</translation>
    </message>
    <message>
        <source>Only back through this tender</source>
        <translation>Uniquement par ce moyen de paiement</translation>
    </message>
    <message>
        <source>Never paid back (exchange only)</source>
        <translation>Jamais remboursé (échange uniquement)</translation>
    </message>
    <message>
        <source>Refunds go back:</source>
        <translation>Les remboursements passent :</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>Par défaut pour %1 : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>None: cash pays to the cent</source>
        <translation>Aucun : les espèces paient au centime près</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Cash payments now round to %1; card and other tenders pay to the cent.</source>
        <translation>Les paiements en espèces sont maintenant arrondis à %1 ; la carte et les autres moyens paient au centime près.</translation>
    </message>
    <message>
        <source>Cash payments now pay to the cent.</source>
        <translation>Les paiements en espèces se font maintenant au centime près.</translation>
    </message>
    <message>
        <source>refunds back to it only</source>
        <translation>remboursements par lui seul</translation>
    </message>
    <message>
        <source>exchange only</source>
        <translation>échange uniquement</translation>
    </message>
    <message>
        <source>Cash must stay enabled, give change and take refunds.</source>
        <translation>Les espèces doivent rester activées, rendre la monnaie et accepter les remboursements.</translation>
    </message>
    <message>
        <source>A tender that pays only for some items takes its refunds back itself, or never: choose “Only back through this tender” or “Never paid back”.</source>
        <translation>Un moyen de paiement qui ne paie que certains articles reprend lui-même ses remboursements, ou jamais : choisissez « Uniquement par ce moyen de paiement » ou « Jamais remboursé ».</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage, such as %1.</source>
        <translation>Saisissez le taux en pourcentage, par exemple %1.</translation>
    </message>
    <message>
        <source>Type the token value as an amount, such as %1.</source>
        <translation>Saisissez la valeur du jeton comme un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Tax category name</source>
        <translation>Nom de la catégorie de taxe</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <source>Tender name</source>
        <translation>Nom du moyen de paiement</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valeur du jeton</translation>
    </message>
    <message>
        <source>pays for: %1</source>
        <translation>paie : %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>empty: nobody (cash, card)</source>
        <translation>vide : personne (espèces, carte)</translation>
    </message>
    <message>
        <source>Not a check</source>
        <translation>Pas un chèque</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Paid back by:</source>
        <translation>Remboursé par :</translation>
    </message>
    <message>
        <source>Checks: deposit within:</source>
        <translation>Chèques : déposer sous :</translation>
    </message>
    <message>
        <source>Shorten the program&apos;s name to %1 characters or fewer.</source>
        <translation>Raccourcissez le nom du programme à %1 caractères ou moins.</translation>
    </message>
    <message>
        <source>Checks are deposited within 0 to %1 days.</source>
        <translation>Les chèques se déposent sous 0 à %1 jours.</translation>
    </message>
    <message>
        <source>Days within which a check is deposited (0: not a check)</source>
        <translation>Jours pour déposer un chèque (0 : pas un chèque)</translation>
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
    <message>
        <source>Nothing is left to pay: %1 is not needed.</source>
        <translation>Il ne reste rien à payer : %1 n’est pas nécessaire.</translation>
    </message>
    <message>
        <source>%1 (cash %2)</source>
        <translation>%1 (espèces %2)</translation>
    </message>
    <message>
        <source>%1 comes in steps of %2 here (cash rounding): take %3.</source>
        <translation>%1 se donne par pas de %2 ici (arrondi des espèces) : prenez %3.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Vérifiez le montant</translation>
    </message>
    <message>
        <source>Take %1 in %2 for %3 due? The change would be %4.</source>
        <translation>Prendre %1 en %2 pour %3 à payer ? La monnaie à rendre serait de %4.</translation>
    </message>
    <message>
        <source>That was a scan, not an amount: nothing was taken. Finish the payment, then scan the next item.</source>
        <translation>C&apos;était un scan, pas un montant : rien n&apos;a été encaissé. Terminez le paiement, puis scannez l&apos;article suivant.</translation>
    </message>
    <message>
        <source>%1 was not taken. Type the amount handed over.</source>
        <translation>%1 n&apos;a pas été encaissé. Tapez le montant remis.</translation>
    </message>
    <message>
        <source>Last 4 digits of the EBT card, or the program card</source>
        <translation>4 derniers chiffres de la carte EBT, ou la carte du programme</translation>
    </message>
    <message>
        <source>Split by program</source>
        <translation>Répartir par programme</translation>
    </message>
    <message>
        <source>%1 needs the customer&apos;s card: type the last 4 digits of the EBT card or the program card number.</source>
        <translation>%1 demande la carte du client : saisissez les 4 derniers chiffres de la carte EBT ou le numéro de la carte du programme.</translation>
    </message>
    <message>
        <source>%1 matches the SNAP paid for its items: it can pay %2 here. Press the %1 button again to take %2.</source>
        <translation>%1 complète ce qui est payé en SNAP pour ses articles : il peut payer %2 ici. Appuyez de nouveau sur %1 pour prendre %2.</translation>
    </message>
    <message>
        <source>%1 matches the SNAP paid for its items: take SNAP for them first (or the cap is used up).</source>
        <translation>%1 complète ce qui est payé en SNAP pour ses articles : prenez d’abord SNAP pour eux (ou le plafond est atteint).</translation>
    </message>
    <message>
        <source>%1: earned %2, left %3</source>
        <translation>%1 : obtenu %2, reste %3</translation>
    </message>
    <message>
        <source>Type the last 4 digits of the EBT card or the program card number (letters and digits): never the whole card number.</source>
        <translation>Saisissez les 4 derniers chiffres de la carte EBT ou le numéro de la carte du programme (lettres et chiffres) : jamais le numéro complet.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s card first (last 4 digits).</source>
        <translation>Saisissez d’abord la carte du client (4 derniers chiffres).</translation>
    </message>
    <message>
        <source>No program can pay for what is left.</source>
        <translation>Aucun programme ne peut payer ce qui reste.</translation>
    </message>
    <message>
        <source>Benefit card</source>
        <translation>Carte d’aide</translation>
    </message>
    <message>
        <source>Check no. / EBT balance</source>
        <translation>N° de chèque / solde EBT</translation>
    </message>
    <message>
        <source>Type the EBT balance as an amount, such as %1.</source>
        <translation>Saisissez le solde EBT comme montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Owed back %1</source>
        <translation>À rendre %1</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Rien à payer</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Payé en ligne</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>That is a whole card number: it is never kept. Type only its last 4 digits.</source>
        <translation>C&apos;est le numéro complet de la carte : il n&apos;est jamais conservé. Saisissez seulement ses 4 derniers chiffres.</translation>
    </message>
    <message>
        <source>That is a whole card number: it is never kept. Type the check number, the EBT balance or the card&apos;s last 4 digits.</source>
        <translation>C&apos;est le numéro complet de la carte : il n&apos;est jamais conservé. Saisissez le numéro du chèque, le solde EBT ou les 4 derniers chiffres de la carte.</translation>
    </message>
</context>
<context>
    <name>sk::ui::TillHardware</name>
    <message>
        <source>Receipt printer: %1 The receipt waits and prints later.</source>
        <translation>Imprimante de tickets : %1 Le ticket attend et s’imprimera plus tard.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Le tiroir ne s’est pas ouvert : %1</translation>
    </message>
    <message>
        <source>Receipt not printed: %1</source>
        <translation>Ticket non imprimé : %1</translation>
    </message>
    <message>
        <source>The scale setting %1 is not valid.</source>
        <translation>Le réglage de balance %1 n’est pas valable.</translation>
    </message>
    <message>
        <source>No scale on %1: check its cable and that it is switched on.</source>
        <translation>Pas de balance sur %1 : vérifiez le câble et qu’elle est allumée.</translation>
    </message>
    <message>
        <source>receipt printer</source>
        <translation>l’imprimante de tickets</translation>
    </message>
    <message>
        <source>cash drawer</source>
        <translation>le tiroir-caisse</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>la balance</translation>
    </message>
    <message>
        <source>pole display</source>
        <translation>l’afficheur client</translation>
    </message>
    <message>
        <source>Check the %1 (tap here)</source>
        <translation>Vérifiez %1 (touchez ici)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>sk::ui::TouchKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation>Effacer la dernière lettre</translation>
    </message>
    <message>
        <source>space</source>
        <comment>the keyboard&apos;s space bar</comment>
        <translation>espace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>back to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Chiffres et signes</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Lettres accentuées</translation>
    </message>
</context>
<context>
    <name>sk::ui::TouchPrompt</name>
    <message>
        <source>Type a number above 0.</source>
        <translation>Tapez un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>Tap a reason or type one.</source>
        <translation>Touchez un motif ou tapez-en un.</translation>
    </message>
    <message>
        <source>Type with the keypad</source>
        <translation>Saisir avec le pavé numérique</translation>
    </message>
    <message>
        <source>Type with the on-screen keyboard</source>
        <translation>Saisir avec le clavier à l&apos;écran</translation>
    </message>
    <message>
        <source>Rung up by mistake</source>
        <translation>Encaissée par erreur</translation>
    </message>
    <message>
        <source>Wrong tender</source>
        <translation>Mauvais moyen de paiement</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Le client a changé d&apos;avis</translation>
    </message>
    <message>
        <source>Wrong price</source>
        <translation>Mauvais prix</translation>
    </message>
    <message>
        <source>Test sale</source>
        <translation>Vente de test</translation>
    </message>
    <message>
        <source>Bruised or spoiled</source>
        <translation>Abîmé ou gâté</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <source>Charged too much</source>
        <translation>Trop facturé</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Pas conforme à la description</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Gâté</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Miscounted</source>
        <translation>Erreur de comptage</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Eaten by staff</source>
        <translation>Consommé par l&apos;équipe</translation>
    </message>
    <message>
        <source>Bought ice</source>
        <translation>Achat de glace</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Droit de place</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <source>Helper&apos;s pay</source>
        <translation>Paie de l&apos;aide</translation>
    </message>
    <message>
        <source>Change for the float</source>
        <translation>Monnaie pour le fond de caisse</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Tapez un nombre entier de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>sk::ui::TurnInSlipStep</name>
    <message>
        <source>What the market owes you for tokens, checks and incentives taken today, and the market&apos;s fee. Hand the slip in with the tokens and checks.</source>
        <translation>Ce que le marché vous doit pour les jetons, chèques et incitations reçus aujourd&apos;hui, et les frais de marché. Remettez le bordereau avec les jetons et les chèques.</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>Enregistrer le bordereau en PDF…</translation>
    </message>
    <message>
        <source>Save slip as CSV…</source>
        <translation>Enregistrer le bordereau en CSV…</translation>
    </message>
    <message>
        <source>Turn-in slip</source>
        <translation>Bordereau de remise</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Market date</source>
        <translation>Date du marché</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total owed by the programs</source>
        <translation>Total dû par les programmes</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Deposit by</source>
        <translation>À déposer avant le</translation>
    </message>
    <message>
        <source>(none entered)</source>
        <translation>(non saisi)</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>échéance dans %1 jours</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>No drawer count yet: no variance.</source>
        <translation>Caisse pas encore comptée : pas d&apos;écart.</translation>
    </message>
    <message>
        <source>No program tenders were taken on this day.</source>
        <translation>Aucun paiement d&apos;un programme n&apos;a été reçu ce jour-là.</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Montants en %1</translation>
    </message>
    <message>
        <source>Vendor signature</source>
        <translation>Signature du vendeur</translation>
    </message>
    <message>
        <source>Received by (market)</source>
        <translation>Reçu par (marché)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Frais de marché</translation>
    </message>
    <message>
        <source>Sales the share is taken of</source>
        <translation>Ventes prises en compte</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>Part des ventes</translation>
    </message>
    <message>
        <source>Raised to the minimum per day</source>
        <translation>Porté au minimum par jour</translation>
    </message>
    <message>
        <source>Lowered to the maximum per day</source>
        <translation>Ramené au maximum par jour</translation>
    </message>
    <message>
        <source>Stall fee</source>
        <translation>Droit de place</translation>
    </message>
    <message>
        <source>Fee for this market day</source>
        <translation>Frais pour ce jour de marché</translation>
    </message>
    <message>
        <source>Due this week so far (paid weekly)</source>
        <translation>Dû cette semaine jusqu&apos;ici (payé à la semaine)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) should already have been deposited: take them to the bank now.</source>
        <translation>
            <numerusform>%n chèque aurait déjà dû être déposé : portez-le à la banque maintenant.</numerusform>
            <numerusform>%n chèques auraient déjà dû être déposés : portez-les à la banque maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) must be deposited by %1.</source>
        <translation>
            <numerusform>%n chèque doit être déposé avant le %1.</numerusform>
            <numerusform>%n chèques doivent être déposés avant le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No market fee is set for %1 (Settings, Market fees).</source>
        <translation>Aucuns frais définis pour %1 (Réglages, Frais de marché).</translation>
    </message>
    <message>
        <source>turn-in-slip-%1</source>
        <translation>bordereau-remise-%1</translation>
    </message>
    <message>
        <source>Save the turn-in slip</source>
        <translation>Enregistrer le bordereau de remise</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
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
    <message>
        <source>Check the weight</source>
        <translation>Vérifiez le poids</translation>
    </message>
    <message>
        <source>%1 of %2 comes to %3. That is more than usual (up to %4): is it right?</source>
        <translation>%1 de %2 font %3. C&apos;est plus que d&apos;habitude (jusqu&apos;à %4) : est-ce exact ?</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Lecture de la balance…</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Scale: %1 Type the weight instead.</source>
        <translation>Balance : %1 Saisissez le poids à la main.</translation>
    </message>
    <message>
        <source>The scale reports a fault (%1).</source>
        <translation>La balance signale une panne (%1).</translation>
    </message>
    <message>
        <source>Too heavy for the scale: not taken.</source>
        <translation>Trop lourd pour la balance : poids non pris.</translation>
    </message>
    <message>
        <source>The scale shows %1, below zero: zero it with nothing on it.</source>
        <translation>La balance affiche %1, sous zéro : remettez-la à zéro à vide.</translation>
    </message>
    <message>
        <source>Scale: %1, settling…</source>
        <translation>Balance : %1, en cours de stabilisation…</translation>
    </message>
    <message>
        <source>Put the item on the scale.</source>
        <translation>Posez l’article sur la balance.</translation>
    </message>
    <message>
        <source>The scale weighs in %1: %2 is %3. Tap Use to take it.</source>
        <translation>La balance pèse en %1 : %2 font %3. Touchez Prendre pour l’utiliser.</translation>
    </message>
    <message>
        <source>Weight from the scale: %1</source>
        <translation>Poids de la balance : %1</translation>
    </message>
    <message>
        <source>Put the item on the scale</source>
        <translation>Posez l’article sur la balance</translation>
    </message>
    <message>
        <source>Weigh it on the scale</source>
        <translation>Pesez-le sur la balance</translation>
    </message>
    <message>
        <source>Typed weights are turned off in Settings: put %1 on the scale and wait for a steady weight.</source>
        <translation>La saisie du poids à la main est désactivée dans les Réglages : posez %1 sur la balance et attendez un poids stable.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: take the new weight of a line already in the cart</comment>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>sk::ui::eod::EodText</name>
    <message>
        <source>That entry was not accepted.</source>
        <translation>Cette saisie n’a pas été acceptée.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>This conflicts with what is already recorded.</source>
        <translation>Cela contredit ce qui est déjà enregistré.</translation>
    </message>
    <message>
        <source>No market day is open.</source>
        <translation>Aucun jour de marché n’est ouvert.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Le fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Une erreur s’est produite ; rien n’a été modifié.</translation>
    </message>
</context>
</TS>
