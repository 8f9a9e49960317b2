package se.larcentra.search.control;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;

import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the documents of given bit sets, one per segment of the reader the query is run on (null:
 * all documents of that segment). Built for one search; never cached.
 */
final class DocSetQuery extends Query {

    private final FixedBitSet[] bySegment;

    DocSetQuery(FixedBitSet[] bySegment) {
        this.bySegment = bySegment;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                FixedBitSet docs = bySegment[context.ord];
                DocIdSetIterator iterator = docs == null
                        ? DocIdSetIterator.all(context.reader().maxDoc())
                        : new BitSetIterator(docs, docs.cardinality());
                return new ConstantScoreScorer(this, score(), scoreMode, iterator);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
