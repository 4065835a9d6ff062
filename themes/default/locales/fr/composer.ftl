# Built-in UI strings of the complaint composer, French: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Rédigez votre réclamation
composer-intro = Remplissez ce que vous savez. Votre message s’affiche ci-dessous, prêt à être copié ou envoyé. Rien de ce que vous saisissez n’est transmis.
composer-order = Numéro de commande
composer-order-hint = Vous le trouverez dans l’historique de vos commandes ou dans l’e-mail de confirmation.
composer-date = Date de la commande
composer-product = Produit
composer-problem = Quel est le problème ?
composer-problem-choose = Choisissez une option
composer-problem-damaged = L’article est arrivé endommagé
composer-problem-faulty = L’article ne fonctionne pas correctement
composer-problem-wrong = J’ai reçu un autre article que celui commandé
composer-problem-not-described = L’article ne correspond pas à sa description
composer-problem-missing = Je n’ai jamais reçu ma commande
composer-problem-late = Ma commande est arrivée avec beaucoup de retard
composer-problem-other = Autre problème
composer-details = Décrivez le problème
composer-details-hint = Deux ou trois phrases : ce qui s’est passé, et quand.
composer-outcome = Que demandez-vous ?
composer-outcome-refund = Un remboursement
composer-outcome-replacement = Un remplacement
composer-outcome-repair = Une réparation
composer-outcome-explanation = Une explication
composer-evidence = De quels justificatifs disposez-vous ?
composer-evidence-photos = Des photos ou une vidéo du problème
composer-evidence-screenshots = Des captures d’écran de la fiche produit
composer-evidence-receipt = La facture ou le ticket de caisse
composer-evidence-emails = Des e-mails ou des échanges par chat
composer-evidence-packaging = Des photos de l’emballage et des étiquettes
composer-name = Votre nom
composer-remember = Mémoriser mon nom sur cet appareil
composer-forget = Oublier mon nom
composer-forgotten = Votre nom a été supprimé de cet appareil.
composer-compose = Rédiger ma réclamation
composer-result = Votre réclamation
composer-copy = Copier le message
composer-copied = Copié.
composer-mail = Ouvrir dans ma messagerie
composer-print = Imprimer
composer-error-order = Saisissez le numéro de commande.
composer-error-problem = Indiquez quel est le problème.
composer-error-summary = Veuillez corriger les champs signalés ci-dessous.
composer-nojs = Copiez ce modèle et complétez les passages entre crochets :

# The plain template shown without JavaScript.
composer-template =
    Objet : Réclamation concernant la commande [numéro de commande]

    Madame, Monsieur,

    Je vous écris au sujet de ma commande [numéro de commande], passée le [date], pour l’article suivant : [produit].
    Le problème : [ce qui s’est passé, en deux ou trois phrases].
    Je demande [un remboursement / un remplacement / une réparation / une explication].
    Vous trouverez ci-joint [photos, captures d’écran, ticket de caisse].

    Je vous remercie de me répondre sous 14 jours.

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
    {"["}votre nom]

composer-subject = Réclamation concernant la commande { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Madame, Monsieur,
composer-line-order = Je vous écris au sujet de ma commande { $order }.
composer-line-date = J’ai passé cette commande le { $date }.
composer-line-product = Il s’agit de l’article suivant : { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Je vous demande de me rembourser intégralement.
    [replacement] Je vous demande de m’envoyer un article de remplacement, sans frais supplémentaires.
    [repair] Je vous demande de réparer l’article, sans frais pour moi.
   *[explanation] Je souhaite savoir ce qui s’est passé et ce que vous comptez faire pour y remédier.
}
composer-line-evidence = { $evidenceCount ->
    [0] Je peux vous transmettre des justificatifs si nécessaire.
    [one] Vous trouverez ci-joint le justificatif suivant : { $evidence }.
    [many] Vous trouverez ci-joint { $evidenceCount } de justificatifs : { $evidence }.
   *[other] Vous trouverez ci-joint { $evidenceCount } justificatifs : { $evidence }.
}
composer-closing = Je vous remercie de me répondre sous 14 jours.
composer-signoff = Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
