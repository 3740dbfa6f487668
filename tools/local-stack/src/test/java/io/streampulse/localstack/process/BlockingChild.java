package io.streampulse.localstack.process;

/** Test fixture: a child that says it started and then blocks until it is stopped. */
public final class BlockingChild {

    private BlockingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("blocking");
        System.out.flush();
        Thread.currentThread().join();
    }
}
