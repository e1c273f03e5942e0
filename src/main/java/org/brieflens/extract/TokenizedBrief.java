package org.brieflens.extract;

import java.util.Arrays;
import java.util.List;

import org.brieflens.model.Brief;

/** A brief's tokens and, for each sentence, the range of its tokens. */
public final class TokenizedBrief {
    private final Brief brief;
    private final List<Token> tokens;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;

    private TokenizedBrief(Brief brief, List<Token> tokens) {
        this.brief = brief;
        this.tokens = tokens;
        int sentences = brief.sentences().size();
        sentenceFirst = new int[sentences];
        sentenceEnd = new int[sentences];
        Arrays.fill(sentenceFirst, -1);
        for (Token token : tokens) {
            if (sentenceFirst[token.sentence()] < 0) {
                sentenceFirst[token.sentence()] = token.index();
            }
            sentenceEnd[token.sentence()] = token.index() + 1;
        }
        for (int s = 0; s < sentences; s++) {
            if (sentenceFirst[s] < 0) {
                sentenceFirst[s] = 0;
                sentenceEnd[s] = 0;
            }
        }
    }

    public static TokenizedBrief of(Brief brief) {
        NormalisedText normalised = TextNormaliser.normalise(brief.text());
        return new TokenizedBrief(brief, Tokeniser.tokenise(normalised, brief::sentenceAt));
    }

    public Brief brief() {
        return brief;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    public int sentenceCount() {
        return sentenceFirst.length;
    }

    public int firstOf(int sentence) {
        return sentenceFirst[sentence];
    }

    public int endOf(int sentence) {
        return sentenceEnd[sentence];
    }

    /** The original text from the start of token {@code first} to the end of token {@code end - 1}. */
    public String textOf(int first, int end) {
        return brief.text().substring(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /** Whether the token at {@code index} exists and lies in {@code sentence}. */
    public boolean inSentence(int index, int sentence) {
        return index >= 0 && index < tokens.size() && tokens.get(index).sentence() == sentence;
    }
}
