# Built-in UI strings of the default theme, Hindi. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = सहायता केंद्र
site-tagline = आम सवालों के जवाब, और ज़्यादा मदद पाने के तरीके।

## Navigation
skip-to-content = सीधे सामग्री पर जाएँ
nav-main = मुख्य नेविगेशन
nav-menu = मेनू
breadcrumbs = नेविगेशन पथ
sections-heading = विषय
in-this-section = इस अनुभाग में
section-count = { $count ->
    [one] { $count } पेज
   *[other] { $count } पेज
}
on-this-page = इस पेज पर
previous-page = पिछला
next-page = अगला
related-pages = संबंधित पेज
last-updated = अंतिम अपडेट: { $date }
draft-badge = ड्राफ़्ट

## Language switcher and chooser
language-switcher = भाषा
language-unavailable = { $language }: अभी उपलब्ध नहीं है
choose-language = अपनी भाषा चुनें
choose-language-intro = यह सहायता केंद्र इन भाषाओं में उपलब्ध है।
not-translated-title = यह पेज अभी हिन्दी में उपलब्ध नहीं है।
not-translated-body = अनुवाद तैयार होने तक यहाँ मूल संस्करण ({ $source }) दिखाया जा रहा है।

## Guides
guide-label = चरण-दर-चरण गाइड
steps-heading = इस गाइड के चरण
step-of = { $total } में से चरण { $step }
step-done = चरण { $step } को पूरा चिह्नित करें
guide-progress = { $total } में से { $done } चरण पूरे हुए
steps-reset = सभी निशान हटाएँ
print-checklist = यह चेकलिस्ट प्रिंट करें

## FAQ
faq-label = अक्सर पूछे जाने वाले सवाल
faq-count = { $count ->
    [one] { $count } सवाल
   *[other] { $count } सवाल
}
faq-expand-all = सभी जवाब खोलें
faq-collapse-all = सभी जवाब बंद करें

## Still need help?
help-heading = अब भी मदद चाहिए?
help-intro = इनमें से किसी एक माध्यम से दुकान की ग्राहक सेवा से संपर्क करें।
help-hours = सेवा का समय
help-reply = जवाब मिलने का सामान्य समय

## Search
search-label = सहायता केंद्र में खोजें
search-placeholder = खोजें, जैसे रिफ़ंड
search-results = खोज के नतीजे
search-results-count = { $count ->
    [0] कोई नतीजा नहीं
    [one] { $count } नतीजा
   *[other] { $count } नतीजे
}
search-no-results = “{ $query }” से मेल खाता कुछ नहीं मिला।
search-no-results-help = दूसरे शब्द आज़माएँ, वर्तनी जाँचें, या नीचे दी गई किसी गाइड से शुरुआत करें।
search-did-you-mean = “{ $query }” के नतीजे दिखाए जा रहे हैं।
search-partial = आपके सभी शब्द नहीं मिले: ज़्यादातर शब्दों वाले पेज दिखाए जा रहे हैं।
search-browse = सभी पेज देखें
search-hint = खोजने के लिए / दबाएँ

## Not found
not-found-title = पेज नहीं मिला
not-found-body = आप जो पेज ढूँढ रहे हैं, वह यहाँ नहीं है। हो सकता है कि उसे कहीं और ले जाया गया हो, या लिंक गलत हो।
not-found-home = सहायता केंद्र के होम पेज पर जाएँ

## Language
# The language's own name, shown in the language switcher.
language-name = हिन्दी

## Callouts in pages (> [!NOTE] ...)
callout-note = नोट
callout-tip = सुझाव
callout-important = महत्वपूर्ण
callout-warning = चेतावनी
callout-caution = सावधानी

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = क्या यह उपयोगी था?
feedback-answer-question = क्या इस उत्तर से आपको मदद मिली?
feedback-yes = हाँ
feedback-no = नहीं
feedback-reason = क्या बेहतर हो सकता है? (वैकल्पिक)
feedback-thanks = आपकी प्रतिक्रिया के लिए धन्यवाद।
feedback-failed = आपकी प्रतिक्रिया भेजी नहीं जा सकी।
feedback-retry = फिर से कोशिश करें
feedback-sending = भेजा जा रहा है…
