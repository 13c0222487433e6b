package org.govsite.core.screening.peers;

import static org.govsite.core.screening.peers.PeerCase.differs;
import static org.govsite.core.screening.peers.PeerCase.same;
import static org.govsite.core.screening.peers.PeerCase.sameAllowing;

import java.util.List;

/**
 * Peers' published test suites, case by case (issue 18). Sources, read at the commits below:
 * <ul>
 *   <li>houbb/sensitive-word (Apache-2.0) at b86249d, {@code src/test/java/com/github/houbb/sensitive/word/…};
 *   <li>toolgood/ToolGood.Words (MIT) at 33019cd, {@code csharp/ToolGood.Words.Test/…}.
 * </ul>
 * Each case names its file and test method. A peer test that relies on the peer's bundled word
 * list is given the words it relies on. A peer option becomes the GovSite setting that does the
 * same ({@code charIgnore(specialChars())} ↔ {@code noise=on}, {@code ignoreNumStyle(false)} ↔
 * {@code fold-numerals=off}, {@code UseDuplicateWordFilter = false} ↔ {@code collapse-repeats=off}).
 */
final class PeerSuites {
  private PeerSuites() {}

  private static final String SW = "houbb/sensitive-word src/test/java/com/github/houbb/sensitive/word/";
  private static final String TG = "toolgood/ToolGood.Words csharp/ToolGood.Words.Test/";

