# Built-in UI strings of the default theme, French. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centre d’aide
site-tagline = Des réponses aux questions fréquentes, et comment obtenir plus d’aide.

## Navigation
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-menu = Menu
breadcrumbs = Fil d’Ariane
sections-heading = Rubriques
in-this-section = Dans cette rubrique
section-count = { $count ->
    [one] { $count } page
    [many] { $count } de pages
   *[other] { $count } pages
}
on-this-page = Sur cette page
previous-page = Précédent
next-page = Suivant
related-pages = Pages associées
last-updated = Dernière mise à jour : { $date }
draft-badge = Brouillon

## Language switcher and chooser
language-switcher = Langue
language-unavailable = { $language } : pas encore disponible
choose-language = Choisissez votre langue
choose-language-intro = Ce centre d’aide est disponible dans les langues suivantes.
not-translated-title = Cette page n’est pas encore disponible en français.
not-translated-body = En attendant sa traduction, vous consultez la version originale ({ $source }).

## Guides
guide-label = Guide pas à pas
steps-heading = Étapes de ce guide
step-of = Étape { $step } sur { $total }
step-done = Marquer l’étape { $step } comme terminée
guide-progress = Étapes terminées : { $done } sur { $total }
steps-reset = Tout décocher
print-checklist = Imprimer cette liste de contrôle

## FAQ
faq-label = Questions fréquentes
faq-count = { $count ->
    [one] { $count } question
    [many] { $count } de questions
   *[other] { $count } questions
}
faq-expand-all = Afficher toutes les réponses
faq-collapse-all = Masquer toutes les réponses

## Still need help?
help-heading = Besoin d’aide supplémentaire ?
help-intro = Contactez le service client de la boutique par l’un des moyens suivants.
help-hours = Horaires
help-reply = Délai de réponse habituel

## Search
search-label = Rechercher dans le centre d’aide
search-placeholder = Rechercher, p. ex. remboursement
search-results = Résultats de la recherche
search-results-count = { $count ->
    [0] Aucun résultat
    [one] { $count } résultat
    [many] { $count } de résultats
   *[other] { $count } résultats
}
search-no-results = Aucun résultat pour « { $query } ».
search-no-results-help = Essayez d’autres mots, vérifiez l’orthographe ou commencez par l’un des guides ci-dessous.
search-did-you-mean = Résultats affichés pour « { $query } ».
search-partial = Tous vos mots n’ont pas été trouvés : voici les pages qui en contiennent le plus.
search-browse = Parcourir toutes les pages
search-hint = Appuyez sur / pour lancer une recherche

## Not found
not-found-title = Page introuvable
not-found-body = La page que vous cherchez ne se trouve pas ici. Elle a peut-être été déplacée, ou le lien est incorrect.
not-found-home = Revenir à l’accueil du centre d’aide

## Language
# The language's own name, shown in the language switcher.
language-name = Français

## Callouts in pages (> [!NOTE] ...)
callout-note = Remarque
callout-tip = Astuce
callout-important = Important
callout-warning = Avertissement
callout-caution = Attention

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Cette page vous a-t-elle aidé ?
feedback-answer-question = Cette réponse vous a-t-elle aidé ?
feedback-yes = Oui
feedback-no = Non
feedback-reason = Que pourrions-nous améliorer ? (facultatif)
feedback-thanks = Merci pour votre avis.
feedback-failed = Votre avis n’a pas pu être envoyé.
feedback-retry = Réessayer
feedback-sending = Envoi…
