package org.tsrmpstrp.pec.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.Timestamp;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.tsrmpstrp.pec.v1.AcceptAssignmentRequest;
import org.tsrmpstrp.pec.v1.AcceptAssignmentResponse;
import org.tsrmpstrp.pec.v1.ActivationRequest;
import org.tsrmpstrp.pec.v1.ActivationServiceGrpc;
import org.tsrmpstrp.pec.v1.ActivationServiceGrpc.ActivationServiceBlockingStub;
import org.tsrmpstrp.pec.v1.ActivationState;
import org.tsrmpstrp.pec.v1.Albo;
import org.tsrmpstrp.pec.v1.Assignment;
import org.tsrmpstrp.pec.v1.CreateActivationRequestRequest;
import org.tsrmpstrp.pec.v1.CreateOrdineRequest;
import org.tsrmpstrp.pec.v1.Event;
import org.tsrmpstrp.pec.v1.EventKind;
import org.tsrmpstrp.pec.v1.EventServiceGrpc;
import org.tsrmpstrp.pec.v1.GetMailboxRequest;
import org.tsrmpstrp.pec.v1.ListAssignmentsRequest;
import org.tsrmpstrp.pec.v1.ListOrdiniRequest;
import org.tsrmpstrp.pec.v1.Mailbox;
import org.tsrmpstrp.pec.v1.MailboxServiceGrpc;
import org.tsrmpstrp.pec.v1.MailboxState;
import org.tsrmpstrp.pec.v1.Member;
import org.tsrmpstrp.pec.v1.Ordine;
import org.tsrmpstrp.pec.v1.RegisterStatus;
import org.tsrmpstrp.pec.v1.RegistryServiceGrpc;
import org.tsrmpstrp.pec.v1.UpsertMemberRequest;
import org.tsrmpstrp.pec.v1.UpsertMemberResponse;
import org.tsrmpstrp.pec.v1.WatchEventsRequest;
import org.tsrmpstrp.pec.v1.WatchEventsResponse;

