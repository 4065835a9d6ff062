//! Function words of the shipped languages: words that carry a question's grammar ("how do I",
//! "hur gör jag", "қалай", "怎麼") but not its subject. The builder writes the list of a language,
//! folded as index terms, into its `meta.js` (`sw`), and the client gives such a query word almost
//! no weight, so that a page that only shares a question's function words never wins. Other
//! languages get the generic rule of the client instead: a word in a large share of the language's
//! own entries weighs almost nothing.
//!
//! The lists are short on purpose: pronouns, articles, prepositions, conjunctions, auxiliaries and
//! question words. A word that can be the subject of a help page ("not", "no" in "no answer",
//! Romanian "fără" in "fără cont") is left out.

use super::tokenize::{Mode, tokenize};

const EN: &str = "a an the and or but if of to in on at for from with by about as into than then so \
    is are was were be been being am do does did doing have has had i me my mine we our us you your yours \
    he him his she her it its they them their this that these those there here what which who whom whose \
    when where why how can could should would will shall may might must i'm i've it's don't doesn't didn't \
    can't won't just also very still any some all much";

const SV: &str = "och i att det som en ett på är av för med till den har hade de inte om jag du han hon vi \
    ni man min mitt mina din ditt dina sin sitt sina mig dig sig oss er dem denna detta dessa kan ska \
    skulle vill hur vad när var vart vem vilken vilket vilka varför där här så men eller från än då nu \
    bara även också gör göra gjorde blir bli";

const KK: &str = "және мен да де та те бен пен ал бірақ немесе не неге неліктен қалай қашан қайда кім \
    қандай қанша ма ме ба бе па пе сен ол біз сіз олар менің сенің оның біздің сіздің олардың маған \
    оған бізге сізге бұл осы сол үшін туралы бойынша дейін деп еді екен ғой ше ші тек әлі енді істеймін \
    істеу болады";

/// Chinese: the bigrams and single characters the tokenizer makes of question words and particles
/// (Traditional, and the Simplified forms a reader may type).
const ZH: &str = "的 了 嗎 呢 吧 啊 是 我 你 您 他 她 在 和 與 或 也 都 就 會 怎麼 怎样 怎樣 怎么 如何 什麼 \
    什么 為什 为什 可以 應該 应该 請問 请问 我的 您的 你的 我們 我们 他們 这个 這個 那個 如果 還是 还是 一下";

const RO: &str = "și sau dar de la în din pe cu pentru ce care cine cum când unde să se mă mi îmi îți își \
    ne vă le li am ai are avem aveți au a fost este e sunt un o unui unei niște meu mea mei mele tău \
    ta său sa lor nostru noastră acest această acel aceea asta ăsta dacă că mai foarte doar încă \
    pot poate până prin";

const AF: &str = "die n 'n en of maar van in op aan vir met by na om te is was sal kan moet wil het ek jy hy \
    sy ons julle hulle my jou hul dit dat wat wie waar wanneer hoe hoekom waarom nie ook al so dan \
    as toe nog net baie";

/// The function words of `lang` (a BCP 47 tag), as folded index terms, sorted; empty for a
/// language without a list.
pub fn of(lang: &str) -> Vec<String> {
    let list = match lang.split('-').next().unwrap_or(lang).to_ascii_lowercase().as_str() {
        "en" => EN,
        "sv" => SV,
        "kk" => KK,
        "zh" => ZH,
        "ro" => RO,
        "af" => AF,
        _ => "",
    };
    let mut out: Vec<String> = tokenize(list, Mode::Query).into_iter().map(|t| t.term).collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_folded_index_terms() {
        let sv = of("sv");
        assert!(sv.contains(&"pa".to_string()), "på folds as the index does: {sv:?}");
        assert!(of("zh-Hant").contains(&"怎麼".to_string()));
        assert!(of("kk").contains(&super::super::tokenize::fold("қалай")), "Kazakh letters fold as in the index");
        // "don't" gives don, t and dont, as in a query
        assert!(of("en").contains(&"dont".to_string()));
        assert!(of("pt-BR").is_empty());
    }
}
