package org.geoparks.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchAnalysisTest {

    private final SearchAnalysis smartcn = new SearchAnalysis(ChineseAnalysis.SMARTCN);
    private final SearchAnalysis bigram = new SearchAnalysis(ChineseAnalysis.BIGRAM);

    @Test
    void vietnameseIsFoldedWithDToD() {
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_VI), "Thác Bản Giốc")).containsExactly("thac", "ban", "gioc");
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_VI), "Đồng Văn ĐỘNG")).containsExactly("dong", "van", "dong");
    }

    @Test
    void decomposedAccentsFoldLikeComposedOnes() {
        String decomposed = java.text.Normalizer.normalize("Bản Giốc", java.text.Normalizer.Form.NFD);
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_VI), decomposed)).containsExactly("ban", "gioc");
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_VI_EXACT), decomposed)).containsExactly("bản", "giốc");
    }

    @Test
    void theExactVietnameseFieldKeepsDiacriticsInLowerCase() {
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_VI_EXACT), "Hồ Hổ HỒ")).containsExactly("hồ", "hổ", "hồ");
    }

    @Test
    void englishIsStemmedAndFolded() {
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_EN), "The Caves of Bản Giốc's waterfalls"))
                .containsExactly("cave", "ban", "gioc", "waterfal");
    }

    @Test
    void chineseIsCutIntoWordsOrBigrams() throws Exception {
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_ZH), "板约瀑布")).contains("瀑布");
        assertThat(TextQuery.analyze(bigram.query(SearchFields.Text.NAME_ZH), "板约瀑布")).containsExactly("板约", "约瀑", "瀑布");
        assertThat(indexed(bigram, SearchFields.Text.NAME_ZH, "洞")).containsExactly("洞");
    }

    @Test
    void namesAreIndexedAsPrefixesAndIdentifiersLoseLeadingZeros() throws Exception {
        assertThat(indexed(smartcn, SearchFields.Text.PREFIX, "Bản"))
                .contains("b", "ba", "ban");
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.IDENT), "CB-SIGN-007")).containsExactly("cb", "sign", "7");
    }

    @Test
    void luceneSyntaxIsOnlyPunctuation() {
        assertThat(TextQuery.analyze(smartcn.query(SearchFields.Text.NAME_VI), "title:(ban~ AND gioc*)^2")).containsExactly("title", "ban", "and", "gioc", "2");
        assertThat(new TextQuery(smartcn, "((( ))) * ? : ^").isEmpty()).isTrue();
    }

    /** The terms the index writer makes of a field's text. */
    private static java.util.List<String> indexed(SearchAnalysis analysis, SearchFields.Text field, String text) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (var ts = analysis.indexing().tokenStream(field.field(), text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void longerQueriesMayMissAWord() {
        assertThat(TextQuery.mustMatch(2, SearchLanguage.VI)).isEqualTo(2);
        assertThat(TextQuery.mustMatch(4, SearchLanguage.EN)).isEqualTo(3);
        assertThat(TextQuery.mustMatch(10, SearchLanguage.VI)).isEqualTo(7);
    }

    @Test
    void aWordManyNamesHoldIsTakenAsTypedAndARareOneAlsoWithATypo() {
        String common = new TextQuery(bigram, "lang keng", term -> term.text().equals("lang") ? TextQuery.COMMON : 1).query().toString();
        assertThat(common).doesNotContain("lang~").contains("keng~");
        String rare = new TextQuery(bigram, "lang keng", term -> TextQuery.COMMON - 1).query().toString();
        assertThat(rare).contains("lang~", "keng~");
    }

    @Test
    void chineseDescriptionsKeepPairsAndNamesAlsoSingleCharacters() throws Exception {
        assertThat(indexed(bigram, SearchFields.Text.NAME_ZH, "测试洞")).contains("洞", "试洞");
        assertThat(indexed(bigram, SearchFields.Text.TEXT_ZH, "测试洞")).containsExactly("测试", "试洞");
    }
}
