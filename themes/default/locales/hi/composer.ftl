# Built-in UI strings of the complaint composer, Hindi: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = अपनी शिकायत लिखें
composer-intro = जो जानकारी आपके पास है, वह भरें। आपका संदेश नीचे दिखेगा, कॉपी करने या भेजने के लिए तैयार। आप जो भी लिखते हैं, वह कहीं नहीं भेजा जाता।
composer-order = ऑर्डर नंबर
composer-order-hint = यह आपको ऑर्डर हिस्ट्री में या ऑर्डर की पुष्टि वाले ईमेल में मिलेगा।
composer-date = ऑर्डर की तारीख
composer-product = प्रोडक्ट
composer-problem = क्या समस्या हुई?
composer-problem-choose = एक विकल्प चुनें
composer-problem-damaged = प्रोडक्ट क्षतिग्रस्त हालत में पहुँचा
composer-problem-faulty = प्रोडक्ट ठीक से काम नहीं करता
composer-problem-wrong = गलत प्रोडक्ट पहुँचा
composer-problem-not-described = प्रोडक्ट विवरण के अनुसार नहीं है
composer-problem-missing = ऑर्डर कभी पहुँचा ही नहीं
composer-problem-late = ऑर्डर बहुत देर से पहुँचा
composer-problem-other = कोई और समस्या है
composer-details = समस्या बताएँ
composer-details-hint = दो-तीन वाक्यों में: क्या हुआ और कब।
composer-outcome = आपको क्या चाहिए?
composer-outcome-refund = रिफ़ंड
composer-outcome-replacement = बदले में नया प्रोडक्ट
composer-outcome-repair = मरम्मत
composer-outcome-explanation = स्पष्टीकरण
composer-evidence = आपके पास क्या सबूत हैं?
composer-evidence-photos = समस्या की फ़ोटो या वीडियो
composer-evidence-screenshots = प्रोडक्ट पेज के स्क्रीनशॉट
composer-evidence-receipt = इनवॉइस या रसीद
composer-evidence-emails = ईमेल या चैट मैसेज
composer-evidence-packaging = पैकेजिंग और लेबल की फ़ोटो
composer-name = आपका नाम
composer-remember = इस डिवाइस पर मेरा नाम याद रखें
composer-forget = मेरा नाम हटाएँ
composer-forgotten = आपका नाम इस डिवाइस से हटा दिया गया।
composer-compose = मेरी शिकायत तैयार करें
composer-result = आपकी शिकायत
composer-copy = संदेश कॉपी करें
composer-copied = कॉपी हो गया।
composer-mail = मेरे ईमेल ऐप में खोलें
composer-print = प्रिंट करें
composer-error-order = ऑर्डर नंबर डालें।
composer-error-problem = चुनें कि क्या समस्या हुई।
composer-error-summary = कृपया नीचे चिह्नित फ़ील्ड ठीक करें।
composer-nojs = यह टेम्पलेट कॉपी करें और वर्ग कोष्ठक [ ] वाले हिस्से भरें:

# The plain template shown without JavaScript.
composer-template =
    विषय: ऑर्डर [ऑर्डर नंबर] के बारे में शिकायत

    प्रिय ग्राहक सेवा टीम,

    यह संदेश मेरे ऑर्डर [ऑर्डर नंबर] के बारे में है, जो [तारीख] को [प्रोडक्ट] के लिए दिया गया था।
    समस्या: [क्या गड़बड़ हुई, दो-तीन वाक्यों में]।
    मेरा अनुरोध है: [रिफ़ंड / बदले में नया प्रोडक्ट / मरम्मत / स्पष्टीकरण]।
    मैंने [फ़ोटो, स्क्रीनशॉट, रसीद] संलग्न किए हैं।

    कृपया 14 दिनों के भीतर जवाब दें।

    सधन्यवाद,
    {"["}आपका नाम]

composer-subject = ऑर्डर { $order } के बारे में शिकायत

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = प्रिय ग्राहक सेवा टीम,
composer-line-order = यह संदेश मेरे ऑर्डर { $order } के बारे में है।
composer-line-date = मैंने यह ऑर्डर { $date } को दिया था।
composer-line-product = संबंधित प्रोडक्ट: { $product }।
composer-line-problem = { $problem }। { $details }
composer-line-outcome = { $outcome ->
    [refund] कृपया मुझे पूरी राशि वापस करें।
    [replacement] कृपया बिना किसी अतिरिक्त शुल्क के मुझे बदले में नया प्रोडक्ट भेजें।
    [repair] कृपया प्रोडक्ट की मरम्मत मुफ़्त में करें।
   *[explanation] कृपया बताएँ कि क्या हुआ और आप इस बारे में क्या कदम उठाएँगे।
}
composer-line-evidence = { $evidenceCount ->
    [0] ज़रूरत होने पर सबूत भेजे जा सकते हैं।
    [one] मैंने यह सबूत संलग्न किया है: { $evidence }।
   *[other] मैंने { $evidenceCount } सबूत संलग्न किए हैं: { $evidence }।
}
composer-closing = कृपया 14 दिनों के भीतर जवाब दें।
composer-signoff = सधन्यवाद,
