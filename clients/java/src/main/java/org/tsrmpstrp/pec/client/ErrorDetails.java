package org.tsrmpstrp.pec.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.LocalizedMessage;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rich error details pecd puts in the {@code grpc-status-details-bin} trailer.
 *
 * <pre>{@code
 * try { ... } catch (StatusRuntimeException e) {
 *   ErrorDetails details = ErrorDetails.from(e);
 *   details.code();             // INVALID_ARGUMENT
 *   details.reason();           // "INVALID_FIELDS" (ErrorInfo.reason)
 *   details.fieldViolations();  // BadRequest.field_violations: field + description
 *   details.messageIt();        // the it-IT LocalizedMessage, for the member
 * }
 * }</pre>
 */
public final class ErrorDetails {
  private final Status status;
  private final List<Any> details;

  private ErrorDetails(Status status, List<Any> details) {
    this.status = status;
    this.details = details;
  }

  /** Reads the details of a {@code StatusRuntimeException} or {@code StatusException} (or its cause). */
  public static ErrorDetails from(Throwable t) {
    com.google.rpc.Status rich = StatusProto.fromThrowable(t);
    List<Any> details = rich == null ? Collections.<Any>emptyList() : rich.getDetailsList();
    return new ErrorDetails(Status.fromThrowable(t), details);
  }

  public Status.Code code() {
    return status.getCode();
  }

  /** The English developer message of the status. */
  public String message() {
    return status.getDescription() == null ? "" : status.getDescription();
  }

  /** The {@code google.rpc.ErrorInfo}, or {@code null}. */
  public ErrorInfo errorInfo() {
    return first(ErrorInfo.class);
  }

  /** {@code ErrorInfo.reason} (an {@code ErrorReason} name without its prefix), or "". */
  public String reason() {
    ErrorInfo info = errorInfo();
    return info == null ? "" : info.getReason();
  }

  /** The {@code google.rpc.BadRequest}, or {@code null}. */
  public BadRequest badRequest() {
    return first(BadRequest.class);
  }

  /** Every field violation (field path and description); empty when there are none. */
  public List<BadRequest.FieldViolation> fieldViolations() {
    List<BadRequest.FieldViolation> out = new ArrayList<>();
    for (BadRequest br : all(BadRequest.class)) {
      out.addAll(br.getFieldViolationsList());
    }
    return out;
  }

  /** The {@code google.rpc.LocalizedMessage} for a locale (e.g. "it-IT"), or {@code null}. */
  public LocalizedMessage localizedMessage(String locale) {
    for (LocalizedMessage m : all(LocalizedMessage.class)) {
      if (m.getLocale().equalsIgnoreCase(locale)) {
        return m;
      }
    }
    return null;
  }

  /** The Italian message meant for the member (it-IT LocalizedMessage), or "". */
  public String messageIt() {
    LocalizedMessage m = localizedMessage("it-IT");
    return m == null ? "" : m.getMessage();
  }

  /** The {@code google.rpc.RetryInfo} (sent with RESOURCE_EXHAUSTED), or {@code null}. */
  public RetryInfo retryInfo() {
    return first(RetryInfo.class);
  }

  /** All raw details, for types this helper does not name. */
  public List<Any> details() {
    return details;
  }

  private <T extends Message> T first(Class<T> type) {
    List<T> found = all(type);
    return found.isEmpty() ? null : found.get(0);
  }

  private <T extends Message> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Any any : details) {
      if (any.is(type)) {
        try {
          out.add(any.unpack(type));
        } catch (InvalidProtocolBufferException e) {
          // A malformed detail is skipped: the status code and message still stand.
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return code() + ": " + message() + " " + details;
  }
}
