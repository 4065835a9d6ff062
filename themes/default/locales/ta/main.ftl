# Built-in UI strings of the default theme, Tamil. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = உதவி மையம்
site-tagline = பொதுவான கேள்விகளுக்கான பதில்களும் கூடுதல் உதவி பெறும் வழிகளும்.

## Navigation
skip-to-content = உள்ளடக்கத்திற்குச் செல்லவும்
nav-main = முதன்மை வழிசெலுத்தல்
nav-menu = பட்டியல்
breadcrumbs = வழிசெலுத்தல் பாதை
sections-heading = தலைப்புகள்
in-this-section = இந்தப் பிரிவில்
section-count = { $count ->
    [one] { $count } பக்கம்
   *[other] { $count } பக்கங்கள்
}
on-this-page = இந்தப் பக்கத்தில்
previous-page = முந்தையது
next-page = அடுத்தது
related-pages = தொடர்புடைய பக்கங்கள்
last-updated = கடைசியாகப் புதுப்பிக்கப்பட்டது: { $date }
draft-badge = வரைவு

## Language switcher and chooser
language-switcher = மொழி
language-unavailable = { $language }: இன்னும் கிடைக்கவில்லை
choose-language = உங்கள் மொழியைத் தேர்ந்தெடுக்கவும்
choose-language-intro = இந்த உதவி மையம் பின்வரும் மொழிகளில் கிடைக்கிறது.
not-translated-title = இந்தப் பக்கம் இன்னும் தமிழில் கிடைக்கவில்லை.
not-translated-body = மொழிபெயர்ப்பு தயாராகும் வரை, இந்தப் பக்கத்தின் { $source } பதிப்பைப் படிக்கிறீர்கள்.

## Guides
guide-label = படிப்படியான வழிகாட்டி
steps-heading = இந்த வழிகாட்டியில் உள்ள படிகள்
step-of = படி { $step } / { $total }
step-done = படி { $step }-ஐ முடிந்ததாகக் குறிக்கவும்
guide-progress = { $total } படிகளில் { $done } முடிந்தன
steps-reset = எல்லாக் குறிகளையும் அழிக்கவும்
print-checklist = இந்தச் சரிபார்ப்புப் பட்டியலை அச்சிடவும்

## FAQ
faq-label = அடிக்கடி கேட்கப்படும் கேள்விகள்
faq-count = { $count ->
    [one] { $count } கேள்வி
   *[other] { $count } கேள்விகள்
}
faq-expand-all = எல்லாப் பதில்களையும் திறக்கவும்
faq-collapse-all = எல்லாப் பதில்களையும் மூடவும்

## Still need help?
help-heading = இன்னும் உதவி தேவையா?
help-intro = இந்த வழிகளில் ஏதேனும் ஒன்றின் மூலம் கடையின் வாடிக்கையாளர் சேவையைத் தொடர்புகொள்ளவும்.
help-hours = சேவை நேரம்
help-reply = வழக்கமான பதில் நேரம்

## Search
search-label = உதவி மையத்தில் தேடவும்
search-placeholder = தேடவும், எ.கா. பணம் திரும்பப் பெறுதல்
search-results = தேடல் முடிவுகள்
search-results-count = { $count ->
    [0] முடிவுகள் எதுவும் இல்லை
    [one] { $count } முடிவு
   *[other] { $count } முடிவுகள்
}
search-no-results = “{ $query }” என்பதற்குப் பொருந்தும் எதுவும் கிடைக்கவில்லை.
search-no-results-help = வேறு சொற்களை முயலவும், எழுத்துப்பிழைகளைச் சரிபார்க்கவும், அல்லது கீழே உள்ள வழிகாட்டிகளில் ஒன்றிலிருந்து தொடங்கவும்.
search-did-you-mean = “{ $query }” என்பதற்கான முடிவுகள் காட்டப்படுகின்றன.
search-partial = உங்கள் எல்லாச் சொற்களும் கிடைக்கவில்லை: அவற்றில் பெரும்பாலானவை உள்ள பக்கங்கள் காட்டப்படுகின்றன.
search-browse = எல்லாப் பக்கங்களையும் பார்க்கவும்
search-hint = தேடுவதற்கு / விசையை அழுத்தவும்

## Not found
not-found-title = பக்கம் கிடைக்கவில்லை
not-found-body = நீங்கள் தேடும் பக்கம் இங்கு இல்லை. அது வேறு இடத்திற்கு நகர்த்தப்பட்டிருக்கலாம், அல்லது இணைப்பு தவறாக இருக்கலாம்.
not-found-home = உதவி மையத்தின் முகப்புப் பக்கத்திற்குச் செல்லவும்

## Language
# The language's own name, shown in the language switcher.
language-name = தமிழ்

## Callouts in pages (> [!NOTE] ...)
callout-note = குறிப்பு
callout-tip = உதவிக்குறிப்பு
callout-important = முக்கியம்
callout-warning = எச்சரிக்கை
callout-caution = கவனம்

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = இது உதவியாக இருந்ததா?
feedback-answer-question = இந்தப் பதில் உதவியதா?
feedback-yes = ஆம்
feedback-no = இல்லை
feedback-reason = எதை மேம்படுத்தலாம்? (விருப்பத்தேர்வு)
feedback-thanks = உங்கள் கருத்துக்கு நன்றி.
feedback-failed = உங்கள் கருத்தை அனுப்ப முடியவில்லை.
feedback-retry = மீண்டும் முயல்க
feedback-sending = அனுப்புகிறது…