/**
 * The walkthrough of the repository README against a live pecd (PECD_ADDR, PECD_ADMIN_KEY,
 * PECD_ALBO_KEY), with the Java client's own Ordine and member so every client can share a server.
 * The steps build on each other and run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveServerTest {
  static final String ORDINE = "JAVA";
  static final String GIVEN = "Giovanni";
  static final String FAMILY = "Russo";
  static final String CF = "RSSGNN85C14L219Y";
  static final String ADDRESS = (GIVEN + "." + FAMILY + "@tsrm-pstrp.org").toLowerCase(Locale.ROOT);

  ManagedChannel anonymous; // no key: health and the UNAUTHENTICATED check
  ManagedChannel admin;     // key attached by the channel's interceptor
  ManagedChannel albo;
  String activationRequestId;

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.trim().isEmpty()) {
      fail(name + " is not set: the test needs a live pecd (PECD_ADDR, PECD_ADMIN_KEY, PECD_ALBO_KEY)");
    }
    return value.trim();
  }

  @BeforeAll
  void connect() {
    String addr = env("PECD_ADDR");
    String adminKey = env("PECD_ADMIN_KEY");
    String alboKey = env("PECD_ALBO_KEY");
    anonymous = PecClients.plaintextChannel(addr, null);
    admin = PecClients.plaintextChannel(addr, adminKey);
    albo = PecClients.plaintextChannel(addr, alboKey);
  }

  @AfterAll
  void close() throws InterruptedException {
    for (ManagedChannel c : new ManagedChannel[] {anonymous, admin, albo}) {
      if (c != null) {
        c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  /** The Java client's member with this personal email (UpsertMember takes the whole record). */
  static Member member(String personalEmail) {
    return Member.newBuilder()
        .setCodiceFiscale(CF)
        .setGivenName(GIVEN)
        .setFamilyName(FAMILY)
        .setOrdineCode(ORDINE)
        .setAlbo(Albo.ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA)
        .setRegistrationNumber("4242")
        .setPersonalEmail(personalEmail)
        .setRegisterStatus(RegisterStatus.REGISTER_STATUS_ACTIVE)
        .build();
  }

  ActivationServiceBlockingStub activation(ManagedChannel channel) {
    return ActivationServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Test
  @Order(1)
  void healthCheckServing() {
    HealthCheckResponse resp = HealthGrpc.newBlockingStub(anonymous)
        .withDeadlineAfter(10, TimeUnit.SECONDS)
        .check(HealthCheckRequest.getDefaultInstance());
    assertEquals(HealthCheckResponse.ServingStatus.SERVING, resp.getStatus());
  }

  @Test
  @Order(2)
  void callWithoutKeyIsUnauthenticated() {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
        RegistryServiceGrpc.newBlockingStub(anonymous).withDeadlineAfter(10, TimeUnit.SECONDS)
            .listOrdini(ListOrdiniRequest.getDefaultInstance()));
    ErrorDetails details = ErrorDetails.from(e);
    assertEquals(Status.Code.UNAUTHENTICATED, details.code());
    assertEquals("UNAUTHENTICATED_KEY", details.reason());
  }

  @Test
  @Order(3)
  void adminCreatesOrdine() {
    Ordine ordine = RegistryServiceGrpc.newBlockingStub(admin).withDeadlineAfter(10, TimeUnit.SECONDS)
        .createOrdine(CreateOrdineRequest.newBuilder()
            .setRequestId(UUID.randomUUID().toString())
            .setOrdine(Ordine.newBuilder()
                .setCode(ORDINE)
                .setName("Ordine TSRM e PSTRP di prova del client Java")
                .setPecAddress(ORDINE.toLowerCase(Locale.ROOT) + "@pec.tsrm.org")
                .setAdheresToConvention(true)
                .setConventionSince("2024-01-01"))
            .build())
        .getOrdine();
    assertEquals(ORDINE, ordine.getCode());
    assertTrue(ordine.getAdheresToConvention());
  }

  @Test
  @Order(4)
  void alboUpsertsMember() {
    // The albo key is attached per stub here, to show the CallCredentials way too.
    Member member = RegistryServiceGrpc.newBlockingStub(anonymous)
        .withCallCredentials(PecClients.bearer(env("PECD_ALBO_KEY")))
        .withDeadlineAfter(10, TimeUnit.SECONDS)
        .upsertMember(UpsertMemberRequest.newBuilder()
            .setRequestId(UUID.randomUUID().toString())
            .setMember(member((GIVEN + "." + FAMILY + "@example.com").toLowerCase(Locale.ROOT)))
            .build())
        .getMember();
    assertEquals(CF, member.getCodiceFiscale());
    assertEquals(ORDINE, member.getOrdineCode());
  }

  @Test
  @Order(5)
  void adminRequestsActivation() {
    ActivationRequest req = activation(admin).createActivationRequest(
        CreateActivationRequestRequest.newBuilder()
            .setRequestId(UUID.randomUUID().toString())
            .setCodiceFiscale(CF)
            .build())
        .getActivationRequest();
    assertFalse(req.getId().isEmpty());
    assertEquals(ADDRESS, req.getMailboxAddress());
    activationRequestId = req.getId();
  }

  @Test
  @Order(6)
  void alboSeesAssignmentAndAcceptsIt() throws InterruptedException {
    assertFalse(activationRequestId == null, "no activation request from the previous step");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<Assignment> assignments;
    while (true) {
      assignments = activation(albo)
          .listAssignments(ListAssignmentsRequest.newBuilder().setCodiceFiscale(CF).build())
          .getAssignmentsList();
      if (!assignments.isEmpty()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        fail("no assignment for " + CF + " after 30 s");
      }
      Thread.sleep(200);
    }
    Assignment offer = assignments.get(0);
    assertEquals(activationRequestId, offer.getActivationRequestId());
    assertEquals(ADDRESS, offer.getMailboxAddress());
    assertEquals(ORDINE, offer.getOrdineCode());

    AcceptAssignmentResponse accepted = activation(albo).acceptAssignment(
        AcceptAssignmentRequest.newBuilder()
            .setActivationRequestId(offer.getActivationRequestId())
            .setCodiceFiscale(CF)
            .build());
    assertEquals(ActivationState.ACTIVATION_STATE_ACCETTATA, accepted.getActivationRequest().getState());

    Mailbox mailbox = MailboxServiceGrpc.newBlockingStub(admin).withDeadlineAfter(10, TimeUnit.SECONDS)
        .getMailbox(GetMailboxRequest.newBuilder().setAddress(offer.getMailboxAddress()).build())
        .getMailbox();
    assertEquals(MailboxState.MAILBOX_STATE_ATTIVO, mailbox.getState());
    assertEquals(ADDRESS, mailbox.getAddress());
    assertEquals(CF, mailbox.getCodiceFiscale());
  }

  @Test
  @Order(7)
  void badCodiceFiscaleHasFieldViolationAndItalianMessage() {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
        activation(albo).listAssignments(
            ListAssignmentsRequest.newBuilder().setCodiceFiscale("RSSMRA80A01H501X").build()));
    ErrorDetails details = ErrorDetails.from(e);
    assertEquals(Status.Code.INVALID_ARGUMENT, details.code());
    assertEquals("INVALID_FIELDS", details.reason());
    assertEquals("pec.tsrm-pstrp.org", details.errorInfo().getDomain());
    assertTrue(details.fieldViolations().stream().anyMatch(v -> v.getField().equals("codice_fiscale")),
        "no violation on codice_fiscale: " + details);
    assertFalse(details.messageIt().isEmpty(), "no it-IT LocalizedMessage: " + details);
    assertEquals("it-IT", details.localizedMessage("it-IT").getLocale());
  }

  static final List<EventKind> MEMBER_KINDS =
      Arrays.asList(EventKind.EVENT_KIND_MEMBER_CREATED, EventKind.EVENT_KIND_MEMBER_UPDATED);

  /** Changes the member's personal email with the admin key; it must be an update. */
  Member adminChangesEmail(String email) {
    UpsertMemberResponse resp = RegistryServiceGrpc.newBlockingStub(admin)
        .withDeadlineAfter(10, TimeUnit.SECONDS)
        .upsertMember(UpsertMemberRequest.newBuilder()
            .setRequestId(UUID.randomUUID().toString())
            .setMember(member(email))
            .build());
    assertFalse(resp.getCreated(), "the member should exist already");
    assertEquals(email, resp.getMember().getPersonalEmail());
    return resp.getMember();
  }

  /**
   * Watches with the admin key and returns the first event (heartbeats skipped) that {@code match}
   * accepts. The stream is cancelled on return, and the watch fails after 15 s.
   */
  Event firstEvent(WatchEventsRequest request, Predicate<Event> match) throws Exception {
    try (Context.CancellableContext watch = Context.current().withCancellation()) {
      return watch.call(() -> {
        Iterator<WatchEventsResponse> stream = EventServiceGrpc.newBlockingStub(admin)
            .withDeadlineAfter(15, TimeUnit.SECONDS)
            .watchEvents(request);
        try {
          while (stream.hasNext()) {
            WatchEventsResponse response = stream.next();
            if (response.hasEvent() && match.test(response.getEvent())) {
              return response.getEvent();
            }
          }
        } catch (StatusRuntimeException e) {
          fail("no matching event for " + request + ": " + ErrorDetails.from(e));
        }
        return fail("the stream ended without a matching event for " + request);
      });
    }
  }

  static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  /** The change feed: an event's cursor resumes a watch with the next change. */
  @Test
  @Order(8)
  void watchAndResumeFromCursor() throws Exception {
    // a. Change the member (created in step 4).
    Member first = adminChangesEmail("giovanni.russo.feed1@example.com");

    // b. From the oldest event held: the event of that change is the member's first event
    // committed no earlier than its update_time (the member's creation comes before it).
    Event e1 = firstEvent(
        WatchEventsRequest.newBuilder()
            .setFromOldest(true)
            .setOrdineCode(ORDINE)
            .addAllKinds(MEMBER_KINDS)
            .build(),
        e -> e.getResourceId().equals(CF)
            && !instant(e.getTime()).isBefore(instant(first.getUpdateTime())));
    assertEquals(EventKind.EVENT_KIND_MEMBER_UPDATED, e1.getKind());
    assertEquals(ORDINE, e1.getOrdineCode());
    assertEquals(CF, e1.getMember().getCodiceFiscale());
    String c1 = e1.getCursor();
    assertFalse(c1.isEmpty(), "the event has no cursor");

    // c. Change it again while nobody watches.
    Member second = adminChangesEmail("giovanni.russo.feed2@example.com");

    // d. Resume from C1: the first event is the second change, with the new email.
    Event e2 = firstEvent(
        WatchEventsRequest.newBuilder()
            .setCursor(c1)
            .setOrdineCode(ORDINE)
            .addAllKinds(MEMBER_KINDS)
            .build(),
        e -> true);
    assertEquals(EventKind.EVENT_KIND_MEMBER_UPDATED, e2.getKind());
    assertEquals(CF, e2.getResourceId());
    assertEquals(Event.ResourceCase.MEMBER, e2.getResourceCase());
    assertEquals("giovanni.russo.feed2@example.com", e2.getMember().getPersonalEmail());
    assertFalse(e2.getCursor().isEmpty(), "the resumed event has no cursor");
    assertNotEquals(c1, e2.getCursor());
    assertFalse(instant(e2.getTime()).isBefore(instant(second.getUpdateTime())),
        "the first event after C1 predates the second change: " + e2);
  }
}
