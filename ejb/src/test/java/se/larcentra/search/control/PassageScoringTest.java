package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The snippets' passage scoring gives Lucene's scores, without Lucene's per-passage term hash. */
class PassageScoringTest {

    @Test
    void scoresAsLucenesPassageScorer() {
        PassageScorer lucene = new PassageScorer();
        Random random = new Random(3);
        String[] words = {"vård", "omvårdnad", "sjuksköterska", "matematik", "kurs"};
        for (int round = 0; round < 500; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1000); // matches must lie inside; set to the real end below
            int matches = random.nextInt(6);
            int offset = start;
            for (int i = 0; i < matches; i++) {
                String word = words[random.nextInt(words.length)];
                offset += 1 + random.nextInt(20);
                // A term's frequency in the document is the same wherever it matches.
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + word.length() % 4);
                offset += word.length();
            }
            passage.setEndOffset(offset + random.nextInt(100));
            int contentLength = offset + 200 + random.nextInt(2000);
            assertThat(OfferingSearcher.PASSAGE_SCORER.score(passage, contentLength))
                    .as("passage %s", passage)
                    .isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
