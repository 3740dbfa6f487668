package io.streampulse.api.http;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by request handling to answer with a problem document; {@link ProblemExceptionHandler} turns it into the
 * response. Carries no stack trace: it is an answer, not a failure of the service.
 */
public final class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detail;
    private final List<Problem.InvalidParam> invalidParams;

    public ProblemException(ProblemType type, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.invalidParams = List.copyOf(invalidParams);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** 400 for one rejected parameter. */
    public static ProblemException invalidParameter(String name, String reason) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter '" + name + "' is invalid: " + reason,
            List.of(new Problem.InvalidParam(name, reason)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** The problem document for a request to {@code path}. */
    public Problem toProblem(String path) {
        return new Problem(type.uri(), type.title(), type.status(), detail, path, invalidParams);
    }
}
