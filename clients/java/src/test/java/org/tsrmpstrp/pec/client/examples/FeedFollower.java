package org.tsrmpstrp.pec.client.examples;

import com.google.protobuf.Duration;
import com.google.rpc.RetryInfo;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.tsrmpstrp.pec.client.ErrorDetails;
import org.tsrmpstrp.pec.client.PecClients;
import org.tsrmpstrp.pec.v1.ActivationRequest;
import org.tsrmpstrp.pec.v1.ActivationServiceGrpc;
import org.tsrmpstrp.pec.v1.Event;
import org.tsrmpstrp.pec.v1.EventKind;
import org.tsrmpstrp.pec.v1.EventServiceGrpc;
import org.tsrmpstrp.pec.v1.ListActivationRequestsRequest;
import org.tsrmpstrp.pec.v1.ListActivationRequestsResponse;
import org.tsrmpstrp.pec.v1.WatchEventsRequest;
import org.tsrmpstrp.pec.v1.WatchEventsResponse;

/**
 * The example of the README's "Watching the change feed" (compiled with the tests, not run):
 * follows the change feed, keeping the last cursor in a file, and resumes after the last event
 * handled across restarts, dropped connections and server shutdowns.
 */
public final class FeedFollower {
  private final EventServiceGrpc.EventServiceBlockingStub events;
  private final ActivationServiceGrpc.ActivationServiceBlockingStub activation;
  private final Path cursorFile;

  public FeedFollower(Channel channel, Path cursorFile) {
    this.events = EventServiceGrpc.newBlockingStub(channel);
    this.activation = ActivationServiceGrpc.newBlockingStub(channel);
    this.cursorFile = cursorFile;
  }

  public static void main(String[] args) throws Exception {
    ManagedChannel channel =
        PecClients.channel("pec-api.tsrm-pstrp.org:443", System.getenv("PECD_KEY"));
    try {
      new FeedFollower(channel, Paths.get("pecd.cursor")).run();
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /** Follows the feed until the thread is interrupted or a call fails for good. */
  public void run() throws IOException, InterruptedException {
    long waitMillis = 1_000;
    while (true) {
      String cursor = loadCursor();
      WatchEventsRequest request = WatchEventsRequest.newBuilder()
          .setCursor(cursor)
          .setFromOldest(cursor.isEmpty()) // first run: every event still held
          .build(); // optional filters: addKinds, and setOrdineCode for admin and operator keys
      try {
        Iterator<WatchEventsResponse> stream = events.watchEvents(request);
        while (stream.hasNext()) {
          WatchEventsResponse response = stream.next();
          if (response.hasEvent()) {
            handle(response.getEvent());
            saveCursor(response.getEvent().getCursor());
          } else {
            saveCursor(response.getHeartbeat().getCursor()); // a resume point too
          }
          waitMillis = 1_000; // the stream worked: reconnect promptly
        }
      } catch (StatusRuntimeException e) {
        ErrorDetails details = ErrorDetails.from(e);
        switch (details.code()) {
          case FAILED_PRECONDITION:
            if (!details.reason().equals("CURSOR_EXPIRED")) {
              throw e;
            }
            // Away longer than the retention (30 days): events were lost. Re-read the state,
            // then resume with the oldest event still held.
            resync();
            saveCursor(details.errorInfo().getMetadataOrDefault("oldest_cursor", ""));
            continue;
          case UNAVAILABLE: // the server shut down or the connection dropped
            break;
          case RESOURCE_EXHAUSTED: // this key already holds its 8 watches
            RetryInfo retry = details.retryInfo();
            if (retry != null) {
              Duration d = retry.getRetryDelay();
              waitMillis = Math.max(waitMillis, d.getSeconds() * 1_000 + d.getNanos() / 1_000_000);
            }
            break;
          default: // CANCELLED when the thread is interrupted, PERMISSION_DENIED, ...
            throw e;
        }
      }
      Thread.sleep(waitMillis);
      waitMillis = Math.min(2 * waitMillis, 60_000);
    }
  }

  /** Applies one event. Idempotent: after a crash before saveCursor, the event comes again. */
  void handle(Event event) {
    if (event.getKind() == EventKind.EVENT_KIND_ACTIVATION_REQUEST_ASSIGNED) {
      ActivationRequest r = event.getActivationRequest();
      System.out.println(r.getMailboxAddress() + " offered to " + r.getCodiceFiscale());
    } else {
      System.out.println(event.getKind() + " " + event.getResourceId());
    }
  }

  /** Re-reads, with the List calls, what the application keeps (here its activation requests). */
  void resync() {
    ListActivationRequestsRequest.Builder request =
        ListActivationRequestsRequest.newBuilder().setPageSize(100);
    while (true) {
      ListActivationRequestsResponse page = activation
          .withDeadlineAfter(30, TimeUnit.SECONDS)
          .listActivationRequests(request.build());
      for (ActivationRequest r : page.getActivationRequestsList()) {
        System.out.println(r.getId() + ": " + r.getState()); // replace the local copy
      }
      if (page.getNextPageToken().isEmpty()) {
        return;
      }
      request.setPageToken(page.getNextPageToken());
    }
  }

  /** The saved cursor, or "" before the first run. */
  String loadCursor() throws IOException {
    try {
      return new String(Files.readAllBytes(cursorFile), StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      return "";
    }
  }

  /** Replaces the saved cursor atomically (write, then rename). */
  void saveCursor(String cursor) throws IOException {
    Path tmp = cursorFile.resolveSibling(cursorFile.getFileName() + ".tmp");
    Files.write(tmp, (cursor + "\n").getBytes(StandardCharsets.UTF_8));
    Files.move(tmp, cursorFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
