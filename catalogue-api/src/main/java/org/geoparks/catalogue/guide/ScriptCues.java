package org.geoparks.catalogue.guide;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a narration script into the pieces a transcript shows one at a time: sentences, and a
 * long sentence further at its clause marks, so that a cue fits a phone screen.
 */
final class ScriptCues {

    /** Longest cue in characters: Chinese says in 40 characters what the alphabetic scripts say in 120. */
    private static final int LONGEST_ALPHABETIC = 120;
    private static final int LONGEST_CJK = 40;
    private static final String CLAUSE_MARKS = ",;:，；：、";

    private ScriptCues() {
    }

    static List<String> split(String script, String language) {
        String text = script.strip().replaceAll("\\s+", " ");
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        sentences.setText(text);
        int limit = language.toLowerCase(Locale.ROOT).startsWith("zh") ? LONGEST_CJK : LONGEST_ALPHABETIC;
        List<String> cues = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            addShortened(text.substring(start, end).strip(), limit, cues);
        }
        return cues;
    }

    private static void addShortened(String sentence, int limit, List<String> cues) {
        if (sentence.isEmpty()) {
            return;
        }
        if (sentence.length() <= limit) {
            cues.add(sentence);
            return;
        }
        // the clause mark nearest the middle, so that both halves are as even as the text allows
        int middle = sentence.length() / 2;
        int best = -1;
        for (int i = 1; i < sentence.length() - 1; i++) {
            if (CLAUSE_MARKS.indexOf(sentence.charAt(i)) >= 0 && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        if (best < 0) {
            cues.add(sentence);
            return;
        }
        addShortened(sentence.substring(0, best + 1).strip(), limit, cues);
        addShortened(sentence.substring(best + 1).strip(), limit, cues);
    }
}
