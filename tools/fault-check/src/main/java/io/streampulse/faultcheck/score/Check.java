package io.streampulse.faultcheck.score;

import java.util.Collection;
import java.util.stream.Collectors;

/** One pass/fail verdict of the run, with what was found (the detail names records when it fails). */
public record Check(String name, boolean passed, String detail) {

    public static Check of(String name, boolean passed, String detail) {
        return new Check(name, passed, detail);
    }

    static final int EXAMPLES = 10;

    /** ": a; b; c; ... 12 more", or nothing for no items: the first records that make a check fail. */
    public static String examples(Collection<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String shown = items.stream().limit(EXAMPLES).collect(Collectors.joining("; "));
        return ": " + shown + (items.size() > EXAMPLES ? "; ... " + (items.size() - EXAMPLES) + " more" : "");
    }

    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + name + ": " + detail;
    }
}