  static List<PeerCase> sensitiveWord() {
    List<String> flag = List.of("五星红旗", "毛主席", "天安门");
    String flagText = "五星红旗迎风飘扬，毛主席的画像屹立在天安门前。";
    String leopard = "花豹用下三滥招式对付疣猪，没想到疣猪居然也有绝招";
    String leopard3 = "花豹用下3滥招式对付疣猪，没想到疣猪居然也有绝招";
    return List.of(
        same(SW + "bs/SensitiveWordBsTest.java#containsTest/findAllTest", flag, "", flagText, "五星红旗", "毛主席", "天安门"),
        same(SW + "bs/SensitiveWordBsTest.java#ignoreCaseTest", List.of("fuck"), "", "fuCK the bad words.", "fuCK"),
        same(SW + "bs/SensitiveWordBsTest.java#ignoreWidthTest", List.of("fuck"), "", "ｆｕｃｋ the bad words.", "ｆｕｃｋ"),
        same(SW + "bs/SensitiveWordBsTest.java#wordMatchTest", List.of("av"), "", "have a nice day"),
        same(SW + "bs/SensitiveWordBsTest.java#wordMatchTest (alwaysTrue condition)", List.of("av"), "word-boundary=off",
            "have a nice day", "av"),
        same(SW + "bs/SensitiveWordBsChineseTest.java#ignoreChineseStyleTest", List.of("五星红旗"), "",
            "我爱我的祖国和五星紅旗。", "五星紅旗"),
        same(SW + "bs/SensitiveWordBsEnglishTest.java#ignoreEnglishStyleTest", List.of("fuck"), "",
            "Ⓕⓤc⒦ the bad words", "Ⓕⓤc⒦"),
        same(SW + "bs/SensitiveWordBsRepeatTest.java#ignoreChineseStyleTest", List.of("fuck"), "",
            "ⒻⒻⒻfⓤuⓤ⒰cⓒ⒦ the bad words", "ⒻⒻⒻfⓤuⓤ⒰cⓒ⒦"),
        same(SW + "bs/SensitiveWordBsIgnoreCharTest.java#ignoreChineseStyleTest (default: no char ignore)",
            List.of("傻冒", "狗东西"), "noise=off", "傻@冒，狗+东西"),
        same(SW + "bs/SensitiveWordBsIgnoreCharTest.java#ignoreChineseStyleTest (specialChars)",
            List.of("傻冒", "狗东西"), "", "傻@冒，狗+东西", "傻@冒", "狗+东西"),
        same(SW + "bs/SensitiveWordBsIgnoreCharTest.java#ignoreChineseStyleTest2", List.of("傻逼"), "", "<p>傻逼</p>", "傻逼"),
        same(SW + "bs/SensitiveWordBsNumTest.java#ignoreNumStyleTest (the number as a term)", List.of("902498354455"), "",
            "这个是我的微信：9⓿二肆⁹₈③⑸⒋➃㈤㊄", "9⓿二肆⁹₈③⑸⒋➃㈤㊄"),
        same(SW + "bs/SensitiveWordBsNumTest.java#findAllTest (the number as a term)", List.of("9989123456"), "",
            "这个是我的微信：9989123456", "9989123456"),
        sameAllowing(SW + "bs/SensitiveWordBsAllowTest.java#findAllowTest", List.of("黄片"), List.of("三黄片"), "三黄片黄片", "黄片"),
        sameAllowing(SW + "bs/SensitiveWordBsAllowTest.java#bug19FixTest", List.of("政府", "国家", "共产"), List.of("共产党"),
            "共产党是白名单不会被检测"),
        sameAllowing(SW + "bs/SensitiveWordBsAllowTest.java#bug19FixTest (text2)", List.of("政府", "国家", "共产"),
            List.of("共产党"), "共产党是白名单不会被检测，但是共产是黑名单", "共产"),
        same(SW + "bugs/b54/Bug84Test.java#bug84IgnoreNumberStyleTrueTest", List.of("下三滥"), "", leopard, "下三滥"),
        same(SW + "bugs/b54/Bug84Test.java#bug84IgnoreNumberStyleTrueTest (下3滥)", List.of("下三滥"), "", leopard3, "下3滥"),
        same(SW + "bugs/b54/Bug84Test.java#bug84IgnoreNumberStyleTrueTest2", List.of("下3滥"), "", leopard, "下三滥"),
        same(SW + "bugs/b54/Bug84Test.java#bug84IgnoreNumberStyleTrueTest2 (下3滥)", List.of("下3滥"), "", leopard3, "下3滥"),
        same(SW + "bugs/b54/Bug84Test.java#bug84IgnoreNumberStyleFalseTest", List.of("下三滥"), "fold-numerals=off", leopard, "下三滥"),
        same(SW + "bugs/b54/Bug84Test.java#bug84IgnoreNumberStyleFalseTest (下3滥)", List.of("下三滥"), "fold-numerals=off", leopard3),
        same(SW + "bugs/b32/MyWordDenyChineseTest.java#test", List.of("三三九乘元功", "一军两策"), "",
            "和我练习三三九乘元功、一军两策", "三三九乘元功", "一军两策"),
        same(SW + "bugs/b31/Bug31Test.java#lettersTest", List.of("sb"), "", "你是SB吧", "SB"),
        same(SW + "bugs/b29/Bug29Test.java#test", List.of("sb", "傻逼"), "", "生日快乐"),
        same(SW + "bugs/b105/Bug105Test.java#testNoiseCharacterInTaggedWords", List.of("毛主席"), "", "你好毛---主---席", "毛---主---席"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#testEnglishWordMatchWithDefaultStrategy (av)",
            List.of("av", "sex"), "", "av", "av"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (av is bad)", List.of("av", "sex"), "", "av is bad", "av"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (test sex test)", List.of("av", "sex"), "", "test sex test", "sex"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (have)", List.of("av", "sex"), "", "have"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (Middlesex)", List.of("av", "sex"), "", "Middlesex"),
        differs(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (1av2)", List.of("av", "sex"), "", "1av2",
            List.of("av"), List.of(),
            "GovSite reads letters and digits together as one word (a69, 3g, 12306), so a term is not found glued to"
                + " digits; letter-digit-boundary=on gives the peer's rule (next case)"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (1av2, peer's rule)", List.of("av", "sex"),
            "letter-digit-boundary=on", "1av2", "av"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (av测试)", List.of("av", "sex"), "", "av测试", "av"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#… (测试sex)", List.of("av", "sex"), "", "测试sex", "sex"),
        same(SW + "bugs/b20260323/EnglishWordMatchTest.java#testChineseWordWithEnglishAround", List.of("弹药", "微信"), "",
            "a弹药b test微信test", "弹药", "微信"),
        same(SW + "bugs/b20260323/AddWordBugTest.java#addTest3 (cpm)", List.of("av", "cp"), "", "cpm"),
        same(SW + "bugs/b20260323/AddWordBugTest.java#addTest3 (av他)", List.of("av", "cp"), "", "av他", "av"),
        same(SW + "bugs/b20260323/AddWordBugTest.java#addTest3 (have他)", List.of("av", "cp"), "", "have他"),
        differs(SW + "bugs/b20260323/AddWordBugTest.java#addTest3 (1av2)", List.of("av", "cp"), "", "1av2",
            List.of("av"), List.of(), "as EnglishWordMatchTest (1av2): letters and digits are one word for GovSite by default"),
        differs(SW + "bugs/b118/Bug118Test.java#test", List.of(), "", "1234567===0001哈哈哈", List.of("1234567===0001"),
            List.of(), "a bare run of digits is no dictionary term for GovSite: numbers are personal data with checks"
                + " (RULES §5), and public copies mask every run of 7+ digits (PublicCopyMasker)"));
  }

  static List<PeerCase> toolGood() {
    List<String> iw = List.of("中国", "国人", "zg人", "fuck", "all", "as", "19", "http://", "ToolGood", "assert", "zgasser", "共产党");
    return List.of(
        same(TG + "StringSearchTest/StringSearchTest.cs#test", List.of("中国", "国人", "zg人"), "", "我是中国人", "中国", "国人"),
        differs(TG + "StringSearchTest/StringSearchTest.cs#test (ABCDEFG…)", List.of("ABCDEFG", "BCDEF", "BCDEG", "CDEK", "CDE"),
            "", "AAAAAABCDEKDE", List.of("CDE", "CDEK"), List.of(),
            "StringSearch is a raw substring search; GovSite matches Latin terms as whole words (CDE is not a word"
                + " of AAAAAABCDEKDE); word-boundary=off gives the raw search (next case)"),
        same(TG + "StringSearchTest/StringSearchTest.cs#test (ABCDEFG…, raw)", List.of("ABCDEFG", "BCDEF", "BCDEG", "CDEK", "CDE"),
            "word-boundary=off", "AAAAAABCDEKDE", "CDE", "CDEK"),
        same(TG + "StringSearchTest/StringSearchTest.cs#test2", List.of("中国人", "中国", "国人", "zg人", "我是中国人", "我是中国", "是中国人"),
            "", "我是中国人", "我是中国人", "我是中国", "是中国人", "中国人", "中国", "国人"),
        same(TG + "WordsSearchTest/WordsSearchTest.cs#test", List.of("中国", "国人", "zg人"), "", "我是中国人", "中国", "国人"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (我是中国人)", iw, "", "我是中国人", "中国", "国人"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (共产党)", iw, "", "共产党", "共产党"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (我是中国zg人)", iw, "", "我是中国zg人", "中国", "zg人"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (中间国zg人)", iw, "", "中间国zg人", "zg人"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (skip words off)", iw, "noise=off", "fuck al[]l", "fuck"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (skip words on)", iw, "", "fuck al[]l", "fuck", "al[]l"),
        differs(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (http://ToolGood.com)", iw, "",
            "http://ToolGood.com", List.of("ToolGood"), List.of("http", "ToolGood"),
            "the term http:// is, without its noise characters, the word http, and it stands alone here: GovSite"
                + " reports every term it finds"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (duplicates off)", iw, "collapse-repeats=off",
            "asssert all", "all"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (duplicates on)", iw, "", "asssert all", "asssert", "all"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (asssert allll)", iw, "", "asssert allll",
            "asssert", "allll"),
        same(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (zgasssert aallll)", iw, "", "zgasssert aallll",
            "aallll"),
        differs(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (我是【中]国【人)", iw, "", "我是【中]国【人",
            List.of("中]国", "国【人"), List.of("中]国"),
            "Chinese punctuation, 【 included, is not noise for GovSite: treated as noise it would join words across"
                + " sentences and headings (执法，轮流)"),
        differs(TG + "IllegalWords/IllegalWordsTest.cs#IllegalWordsSearchTest (我是【中国【人)", iw, "", "我是【中国【人",
            List.of("中国", "国【人"), List.of("中国"), "as above: 【 is punctuation, not noise"),
        same(TG + "IssuesTest.cs#IssuesTest_17", List.of("中国", "zg人", "abc"), "", "我是中美国人厉害中国完美ａｂｃddb好的", "中国"),
        same(TG + "IssuesTest.cs#IssuesTest_20 (IllegalWordsSearch)", List.of("1", "A", "2", "0", "吃"), "",
            "A10021003吃饭", "吃"),
        differs(TG + "IssuesTest.cs#IssuesTest_56", List.of("我爱中国", "中国"), "",
            "新型财富密码就是大喊“我[爱中]国”么？伏拉夫，轻松拥有千万粉丝的新晋网红，快手粉丝465万，抖音粉丝704万。他是靠“爱中国”火起来的。伏拉夫在短视频平台上的简介是：爱中国！爱火锅！",
            List.of("中]国", "中国", "中国"), List.of("我[爱中]国", "中]国", "中国", "中国"),
            "the peer's test makes ] alone a skip word; GovSite's default noise has [ as well, so the longer term"
                + " 我爱中国 is found too, as an evasion should be"),
        same(TG + "PinyinMatchTest/PinyinMatchTest.cs#test2 (BJ)", List.of("北京", "天津", "山东", "江苏"), "pinyin=on", "BJ", "BJ"),
        same(TG + "PinyinMatchTest/PinyinMatchTest.cs#test2 (北J)", List.of("北京", "天津", "山东", "江苏"), "pinyin=on", "北J", "北J"),
        differs(TG + "PinyinMatchTest/PinyinMatchTest.cs#test2 (北Ji)", List.of("北京", "天津", "山东", "江苏"), "pinyin=on",
            "北Ji", List.of("北Ji"), List.of(),
            "PinyinMatch looks up a typed prefix (Ji of jing); screening takes a syllable whole or its initial, since"
                + " every prefix would multiply false hits in running text"),
        same(TG + "PinyinMatchTest/PinyinMatchTest.cs#test2 (Sdong)", List.of("北京", "天津", "山东", "江苏"), "pinyin=on",
            "Sdong", "Sdong"),
        same(TG + "PinyinMatchTest/PinyinMatchTest.cs#test2 (S东)", List.of("北京", "天津", "山东", "江苏"), "pinyin=on", "S东", "S东"),
        same(TG + "PinyinMatchTest/PinyinMatchTest.cs#test2 (S 东, FindWithSpace)", List.of("北京", "天津", "山东", "江苏"),
            "pinyin=on", "S 东", "S 东"));
  }
}
