# Built-in UI strings of the complaint composer, Nepali: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = आफ्नो उजुरी लेख्नुहोस्
composer-intro = तपाईंलाई थाहा भएका विवरणहरू भर्नुहोस्। तपाईंको सन्देश तल देखिनेछ, प्रतिलिपि गर्न वा पठाउन तयार। तपाईंले टाइप गरेको कुनै पनि कुरा कतै पठाइँदैन।
composer-order = अर्डर नम्बर
composer-order-hint = यो तपाईंको अर्डर इतिहासमा वा अर्डर पुष्टि गर्ने इमेलमा भेटिन्छ।
composer-date = अर्डर मिति
composer-product = सामान
composer-problem = के समस्या भयो?
composer-problem-choose = एउटा छान्नुहोस्
composer-problem-damaged = सामान बिग्रिएको अवस्थामा आइपुग्यो
composer-problem-faulty = सामानले राम्ररी काम गर्दैन
composer-problem-wrong = गलत सामान आइपुग्यो
composer-problem-not-described = सामान विवरणमा भनिएजस्तो छैन
composer-problem-missing = सामान कहिल्यै आइपुगेन
composer-problem-late = सामान धेरै ढिलो आइपुग्यो
composer-problem-other = अर्कै समस्या छ
composer-details = समस्याको विवरण दिनुहोस्
composer-details-hint = दुई वा तीन वाक्यमा: के भयो र कहिले।
composer-outcome = तपाईं के चाहनुहुन्छ?
composer-outcome-refund = रकम फिर्ता
composer-outcome-replacement = बदलामा अर्को सामान
composer-outcome-repair = मर्मत
composer-outcome-explanation = स्पष्टीकरण
composer-evidence = तपाईंसँग के-कस्ता प्रमाणहरू छन्?
composer-evidence-photos = समस्याको फोटो वा भिडियो
composer-evidence-screenshots = सामानको पृष्ठका स्क्रिनसटहरू
composer-evidence-receipt = बिल वा रसिद
composer-evidence-emails = इमेल वा च्याट सन्देशहरू
composer-evidence-packaging = प्याकेजिङ तथा लेबलका फोटोहरू
composer-name = तपाईंको नाम
composer-remember = यस उपकरणमा मेरो नाम सम्झनुहोस्
composer-forget = मेरो नाम बिर्सनुहोस्
composer-forgotten = तपाईंको नाम यस उपकरणबाट हटाइयो।
composer-compose = मेरो उजुरी लेख्नुहोस्
composer-result = तपाईंको उजुरी
composer-copy = सन्देश प्रतिलिपि गर्नुहोस्
composer-copied = प्रतिलिपि गरियो।
composer-mail = मेरो इमेल एपमा खोल्नुहोस्
composer-print = प्रिन्ट गर्नुहोस्
composer-error-order = अर्डर नम्बर लेख्नुहोस्।
composer-error-problem = के समस्या भयो, छान्नुहोस्।
composer-error-summary = कृपया तल चिन्ह लगाइएका फिल्डहरू सच्याउनुहोस्।
composer-nojs = यो ढाँचा प्रतिलिपि गरेर [ ] भित्रका भागहरू भर्नुहोस्:

# The plain template shown without JavaScript.
composer-template =
    विषय: अर्डर [अर्डर नम्बर] सम्बन्धी उजुरी

    नमस्कार,

    म [मिति] मा [सामान] का लागि गरिएको अर्डर [अर्डर नम्बर] का सम्बन्धमा लेख्दै छु।
    समस्या: [के भयो, दुई वा तीन वाक्यमा]।
    म [रकम फिर्ता / बदलामा अर्को सामान / मर्मत / स्पष्टीकरण] चाहन्छु।
    यसैसाथ [फोटो, स्क्रिनसट, रसिद] संलग्न गरेको छु।

    कृपया १४ दिनभित्र जवाफ दिनुहोस्।

    भवदीय,
    {"["}तपाईंको नाम]

composer-subject = अर्डर { $order } सम्बन्धी उजुरी

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = नमस्कार,
composer-line-order = म अर्डर नम्बर { $order } का सम्बन्धमा लेख्दै छु।
composer-line-date = अर्डर गरेको मिति: { $date }।
composer-line-product = सामान: { $product }।
composer-line-problem = { $problem }। { $details }
composer-line-outcome = { $outcome ->
    [refund] म पूरा रकम फिर्ता पाउन चाहन्छु।
    [replacement] म कुनै थप शुल्कबिना बदलामा अर्को सामान पाउन चाहन्छु।
    [repair] मलाई कुनै खर्च नलाग्ने गरी सामान मर्मत गरिदिन अनुरोध गर्दछु।
   *[explanation] के भयो र यसबारे तपाईंहरू के गर्नुहुन्छ भन्ने स्पष्टीकरण म चाहन्छु।
}
composer-line-evidence = { $evidenceCount ->
    [0] आवश्यक परेमा म प्रमाण पठाउन सक्छु।
    [one] यसैसाथ यो प्रमाण संलग्न गरेको छु: { $evidence }।
   *[other] यसैसाथ { $evidenceCount } वटा प्रमाण संलग्न गरेको छु: { $evidence }।
}
composer-closing = कृपया १४ दिनभित्र जवाफ दिनुहोस्।
composer-signoff = भवदीय,
