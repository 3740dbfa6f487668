package io.streampulse.twitch.budget;

import java.util.concurrent.CompletableFuture;

/** Where the bucket lives (Redis or memory). Every operation is atomic on the bucket. */
interface BucketStore extends AutoCloseable {

    /** Takes {@code points} if at least {@code floor} tokens remain afterwards and nobody is blocked. */
    CompletableFuture<TakeDecision> tryTake(int points, long floor);

    /** tokens = min(tokens, remaining); adopts {@code limit} when positive. */
    CompletableFuture<BudgetSnapshot> correct(long remaining, long limit);

    /** Empties the bucket and blocks takes for {@code waitMillis} from the store's now. */
    CompletableFuture<BudgetSnapshot> block(long waitMillis);

    CompletableFuture<BudgetSnapshot> snapshot();

    @Override
    void close();

    /**
     * @param granted    whether the points were taken
     * @param waitMillis when not granted: the earliest moment a retry can succeed if nobody else takes
     * @param tokens     tokens left
     */
    record TakeDecision(boolean granted, long waitMillis, double tokens) {
    }
}
