# Built-in UI strings of the default theme, Nepali. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = सहायता केन्द्र
site-tagline = सामान्य प्रश्नहरूका उत्तर र थप सहायता कसरी पाउने भन्ने जानकारी।

## Navigation
skip-to-content = सामग्रीमा जानुहोस्
nav-main = मुख्य नेभिगेसन
nav-menu = मेनु
breadcrumbs = नेभिगेसन मार्ग
sections-heading = विषयहरू
in-this-section = यस खण्डमा
section-count = { $count ->
    [one] { $count } पृष्ठ
   *[other] { $count } पृष्ठ
}
on-this-page = यस पृष्ठमा
previous-page = अघिल्लो
next-page = अर्को
related-pages = सम्बन्धित पृष्ठहरू
last-updated = पछिल्लो पटक अद्यावधिक गरिएको: { $date }
draft-badge = मस्यौदा

## Language switcher and chooser
language-switcher = भाषा
language-unavailable = { $language }: अहिलेसम्म उपलब्ध छैन
choose-language = आफ्नो भाषा छान्नुहोस्
choose-language-intro = यो सहायता केन्द्र यी भाषाहरूमा उपलब्ध छ।
not-translated-title = यो पृष्ठ अहिलेसम्म नेपालीमा उपलब्ध छैन।
not-translated-body = अनुवाद तयार नभएसम्म तपाईं यस पृष्ठको { $source } संस्करण पढ्दै हुनुहुन्छ।

## Guides
guide-label = चरणबद्ध निर्देशिका
steps-heading = यस निर्देशिकाका चरणहरू
step-of = { $total } मध्ये चरण { $step }
step-done = चरण { $step } पूरा भएको चिन्ह लगाउनुहोस्
guide-progress = { $total } मध्ये { $done } चरण पूरा भए
steps-reset = सबै चिन्हहरू हटाउनुहोस्
print-checklist = यो जाँचसूची प्रिन्ट गर्नुहोस्

## FAQ
faq-label = बारम्बार सोधिने प्रश्नहरू
faq-count = { $count ->
    [one] { $count } प्रश्न
   *[other] { $count } प्रश्न
}
faq-expand-all = सबै उत्तरहरू खोल्नुहोस्
faq-collapse-all = सबै उत्तरहरू बन्द गर्नुहोस्

## Still need help?
help-heading = अझै सहायता चाहिन्छ?
help-intro = यीमध्ये कुनै एक माध्यमबाट पसलको ग्राहक सेवामा सम्पर्क गर्नुहोस्।
help-hours = सेवा समय
help-reply = जवाफ आउने सामान्य समय

## Search
search-label = सहायता केन्द्रमा खोज्नुहोस्
search-placeholder = खोज्नुहोस्, जस्तै: रकम फिर्ता
search-results = खोज नतिजाहरू
search-results-count = { $count ->
    [0] कुनै नतिजा छैन
    [one] { $count } नतिजा
   *[other] { $count } नतिजा
}
search-no-results = “{ $query }” सँग मिल्ने केही भेटिएन।
search-no-results-help = अरू शब्दहरू प्रयोग गरेर हेर्नुहोस्, हिज्जे जाँच्नुहोस्, वा तलका निर्देशिकाहरूमध्ये कुनै एकबाट सुरु गर्नुहोस्।
search-did-you-mean = “{ $query }” का लागि नतिजाहरू देखाइँदै छ।
search-partial = तपाईंका सबै शब्द भेटिएनन्: धेरैजसो शब्द भएका पृष्ठहरू देखाइँदैछ।
search-browse = सबै पृष्ठहरू हेर्नुहोस्
search-hint = खोज्न / थिच्नुहोस्

## Not found
not-found-title = पृष्ठ भेटिएन
not-found-body = तपाईंले खोज्नुभएको पृष्ठ यहाँ छैन। यो अन्यत्र सारिएको हुन सक्छ, वा लिंक गलत हुन सक्छ।
not-found-home = सहायता केन्द्रको गृहपृष्ठमा जानुहोस्

## Language
# The language's own name, shown in the language switcher.
language-name = नेपाली

## Callouts in pages (> [!NOTE] ...)
callout-note = टिप्पणी
callout-tip = सुझाव
callout-important = महत्त्वपूर्ण
callout-warning = चेतावनी
callout-caution = सावधानी

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = के यो उपयोगी थियो?
feedback-answer-question = के यो उत्तरले तपाईंलाई मद्दत गर्‍यो?
feedback-yes = हो
feedback-no = होइन
feedback-reason = के राम्रो हुन सक्थ्यो? (ऐच्छिक)
feedback-thanks = तपाईंको प्रतिक्रियाका लागि धन्यवाद।
feedback-failed = तपाईंको प्रतिक्रिया पठाउन सकिएन।
feedback-retry = फेरि प्रयास गर्नुहोस्
feedback-sending = पठाउँदै…
