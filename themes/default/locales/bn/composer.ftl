# Built-in UI strings of the complaint composer, Bengali: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = আপনার অভিযোগ লিখুন
composer-intro = যা জানেন তা পূরণ করুন। আপনার বার্তা নিচে দেখা যাবে, কপি করার বা পাঠানোর জন্য প্রস্তুত। আপনি যা লেখেন তা কোথাও পাঠানো হয় না।
composer-order = অর্ডার নম্বর
composer-order-hint = এটি আপনার অর্ডারের ইতিহাসে বা অর্ডার নিশ্চিতকরণের ইমেলে পাবেন।
composer-date = অর্ডারের তারিখ
composer-product = পণ্য
composer-problem = কী সমস্যা হয়েছে?
composer-problem-choose = একটি বেছে নিন
composer-problem-damaged = পণ্যটি ক্ষতিগ্রস্ত অবস্থায় এসেছে
composer-problem-faulty = পণ্যটি ঠিকমতো কাজ করছে না
composer-problem-wrong = ভুল পণ্য এসেছে
composer-problem-not-described = পণ্যটি বর্ণনার সঙ্গে মেলে না
composer-problem-missing = অর্ডারটি কখনও পৌঁছায়নি
composer-problem-late = অর্ডারটি অনেক দেরিতে পৌঁছেছে
composer-problem-other = অন্য কোনো সমস্যা হয়েছে
composer-details = সমস্যাটি বর্ণনা করুন
composer-details-hint = দুই-তিনটি বাক্যে: কী ঘটেছে এবং কখন।
composer-outcome = আপনি কী চান?
composer-outcome-refund = টাকা ফেরত
composer-outcome-replacement = পণ্য বদল
composer-outcome-repair = মেরামত
composer-outcome-explanation = ব্যাখ্যা
composer-evidence = আপনার কাছে কী প্রমাণ আছে?
composer-evidence-photos = সমস্যার ছবি বা ভিডিও
composer-evidence-screenshots = পণ্যের পাতার স্ক্রিনশট
composer-evidence-receipt = ইনভয়েস বা রসিদ
composer-evidence-emails = ইমেল বা চ্যাট বার্তা
composer-evidence-packaging = প্যাকেজিং ও লেবেলের ছবি
composer-name = আপনার নাম
composer-remember = এই ডিভাইসে আমার নাম মনে রাখুন
composer-forget = আমার নাম মুছে দিন
composer-forgotten = এই ডিভাইস থেকে আপনার নাম মুছে ফেলা হয়েছে।
composer-compose = অভিযোগ তৈরি করুন
composer-result = আপনার অভিযোগ
composer-copy = বার্তাটি কপি করুন
composer-copied = কপি করা হয়েছে।
composer-mail = আমার ইমেল অ্যাপে খুলুন
composer-print = প্রিন্ট করুন
composer-error-order = অর্ডার নম্বর লিখুন।
composer-error-problem = কী সমস্যা হয়েছে তা বেছে নিন।
composer-error-summary = অনুগ্রহ করে নিচে চিহ্নিত ঘরগুলো ঠিক করুন।
composer-nojs = এই টেমপ্লেটটি কপি করুন এবং তৃতীয় বন্ধনীর [ ] ভেতরের অংশগুলো পূরণ করুন:

# The plain template shown without JavaScript.
composer-template =
    বিষয়: অর্ডার [অর্ডার নম্বর] সম্পর্কে অভিযোগ

    প্রিয় গ্রাহকসেবা দল,

    আমি আমার অর্ডার [অর্ডার নম্বর] সম্পর্কে লিখছি, যা [তারিখ] তারিখে [পণ্যের নাম]-এর জন্য দেওয়া হয়েছিল।
    সমস্যা: [কী ঘটেছে, দুই-তিনটি বাক্যে]।
    আমার অনুরোধ: [টাকা ফেরত / পণ্য বদল / মেরামত / ব্যাখ্যা]।
    আমি [ছবি, স্ক্রিনশট, রসিদ] সংযুক্ত করেছি।

    অনুগ্রহ করে ১৪ দিনের মধ্যে উত্তর দিন।

    ধন্যবাদান্তে,
    {"["}আপনার নাম]

composer-subject = অর্ডার { $order } সম্পর্কে অভিযোগ

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = প্রিয় গ্রাহকসেবা দল,
composer-line-order = আমি আমার অর্ডার { $order } সম্পর্কে লিখছি।
composer-line-date = অর্ডারটি { $date } তারিখে দিয়েছিলাম।
composer-line-product = সংশ্লিষ্ট পণ্য: { $product }।
composer-line-problem = { $problem }। { $details }
composer-line-outcome = { $outcome ->
    [refund] আমি সম্পূর্ণ টাকা ফেরতের অনুরোধ করছি।
    [replacement] কোনো অতিরিক্ত খরচ ছাড়াই আমাকে একটি বদলি পণ্য পাঠানোর অনুরোধ করছি।
    [repair] কোনো খরচ ছাড়াই পণ্যটি মেরামত করে দেওয়ার অনুরোধ করছি।
   *[explanation] কী ঘটেছে এবং আপনারা এ বিষয়ে কী ব্যবস্থা নেবেন, তার ব্যাখ্যা চাই।
}
composer-line-evidence = { $evidenceCount ->
    [0] প্রয়োজন হলে আমি প্রমাণ পাঠাতে পারি।
    [one] আমি এই প্রমাণটি সংযুক্ত করেছি: { $evidence }।
   *[other] আমি { $evidenceCount }টি প্রমাণ সংযুক্ত করেছি: { $evidence }।
}
composer-closing = অনুগ্রহ করে ১৪ দিনের মধ্যে উত্তর দিন।
composer-signoff = ধন্যবাদান্তে,
